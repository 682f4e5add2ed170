#!/usr/bin/env bash
# gazette-service's benchmarks, one after the other:
#   1. search (SearchBenchmark, see the README): Lucene beside a LIKE scan on a 10,000-document corpus, and the parser;
#      fails when the two engines do not find the same documents for a query;
#   2. import: POST /api/v1/issues/import under 32 connections against the packaged jar (loopback only), every request
#      a new issue (the seed's text under another number, bench/import.lua): requests/s and p99; afterwards the issues
#      are counted through the API, and the script fails if any request was refused or one was stored twice or lost;
#      then the same on one connection, for what an import costs when it does not wait for the others' turns.
# Usage: bench/run.sh [--smoke] [--search-only | --import-only] [import seconds, default 15]; --smoke (CI): a 500-document corpus, a few rounds and
# 2-second runs, so that the benchmarks and their checks run; the figures mean nothing. Installs wrk (Debian) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE=false
SEARCH=1
IMPORT=1
while [[ "${1:-}" == --* ]]; do
  case "$1" in
    --smoke) SMOKE=true ;;
    --search-only) IMPORT=0 ;;
    --import-only) SEARCH=0 ;;
    *) echo "unknown option $1 (known: --smoke, --search-only, --import-only)"; exit 2 ;;
  esac
  shift
done
SECONDS_PER_RUN="${1:-15}"
WARM_UP_SECONDS=15
if [[ $SMOKE == true ]]; then SECONDS_PER_RUN=2; WARM_UP_SECONDS=2; fi
HTTP_PORT="${BENCH_HTTP_PORT:-18081}"
OUT=target/bench
source ../deploy/bench/wrk.sh
# the service and the modules it depends on, installed so this module's build resolves them on a fresh clone
(cd .. && ./mvnw -q -B install -DskipTests -pl gazette-service -am)

if [[ $SEARCH == 1 ]]; then
  echo "== search"
  echo "load before the run: $(load_average)"
  ../mvnw -q -B verify -Pbenchmark -Dbenchmark.smoke="$SMOKE"
  echo "load after the run: $(load_average)"
  cat target/benchmark-results.md
fi
[[ $IMPORT == 1 ]] || exit 0

echo
echo "== import"
../mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
rm -rf "$OUT" && mkdir -p "$OUT"
ENVIRONMENT=gov.linzhi.platform.testing.bench.BenchEnvironment
java -cp "$CP" "$ENVIRONMENT" key "$OUT"
java -cp "$CP" "$ENVIRONMENT" token "$OUT/editor.jwt" gazette-editor
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
start_bench_database gazette_bench
DB_URL="$DB_URL" DB_USER=root DB_PASSWORD= HTTP_PORT="$HTTP_PORT" HTTP_HOST=127.0.0.1 \
JWT_PUBLIC_KEY_LOCATION="file:$PWD/$OUT/jwt-public.pem" JWT_ISSUER="https://auth.linzhi.test" \
GAZETTE_SEARCH_INDEX_DIR="$PWD/$OUT/index" \
  java -Xmx512m ${BENCH_JFR:+-XX:StartFlightRecording=filename=$OUT/service.jfr,settings=profile} -jar target/quarkus-app/quarkus-run.jar > "$OUT/service.log" 2>&1 &
pids+=($!)
BASE="http://127.0.0.1:$HTTP_PORT"
for _ in $(seq 1 120); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$BASE/q/health/ready" >/dev/null || die "gazette-service did not start: $(tail -30 "$OUT/service.log")"
SEED="$PWD/src/main/resources/seed/linzhi-gazette-2020-01.md"
TOKEN="$(cat "$OUT/editor.jwt")"
issues_stored() { curl -s "$BASE/api/v1/issues" | grep -o '"number":[0-9]*' | wc -l; }
echo "warm-up …"
wrk -t2 -c32 -d"${WARM_UP_SECONDS}s" --timeout 30s -s bench/import.lua "$BASE" -- "$SEED" "$TOKEN" > "$OUT/warm-up.txt"
BEFORE=$(settled issues_stored)
LOAD_BEFORE="$(load_average)"
# the warm-up's threads numbered their issues from 1000001 and 2000001: the measured run's start above them
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --timeout 30s --latency -s bench/import.lua "$BASE" -- "$SEED" "$TOKEN" 500000 | tee "$OUT/import.txt"
LOAD_AFTER="$(load_average)"
STORED=$(( $(settled issues_stored) - BEFORE ))
# one import at a time: what an import costs when it does not queue behind the others' turns
wrk -t1 -c1 -d"${SECONDS_PER_RUN}s" --timeout 30s --latency -s bench/import.lua "$BASE" -- "$SEED" "$TOKEN" 7000000 > "$OUT/import-alone.txt"
STORED_ALONE=$(( $(settled issues_stored) - BEFORE - STORED ))
REQUESTS_ALONE=$(awk '/requests in/ {print $1}' "$OUT/import-alone.txt")
REQUESTS=$(awk '/requests in/ {print $1}' "$OUT/import.txt")
NON2XX=$(awk '/Non-2xx or 3xx responses/ {n += $NF} END {print n + 0}' "$OUT/import.txt" "$OUT/warm-up.txt" "$OUT/import-alone.txt")
RPS=$(awk '/Requests\/sec/ {print $2}' "$OUT/import.txt")
echo
echo "machine: $(nproc) cores; load average before the measured run (after the warm-up) $LOAD_BEFORE, after it $LOAD_AFTER"
grep '^durability' "$OUT/db.log"
echo
echo "| measure (wrk 2 threads, ${SECONDS_PER_RUN} s) | requests/s | p99 |"
echo "|---|---|---|"
printf '| POST /api/v1/issues/import (a new 68 KB issue each), 32 connections | %.1f | %.2f ms |\n' "$RPS" "$(p99_ms "$OUT/import.txt")"
printf '| the same, 1 connection | %.1f | %.2f ms |\n' "$(awk '/Requests\/sec/ {print $2}' "$OUT/import-alone.txt")" "$(p99_ms "$OUT/import-alone.txt")"
echo
echo "issues stored during the runs (read through the API): $STORED and $STORED_ALONE; requests wrk counted: $REQUESTS and $REQUESTS_ALONE"
[[ "$NON2XX" == 0 ]] || die "$NON2XX imports were not answered 2xx (see $OUT/service.log)"
TIMEOUTS=$(grep -o 'timeout [0-9]*' "$OUT/import.txt" | awk '{print $2}' || true)
(( STORED >= REQUESTS && STORED <= REQUESTS + 32 + ${TIMEOUTS:-0} )) || die "the service stored $STORED issues for $REQUESTS requests"
(( STORED_ALONE >= REQUESTS_ALONE && STORED_ALONE <= REQUESTS_ALONE + 1 )) || die "the service stored $STORED_ALONE issues for $REQUESTS_ALONE requests on one connection"
echo "every request stored exactly one issue"
