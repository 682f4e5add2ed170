#!/usr/bin/env bash
# Every benchmark of the README in its smoke mode (a few seconds each), so that none of them rots: each builds what it
# needs, runs its load and its correctness checks (limits, equivalence with Drools and with LIKE, stored = answered),
# and fails loudly when one fails. The figures of a smoke run mean nothing. Run by .ci/run after the tests.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
BENCHMARKS=(
  "subsidy-service/bench/run.sh --smoke"
  "subsidy-service/bench/run.sh --smoke --galera"
  "subsidy-service/bench/jmh.sh --smoke"
  "gazette-service/bench/run.sh --smoke"
  "tasks-service/bench/run.sh --smoke"
  "deploy/bench/startup.sh --smoke"
)
for benchmark in "${BENCHMARKS[@]}"; do
  echo "deploy/bench/smoke.sh: $benchmark"
  started=$SECONDS
  log="$ROOT/target/bench-smoke/$(echo "$benchmark" | tr '/ ' '__').log"
  mkdir -p "$(dirname "$log")"
  if ! $benchmark > "$log" 2>&1; then
    tail -40 "$log"
    echo "deploy/bench/smoke.sh: FAILED: $benchmark (log: $log)" >&2
    exit 1
  fi
  echo "deploy/bench/smoke.sh: $benchmark passed in $(( SECONDS - started )) s"
done
