#!/usr/bin/env bash
# HTTP benchmarks against a locally started jar (loopback only, bounded durations), side by side in one run:
#   1. GET /api/v1/ping (bare JSON) vs POST /api/v1/evaluations: requests/s, p99 of each, and the ratio
#   2. POST /api/v1/claims under 64 connections: claims/s; then every person's approved claims are counted
#      through the API, and the script fails if anyone has more than the limit of 3
# Set BENCH_JFR=1 to record a JFR profile of the service (target/bench/service-1.jfr, -2 for the second instance; costs throughput).
# Usage: bench/run.sh [--smoke] [--galera] [seconds per run, default 15]. Installs wrk (Debian) when missing.
# --smoke (CI): 2-second runs and warm-ups, so that the script and every check in it run; the figures mean nothing.
# --galera: the same on a three-node Galera cluster on loopback (deploy/galera.sh installs it) with two service
#   instances on two different nodes; the claims run is two wrk processes at once, 32 connections to each instance.
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE=0
GALERA=0
while [[ "${1:-}" == --* ]]; do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --galera) GALERA=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
SECONDS_PER_RUN="${1:-15}"
WARM_UP_SECONDS=5
CLAIMS_WARM_UP_SECONDS=30
if [[ $SMOKE == 1 ]]; then SECONDS_PER_RUN=2; WARM_UP_SECONDS=1; CLAIMS_WARM_UP_SECONDS=2; fi
HTTP_PORT="${BENCH_HTTP_PORT:-18083}"
OUT=target/bench
source ../deploy/bench/wrk.sh
LOAD_AT_START="$(load_average)"

# the service and the modules it depends on, installed so the classpath below resolves them on a fresh clone
(cd .. && ./mvnw -q -B install -DskipTests -pl subsidy-service -am)
../mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
rm -rf "$OUT" && mkdir -p "$OUT"
java -cp "$CP" gov.linzhi.subsidy.bench.BenchSupport setup "$OUT" 2000

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

if [[ $GALERA == 1 ]]; then
  ../deploy/galera.sh
  start_bench_database subsidy_bench galera
else
  start_bench_database subsidy_bench
fi

# One instance per database URL (with --galera: on nodes 1 and 2), sharing the keys, as replicas do.
PERSON_DATA_KEY="$(head -c 32 /dev/urandom | base64)"
PERSON_LOOKUP_KEY="$(head -c 32 /dev/urandom | base64)"
INSTANCES=1
[[ $GALERA == 1 ]] && INSTANCES=2
for i in $(seq 1 "$INSTANCES"); do
  DB_URL="${DB_URLS[$((i - 1))]}" DB_USER=root DB_PASSWORD= HTTP_PORT="$((HTTP_PORT + i - 1))" HTTP_HOST=127.0.0.1 \
  PERSON_DATA_KEY="$PERSON_DATA_KEY" PERSON_LOOKUP_KEY="$PERSON_LOOKUP_KEY" \
  JWT_PUBLIC_KEY_LOCATION="file:$PWD/$OUT/jwt-public.pem" JWT_ISSUER="https://auth.linzhi.test" \
    java -Xmx512m ${BENCH_JFR:+-XX:StartFlightRecording=filename=$OUT/service-$i.jfr,settings=profile} \
    -jar target/quarkus-app/quarkus-run.jar > "$OUT/service-$i.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$((HTTP_PORT + i - 1))/api/v1/ping" >/dev/null && break; sleep 0.5; done
done
BASE="http://127.0.0.1:$HTTP_PORT"
# claims: one wrk process per instance at once, the connections split between them; NAME SECONDS [wrk options…]
claims_run() {
  local name=$1 seconds=$2; shift 2
  local per=$((64 / INSTANCES)) i
  local wrks=()
  for i in $(seq 1 "$INSTANCES"); do
    wrk -t2 -c"$per" -d"${seconds}s" "$@" -s "$OUT/$name.lua" "http://127.0.0.1:$((HTTP_PORT + i - 1))/api/v1/claims" -- "$i" \
      > "$OUT/$name-$i.txt" &
    wrks+=($!)
  done
  for i in "${wrks[@]}"; do wait "$i"; done
}

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { p99_ms "$1"; }
WARM_UP_APPROVED=0
approved_in_statistics() {
  echo $(( $(curl -s "$BASE/api/v1/statistics?year=2020" | grep -o '"approvedPersonTimes":[0-9]*' | cut -d: -f2) - WARM_UP_APPROVED ))
}
echo "warm-up …"
wrk -t2 -c32 -d"${WARM_UP_SECONDS}s" "$BASE/api/v1/ping" >/dev/null
wrk -t2 -c32 -d"${WARM_UP_SECONDS}s" -s bench/evaluation.lua "$BASE/api/v1/evaluations" >/dev/null
# the claim path compiled by the JIT before it is measured (it takes about 30 s): claims for as many other persons
claims_run claims-warm-up "$CLAIMS_WARM_UP_SECONDS"

WARM_UP_APPROVED=$(settled approved_in_statistics)
LOAD_BEFORE="$(load_average)"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "$BASE/api/v1/ping" | tee "$OUT/ping.txt"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -s bench/evaluation.lua "$BASE/api/v1/evaluations" | tee "$OUT/evaluations.txt"
LOAD_AFTER_EVALUATIONS="$(load_average)"
claims_run claims "$SECONDS_PER_RUN" --latency
cat "$OUT"/claims-[0-9].txt
LOAD_AFTER="$(load_average)"

PING=$(rps "$OUT/ping.txt"); EVAL=$(rps "$OUT/evaluations.txt")
# claims/s summed over the instances; the p99 the worst instance's
CLAIMS=$(for f in "$OUT"/claims-[0-9].txt; do rps "$f"; done | awk '{n += $1} END {print n}')
CLAIMS_P99=$(for f in "$OUT"/claims-[0-9].txt; do p99 "$f"; done | sort -g | tail -1)
STATS_APPROVED=$(settled approved_in_statistics)
TOKEN="$(cat "$OUT/token.txt")"
# every person's approved training claims for 2020, asked through the API after the run
grep -o '"5404[0-9X]*"' "$OUT/claims.lua" | tr -d '"' \
  | xargs -P 4 -I{} curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d '{"personId":"{}","year":2020}' "$BASE/api/v1/persons/entitlements" \
  | grep -o '"trainingClaimsApproved":[0-9]*' | cut -d: -f2 | sort -n | uniq -c > "$OUT/per-person.txt"
PERSONS=$(awk '{n += $1} END {print n + 0}' "$OUT/per-person.txt")
APPROVED=$(awk '{n += $1 * $2} END {print n + 0}' "$OUT/per-person.txt")
OVER=$(awk '$2 > 3 {n += $1} END {print n + 0}' "$OUT/per-person.txt")
echo
grep '^durability' "$OUT/db.log"
echo "machine: $(nproc) cores; load average when the script started $LOAD_AT_START, before the measured runs (after the warm-up) $LOAD_BEFORE, after the evaluations $LOAD_AFTER_EVALUATIONS, after the claims $LOAD_AFTER"
echo
echo "| measure (wrk 2 threads, ${SECONDS_PER_RUN} s) | requests/s | p99 |"
echo "|---|---|---|"
printf '| GET /api/v1/ping (bare JSON), 32 connections | %.0f | %.2f ms |\n' "$PING" "$(p99 "$OUT/ping.txt")"
printf '| POST /api/v1/evaluations, 32 connections | %.0f | %.2f ms |\n' "$EVAL" "$(p99 "$OUT/evaluations.txt")"
awk -v a="$EVAL" -v b="$PING" 'BEGIN {printf "| ratio evaluations / ping | %.2f (target ≥ 0.7) | |\n", a / b}'
if [[ $GALERA == 1 ]]; then
  printf '| POST /api/v1/claims, 2 instances on 2 Galera nodes, 32 connections each, 2000 persons | %.0f | %.2f ms (worse instance) |\n' "$CLAIMS" "$CLAIMS_P99"
else
  printf '| POST /api/v1/claims, 64 connections, 2000 persons (target ≥ 1000/s, p99 < 100 ms) | %.0f | %.2f ms |\n' "$CLAIMS" "$CLAIMS_P99"
fi
awk -v a="$CLAIMS" -v b="$EVAL" 'BEGIN {printf "| ratio claims / evaluations | %.3f | |\n", a / b}'
echo
echo "approved training claims per person in 2020 (persons × claims): $(awk '{printf "%s%d × %d", sep, $1, $2; sep = ", "}' "$OUT/per-person.txt")"
echo "persons asked: $PERSONS; approved claims counted per person: $APPROVED; approved in /statistics: ${STATS_APPROVED:-?}"
[[ "$PERSONS" -eq 2000 ]] || { echo "FAILED: only $PERSONS of 2000 persons answered"; exit 2; }
[[ "$APPROVED" == "${STATS_APPROVED:-}" ]] || { echo "FAILED: per-person counts ($APPROVED) differ from /statistics (${STATS_APPROVED:-?})"; exit 2; }
[[ "$OVER" -eq 0 ]] || { echo "LIMIT BROKEN: $OVER persons have more than 3 approved training claims"; exit 2; }
echo "limit held: zero violations (nobody has more than 3)"
