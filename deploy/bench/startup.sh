#!/usr/bin/env bash
# Start time and resident memory of each service, started the way ./run.sh starts them (the launcher: an
# embedded MariaDB, then the three services at once, each -Xmx384m -XX:+UseSerialGC), on ports away from
# 8081-8083 and 3316 so a running system is not disturbed, with a fresh data directory under target/.
# For each service: "started in X.XXXs" from its log, the wall-clock time from the launcher starting it
# (MariaDB ready) to /q/health/ready answering 200, then VmRSS from /proc after warm-up (wrk on a read
# endpoint for WARMUP seconds). Usage: deploy/bench/startup.sh [--no-build] [warm-up seconds, default 10].
# Needs wrk and curl. Everything started here is stopped on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
BUILD=1
if [[ "${1:-}" == "--no-build" ]]; then BUILD=0; shift; fi
WARMUP="${1:-10}"
export GAZETTE_PORT="${BENCH_GAZETTE_PORT:-18181}" TASKS_PORT="${BENCH_TASKS_PORT:-18182}" SUBSIDY_PORT="${BENCH_SUBSIDY_PORT:-18183}"
export LINZHI_DB_PORT="${BENCH_DB_PORT:-13316}"
OUT="$ROOT/target/startup-bench"
export LINZHI_DATA_DIR="$OUT/data"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

if [[ $BUILD == 1 ]]; then
  ./mvnw -q -B package -DskipTests
fi
for jar in gazette-service tasks-service subsidy-service; do
  [[ -f "$jar/target/quarkus-app/quarkus-run.jar" ]] || { echo "$jar is not built: run without --no-build"; exit 1; }
done
[[ -f deploy/launcher/target/launcher.jar ]] || { echo "the launcher is not built: run without --no-build"; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT"
LAUNCHER_PID=""
cleanup() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true   # the launcher stops the services, then MariaDB
    for _ in $(seq 1 60); do kill -0 "$LAUNCHER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$LAUNCHER_PID" 2>/dev/null || true
  fi
  for pid in "${SERVICE_PIDS[@]:-}"; do [[ -n "$pid" ]] && kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
SERVICE_PIDS=()
trap cleanup EXIT

now() { date +%s.%N; }
echo "load before the start: $(uptime | sed 's/.*load average: //')"
# run.sh puts java.io.tmpdir under ./data/tmp; the launcher's own data (MariaDB, keys, logs) goes to LINZHI_DATA_DIR
./run.sh --no-build > "$OUT/launcher.out" 2>&1 &
LAUNCHER_PID=$!
DEADLINE=$(( $(date +%s) + 300 ))
until grep -q 'MariaDB ready' "$OUT/launcher.out"; do
  kill -0 "$LAUNCHER_PID" 2>/dev/null || { cat "$OUT/launcher.out"; echo "the launcher stopped"; exit 1; }
  (( $(date +%s) < DEADLINE )) || { echo "MariaDB did not start"; exit 1; }
  sleep 0.05
done
T0=$(now)   # the launcher starts the three services right after this line

declare -A READY_AT
pending=(gazette-service:"$GAZETTE_PORT" tasks-service:"$TASKS_PORT" subsidy-service:"$SUBSIDY_PORT")
while (( ${#pending[@]} > 0 )); do
  kill -0 "$LAUNCHER_PID" 2>/dev/null || { cat "$OUT/launcher.out"; echo "the launcher stopped"; exit 1; }
  (( $(date +%s) < DEADLINE )) || { echo "not ready in time: ${pending[*]}"; exit 1; }
  still=()
  for entry in "${pending[@]}"; do
    if curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:${entry#*:}/q/health/ready"; then
      READY_AT[${entry%%:*}]=$(now)
    else
      still+=("$entry")
    fi
  done
  pending=("${still[@]+"${still[@]}"}")
  sleep 0.1
done
echo "load when all were ready: $(uptime | sed 's/.*load average: //')"

# the service's JVM: the launcher's child running that service's jar
pid_of_service() {
  for child in $(pgrep -P "$LAUNCHER_PID"); do
    if grep -qa "$1/target/quarkus-app/quarkus-run.jar" "/proc/$child/cmdline" 2>/dev/null; then echo "$child"; fi
  done
  return 0
}
SUPERVISOR="$(cat "$LINZHI_DATA_DIR/tokens/supervisor.jwt")"
# a read endpoint per service: public search, the department registry (reads need a role), public statistics
wrk -t2 -c16 -d"${WARMUP}s" "http://127.0.0.1:$GAZETTE_PORT/api/v1/search?q=%E5%9F%B9%E8%AE%AD" > "$OUT/warmup-gazette.txt"
wrk -t2 -c16 -d"${WARMUP}s" -H "Authorization: Bearer $SUPERVISOR" "http://127.0.0.1:$TASKS_PORT/api/v1/departments" > "$OUT/warmup-tasks.txt"
wrk -t2 -c16 -d"${WARMUP}s" "http://127.0.0.1:$SUBSIDY_PORT/api/v1/statistics?year=2020" > "$OUT/warmup-subsidy.txt"

echo
echo "| service | started in (its log) | wall clock to ready | warm-up (wrk ${WARMUP} s, 16 connections) | RSS after warm-up |"
echo "|---|---|---|---|---|"
for entry in gazette-service:"$GAZETTE_PORT":search tasks-service:"$TASKS_PORT":departments subsidy-service:"$SUBSIDY_PORT":statistics; do
  IFS=: read -r name port endpoint <<<"$entry"
  pid=$(pid_of_service "$name"); SERVICE_PIDS+=("$pid")
  [[ -n "$pid" ]] || { echo "no process found for $name"; exit 1; }
  started=$(grep -o 'started in [0-9.]*s' "$LINZHI_DATA_DIR/logs/$name.log" | tail -1 | awk '{print $3}' || true)
  rss=$(awk '/^VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$pid/status")
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$OUT/warmup-${name%-service}.txt")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$OUT/warmup-${name%-service}.txt")
  printf '| %s | %s | %.1f s | GET %s: %s requests/s%s | %s |\n' "$name" "$started" \
    "$(awk -v a="${READY_AT[$name]}" -v b="$T0" 'BEGIN {print a - b}')" "$endpoint" "$rps" "${errors:+ ($errors not 2xx)}" "$rss"
done
echo
echo "load after the warm-up: $(uptime | sed 's/.*load average: //')"
