#!/usr/bin/env bash
# HTTP benchmarks against a locally started jar (loopback only, bounded durations):
#   1. GET /api/v1/ping (bare JSON) vs POST /api/v1/evaluations: throughput and ratio
#   2. POST /api/v1/claims under 64 connections: claims per second with the limit check
# Usage: bench/run.sh [seconds per run, default 15]. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-15}"
HTTP_PORT="${BENCH_HTTP_PORT:-18083}"
OUT=target/bench
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

../mvnw -q -B package -DskipTests
../mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
rm -rf "$OUT" && mkdir -p "$OUT"
java -cp "$CP" gov.linzhi.subsidy.bench.BenchSupport setup "$OUT" 2000

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

java -Djava.io.tmpdir="$PWD/$OUT" -cp "$CP" gov.linzhi.subsidy.bench.BenchSupport db > "$OUT/db.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q '^ready' "$OUT/db.log" && break; sleep 0.5; done
grep -q '^ready' "$OUT/db.log" || { echo "MariaDB did not start"; cat "$OUT/db.log"; exit 1; }

DB_URL="$(awk '/^ready/ {print $2}' "$OUT/db.log")" DB_USER=root DB_PASSWORD= HTTP_PORT="$HTTP_PORT" HTTP_HOST=127.0.0.1 \
PERSON_DATA_KEY="$(head -c 32 /dev/urandom | base64)" PERSON_LOOKUP_KEY="$(head -c 32 /dev/urandom | base64)" \
JWT_PUBLIC_KEY_LOCATION="file:$PWD/$OUT/jwt-public.pem" JWT_ISSUER="https://auth.linzhi.test" \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$OUT/service.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$HTTP_PORT/api/v1/ping" >/dev/null && break; sleep 0.5; done
BASE="http://127.0.0.1:$HTTP_PORT"

rps() { awk '/Requests\/sec/ {print $2}'; }
echo "warm-up …"
wrk -t2 -c32 -d5s "$BASE/api/v1/ping" >/dev/null
wrk -t2 -c32 -d5s -s bench/evaluation.lua "$BASE/api/v1/evaluations" >/dev/null

wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" "$BASE/api/v1/ping" | tee "$OUT/ping.txt"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" -s bench/evaluation.lua "$BASE/api/v1/evaluations" | tee "$OUT/evaluations.txt"
wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" -s "$OUT/claims.lua" "$BASE/api/v1/claims" | tee "$OUT/claims.txt"

PING=$(rps < "$OUT/ping.txt"); EVAL=$(rps < "$OUT/evaluations.txt"); CLAIMS=$(rps < "$OUT/claims.txt")
STATS=$(curl -s "$BASE/api/v1/statistics?year=2020")
echo
echo "| measure | requests/s |"
echo "|---|---|"
echo "| GET /api/v1/ping (bare JSON), 32 connections | $PING |"
echo "| POST /api/v1/evaluations, 32 connections | $EVAL |"
echo "| ratio evaluations / ping | $(awk -v a="$EVAL" -v b="$PING" 'BEGIN {printf "%.2f", a / b}') |"
echo "| POST /api/v1/claims, 64 connections, 2000 persons | $CLAIMS |"
TOKEN="$(cat "$OUT/token.txt")"
grep -o '"5404[0-9X]*"' "$OUT/claims.lua" | tr -d '"' \
  | xargs -P 4 -I{} curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/persons/{}/entitlements?year=2020" \
  | grep -o '"trainingClaimsApproved":[0-9]*' | cut -d: -f2 | sort -n | uniq -c > "$OUT/per-person.txt"
echo
echo "statistics after the claims run: $STATS"
echo "approved training claims per person in 2020 (count of persons, claims): $(tr -s ' ' < "$OUT/per-person.txt" | paste -sd';')"
MAX=$(awk '{print $2}' "$OUT/per-person.txt" | sort -n | tail -1)
[[ "${MAX:-0}" -le 3 ]] && echo "limit held: nobody has more than 3" || { echo "LIMIT BROKEN: someone has $MAX"; exit 2; }
