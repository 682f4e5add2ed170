#!/usr/bin/env bash
# Start time and resident memory of each service, beside a bare Quarkus REST application started the same way.
#   1. ./run.sh --db-only (embedded MariaDB and the local keys, on ports away from 8081-8083 and 3316, data under
#      target/), then each service alone, the way the launcher starts it (its JVM options and environment from
#      data/env/<service>.env), and the bare application (quarkus-rest-jackson and smallrye-health only, packaged like the services, generated
#      and built by this script under target/, never a module of the project) with the same JVM options;
#      for each, after a first run (which fills the database and, as under the launcher, records the class-data
#      archive), the next start: "started in" from its log, the wall clock from the start to /q/health/ready answering
#      200, and VmRSS after a warm-up (wrk, 16 connections, WARMUP seconds, on a read endpoint);
#   2. ./run.sh --no-build: all three at once, from MariaDB ready to the last service ready, twice: the build's first
#      run (it records each service's class-data archive, see deploy/launcher ClassDataArchive) and the next.
# The ratios to the bare application are the figures to read: they hold from machine to machine.
# Usage: deploy/bench/startup.sh [--no-build] [--smoke] [warm-up seconds, default 10]. Needs curl; installs wrk (Debian) when missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
BUILD=1
SMOKE=0
while [[ "${1:-}" == --* ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --smoke) SMOKE=1 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
  shift
done
WARMUP="${1:-10}"
[[ $SMOKE == 1 ]] && WARMUP=3
export GAZETTE_PORT="${BENCH_GAZETTE_PORT:-18181}" TASKS_PORT="${BENCH_TASKS_PORT:-18182}" SUBSIDY_PORT="${BENCH_SUBSIDY_PORT:-18183}"
export LINZHI_DB_PORT="${BENCH_DB_PORT:-13316}"
BARE_PORT="${BENCH_BARE_PORT:-18184}"
OUT="$ROOT/target/startup-bench"
export LINZHI_DATA_DIR="$OUT/data"
source "$ROOT/deploy/bench/wrk.sh"
echo "load when the script started: $(load_average)"

BARE="$ROOT/target/bare-quarkus"
QUARKUS_VERSION="$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)"
write_bare_application() {
  mkdir -p "$BARE/src/main/java/bare" "$BARE/src/main/resources"
  cat > "$BARE/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bare-quarkus</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.quarkus</groupId>
        <artifactId>quarkus-bom</artifactId>
        <version>$QUARKUS_VERSION</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest-jackson</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-smallrye-health</artifactId></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      <plugin>
        <groupId>io.quarkus</groupId>
        <artifactId>quarkus-maven-plugin</artifactId>
        <version>$QUARKUS_VERSION</version>
        <extensions>true</extensions>
        <executions><execution><goals><goal>build</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
  cat > "$BARE/src/main/java/bare/GreetingResource.java" <<'JAVA'
package bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

@Path("/hello")
public class GreetingResource {
    @GET
    public Map<String, String> hello() {
        return Map.of("greeting", "hello");
    }
}
JAVA
  printf 'quarkus.http.port=${HTTP_PORT:8080}\nquarkus.http.host=127.0.0.1\nquarkus.package.jar.appcds.enabled=true\nquarkus.package.jar.type=aot-jar\nquarkus.banner.enabled=false\n' \
    > "$BARE/src/main/resources/application.properties"
}

if [[ $BUILD == 1 ]]; then
  ./mvnw -q -B package -DskipTests
fi
if [[ $BUILD == 1 || ! -f "$BARE/target/quarkus-app/quarkus-run.jar" ]]; then
  write_bare_application
  ./mvnw -q -B -f "$BARE/pom.xml" package -DskipTests
fi
for jar in gazette-service tasks-service subsidy-service; do
  [[ -f "$jar/target/quarkus-app/quarkus-run.jar" ]] || { echo "$jar is not built: run without --no-build"; exit 1; }
done
[[ -f deploy/launcher/target/launcher.jar ]] || { echo "the launcher is not built: run without --no-build"; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT"
LAUNCHER_PID=""
SERVICE_PID=""
stop_launcher() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true   # the launcher stops the services, then MariaDB
    for _ in $(seq 1 60); do kill -0 "$LAUNCHER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$LAUNCHER_PID" 2>/dev/null || true
  fi
  LAUNCHER_PID=""
}
cleanup() {
  [[ -n "$SERVICE_PID" ]] && kill -KILL "$SERVICE_PID" 2>/dev/null || true
  stop_launcher
  wait 2>/dev/null || true
}
trap cleanup EXIT

now() { date +%s.%N; }
await_line() { # file, pattern
  local deadline=$(( $(date +%s) + 300 ))
  until grep -q "$2" "$1"; do
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { cat "$1"; echo "the launcher stopped"; exit 1; }
    (( $(date +%s) < deadline )) || { echo "no '$2' in $1 in time"; exit 1; }
    sleep 0.05
  done
}
rss_of() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# --- 1. each alone, beside the bare application ---
./run.sh --no-build --db-only > "$OUT/db-only.out" 2>&1 &
LAUNCHER_PID=$!
await_line "$OUT/db-only.out" 'no service was started'
# each service's JVM options as the launcher writes them (its own initial heap among them), without the archive;
# the bare application takes gazette-service's with the heap starting at 16 MiB, the JVM's growth from there being
# what a bare application needs
launcher_options() { sed -n "s/^LINZHI_JVM_OPTIONS='\(.*\)'$/\1/p" "$LINZHI_DATA_DIR/env/$1.env" | sed 's/ -XX:SharedArchiveFile=[^ ]*//'; }
declare -A OPTIONS
for name in gazette-service tasks-service subsidy-service; do OPTIONS[$name]="$(launcher_options "$name")"; done
OPTIONS[bare-quarkus]="$(launcher_options gazette-service | sed 's/-Xms[0-9]*m/-Xms16m/')"
# STARTUP_JVM_OPTIONS replaces the launcher's options and STARTUP_CDS chooses the class-data archive (record: the
# launcher's, recorded by a first run; build: Quarkus's build-time archive beside the jar; none), for
# deploy/bench/startup-steps.sh (what each step buys); the launcher's own run in part 2 keeps its options
if [[ -n "${STARTUP_JVM_OPTIONS:-}" ]]; then
  for name in "${!OPTIONS[@]}"; do OPTIONS[$name]="$STARTUP_JVM_OPTIONS"; done
fi
CDS="${STARTUP_CDS:-record}"
SUPERVISOR="$(cat "$LINZHI_DATA_DIR/tokens/supervisor.jwt")"

declare -A STARTED WALL RSS RPS STATUS
# name, directory of quarkus-run.jar, environment file or "", port, endpoint, extra wrk arguments
# starts the application once with the given extra JVM options, waits for it to be ready; sets PID and READY_AT
launch() {
  local name=$1 dir=$2 envfile=$3 port=$4 log=$5 archive_option=$6
  (
    [[ -n "$envfile" ]] && { set -a; . "$envfile"; set +a; }
    export HTTP_PORT="$port"
    cd "$dir" && exec env MALLOC_ARENA_MAX=2 java ${OPTIONS[$name]} $archive_option -jar quarkus-run.jar
  ) > "$log" 2>&1 &
  PID=$!; SERVICE_PID=$PID
  local deadline=$(( $(date +%s) + 120 ))
  until curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { cat "$log"; echo "$name stopped during its start"; exit 1; }
    (( $(date +%s) < deadline )) || { echo "$name not ready in time"; exit 1; }
    sleep 0.02
  done
  READY_AT=$(now)
}
measure() {
  local name=$1 dir=$2 envfile=$3 port=$4 endpoint=$5; shift 5
  local log="$OUT/$name.log" t0 pid archive_option=""
  case "$CDS" in
    record)
      # as the launcher does: a first run records the archive (every class a start and its first requests load),
      # written when the JVM exits after SIGTERM; the measured run maps it
      launch "$name" "$dir" "$envfile" "$port" "$OUT/$name-recording.log" "-XX:ArchiveClassesAtExit=$OUT/$name.jsa -Xlog:cds=error"
      curl -s -o /dev/null --max-time 30 "$@" "http://127.0.0.1:$port$endpoint" || true
      wrk -t1 -c4 -d2s --timeout 10s "$@" "http://127.0.0.1:$port$endpoint" > /dev/null
      kill -TERM "$PID"; wait "$PID" 2>/dev/null || true
      [[ -s "$OUT/$name.jsa" ]] || { tail "$OUT/$name-recording.log"; echo "FAILED: $name recorded no class-data archive"; exit 2; }
      archive_option="-XX:SharedArchiveFile=$OUT/$name.jsa" ;;
    build) [[ -f "$dir/app-cds.jsa" ]] && archive_option="-XX:SharedArchiveFile=$dir/app-cds.jsa" ;;
  esac
  if [[ "$CDS" != record ]]; then
    # the same first run without recording: every measured start is a restart on a database the first run filled
    # (gazette-service imports its seed, tasks-service its plan, only into an empty one)
    launch "$name" "$dir" "$envfile" "$port" "$OUT/$name-first.log" "$archive_option"
    kill -TERM "$PID"; wait "$PID" 2>/dev/null || true
  fi
  t0=$(now)
  launch "$name" "$dir" "$envfile" "$port" "$log" "$archive_option"
  pid=$PID
  WALL[$name]=$(awk -v a="$READY_AT" -v b="$t0" 'BEGIN {printf "%.2f", a - b}')
  STARTED[$name]=$(grep -o 'started in [0-9.]*s' "$log" | tail -1 | awk '{print $3}' || true)
  # the endpoint must answer before it is loaded (its first answer on a cold JVM may take seconds)
  STATUS[$name]=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@" "http://127.0.0.1:$port$endpoint" || true)
  wrk -t2 -c16 -d"${WARMUP}s" --timeout 10s "$@" "http://127.0.0.1:$port$endpoint" > "$OUT/warmup-$name.txt"
  RPS[$name]=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$OUT/warmup-$name.txt")
  RSS[$name]=$(rss_of "$pid")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  SERVICE_PID=""
}
measure bare-quarkus "$BARE/target/quarkus-app" "" "$BARE_PORT" /hello
measure gazette-service "$ROOT/gazette-service/target/quarkus-app" "$LINZHI_DATA_DIR/env/gazette-service.env" "$GAZETTE_PORT" \
  "/api/v1/search?q=%E5%9F%B9%E8%AE%AD"
measure tasks-service "$ROOT/tasks-service/target/quarkus-app" "$LINZHI_DATA_DIR/env/tasks-service.env" "$TASKS_PORT" \
  /api/v1/departments -H "Authorization: Bearer $SUPERVISOR"
measure subsidy-service "$ROOT/subsidy-service/target/quarkus-app" "$LINZHI_DATA_DIR/env/subsidy-service.env" "$SUBSIDY_PORT" \
  "/api/v1/statistics?year=2020"
stop_launcher

# --- 2. all three at once, as ./run.sh starts them: the first run of the build records the archives, the next maps them ---
launcher_run() { # label
  ./run.sh --no-build > "$OUT/launcher-$1.out" 2>&1 &
  LAUNCHER_PID=$!
  await_line "$OUT/launcher-$1.out" 'MariaDB ready'
  local t0; t0=$(now)
  await_line "$OUT/launcher-$1.out" 'The system is up'
  ALL[$1]=$(awk -v a="$(now)" -v b="$t0" 'BEGIN {printf "%.2f", a - b}')
  stop_launcher
}
declare -A ALL
launcher_run first
launcher_run later
archives=$(find "$LINZHI_DATA_DIR/class-data" -name '*.jsa' 2>/dev/null | wc -l)
[[ $archives == 3 ]] || { echo "FAILED: the launcher's first run left $archives class-data archives, not 3"; exit 2; }

echo
echo "JVM options of the runs alone, class-data archive: $CDS$([[ $CDS == record ]] && echo " (each application's recorded by a first run of its own, as the launcher does)"):"
for name in bare-quarkus gazette-service tasks-service subsidy-service; do echo "  $name: ${OPTIONS[$name]}"; done
echo
echo "| application, alone | started in (its log) | wall clock to ready | × bare | warm-up (wrk ${WARMUP} s, 16 connections) | RSS after warm-up | × bare |"
echo "|---|---|---|---|---|---|---|"
for name in bare-quarkus gazette-service tasks-service subsidy-service; do
  printf '| %s | %s | %s s | %s | %s requests/s | %s MiB | %s |\n' "$name" "${STARTED[$name]}" "${WALL[$name]}" \
    "$(awk -v a="${WALL[$name]}" -v b="${WALL[bare-quarkus]}" 'BEGIN {printf "%.2f", a / b}')" "${RPS[$name]}" "${RSS[$name]}" \
    "$(awk -v a="${RSS[$name]}" -v b="${RSS[bare-quarkus]}" 'BEGIN {printf "%.2f", a / b}')"
done
echo
echo "all three at once through the launcher (./run.sh --no-build), from MariaDB ready to the last service ready: ${ALL[later]} s (target ≤ 8 s); the build's first run, which records the class-data archives: ${ALL[first]} s"
echo "targets per service alone: ready ≤ 2.5 s, ≤ 200 MiB after the warm-up"
echo "load after the runs: $(load_average)"
if [[ $SMOKE == 1 ]]; then
  # the smoke run checks that every start and every warm-up worked, not the figures
  for name in bare-quarkus gazette-service tasks-service subsidy-service; do
    [[ "${STATUS[$name]}" == 2* ]] || { echo "FAILED: $name answered ${STATUS[$name]:-nothing} on its warm-up endpoint"; exit 2; }
    [[ -n "${RPS[$name]}" && "${RPS[$name]}" != 0 ]] || { echo "FAILED: $name answered nothing during its warm-up"; exit 2; }
  done
fi
