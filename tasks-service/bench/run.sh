#!/usr/bin/env bash
# POST /api/v1/tasks/{id}/reports under 32 connections against a locally started jar (loopback only): every request
# files a new official report version on one of the shipped plan's tasks as its lead department; requests/s and p99.
# Afterwards the reports are counted through the API: the script fails if any request was refused or the stored
# versions differ from the requests wrk saw answered 201.
# Usage: bench/run.sh [--smoke] [seconds, default 15]; --smoke (CI): 2-second runs; the figures mean nothing.
# Installs wrk (Debian) when missing. BENCH_JFR=1 records a JFR profile of the service (target/bench/service.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE=0
if [[ "${1:-}" == "--smoke" ]]; then SMOKE=1; shift; fi
SECONDS_PER_RUN="${1:-15}"
WARM_UP_SECONDS="${BENCH_WARM_UP_SECONDS:-20}"
if [[ $SMOKE == 1 ]]; then SECONDS_PER_RUN=2; WARM_UP_SECONDS=2; fi
HTTP_PORT="${BENCH_HTTP_PORT:-18082}"
OUT=target/bench
source ../deploy/bench/wrk.sh
echo "load when the script started: $(load_average)"

# the service and the modules it depends on, installed so the classpath below resolves them on a fresh clone
(cd .. && ./mvnw -q -B install -DskipTests -pl tasks-service -am)
../mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
rm -rf "$OUT" && mkdir -p "$OUT"
java -cp "$CP" gov.linzhi.platform.testing.bench.BenchEnvironment key "$OUT"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
start_bench_database tasks_bench
DB_URL="$DB_URL" DB_USER=root DB_PASSWORD= HTTP_PORT="$HTTP_PORT" HTTP_HOST=127.0.0.1 \
JWT_PUBLIC_KEY_LOCATION="file:$PWD/$OUT/jwt-public.pem" JWT_ISSUER="https://auth.linzhi.test" \
GAZETTE_URL=http://127.0.0.1:9 SUBSIDY_URL=http://127.0.0.1:9 \
  java -Xmx512m ${BENCH_JFR:+-XX:StartFlightRecording=filename=$OUT/service.jfr,settings=profile} -jar target/quarkus-app/quarkus-run.jar > "$OUT/service.log" 2>&1 &
pids+=($!)
BASE="http://127.0.0.1:$HTTP_PORT"
for _ in $(seq 1 120); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$BASE/q/health/ready" >/dev/null || { echo "tasks-service did not start"; tail -30 "$OUT/service.log"; exit 1; }
java -cp "$CP" gov.linzhi.tasks.bench.BenchSupport setup "$OUT" "$BASE"

# every report stored on the benchmark's tasks, read through the API
reports_filed() {
  local token; token="$(cat "$OUT/supervisor.jwt")"
  grep -o 'id = [0-9]*' "$OUT/reports.lua" | awk '{print $3}' \
    | xargs -P 4 -I{} curl -s -H "Authorization: Bearer $token" "$BASE/api/v1/tasks/{}/reports" \
    | grep -o '"version":' | wc -l
}
echo "warm-up …"
wrk -t2 -c32 -d"${WARM_UP_SECONDS}s" -s "$OUT/reports.lua" "$BASE/api/v1/tasks" > /dev/null
BEFORE=$(settled reports_filed)
LOAD_BEFORE="$(load_average)"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -s "$OUT/reports.lua" "$BASE/api/v1/tasks" | tee "$OUT/reports.txt"
LOAD_AFTER="$(load_average)"
FILED=$(( $(settled reports_filed) - BEFORE ))
REQUESTS=$(awk '/requests in/ {print $1}' "$OUT/reports.txt")
NON2XX=$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$OUT/reports.txt")
RPS=$(awk '/Requests\/sec/ {print $2}' "$OUT/reports.txt")
P99=$(p99_ms "$OUT/reports.txt")
echo
echo "machine: $(nproc) cores; load average before the measured run (after the warm-up) $LOAD_BEFORE, after it $LOAD_AFTER"
grep '^durability' "$OUT/db.log"
echo
echo "| measure (wrk 2 threads, ${SECONDS_PER_RUN} s) | requests/s | p99 |"
echo "|---|---|---|"
printf '| POST /api/v1/tasks/{id}/reports, 32 connections | %.0f | %.2f ms |\n' "$RPS" "$P99"
echo
echo "reports stored during the run (read through the API): $FILED; requests wrk counted: $REQUESTS"
[[ -z "$NON2XX" ]] || { echo "FAILED: $NON2XX requests were not answered 2xx"; exit 2; }
# wrk counts no request it stopped waiting for: at most one per connection at the end, and those that timed out
TIMEOUTS=$(grep -o 'timeout [0-9]*' "$OUT/reports.txt" | awk '{print $2}' || true)
(( FILED >= REQUESTS && FILED <= REQUESTS + 32 + ${TIMEOUTS:-0} )) || { echo "FAILED: the service filed $FILED reports for $REQUESTS requests"; exit 2; }
echo "every request filed exactly one report"
