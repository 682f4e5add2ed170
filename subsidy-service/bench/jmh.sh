#!/usr/bin/env bash
# In-process evaluations per second (JMH), side by side in one run:
#   EngineVsDroolsBenchmark: the engine vs the same rules as a DMN model in Drools (kie-dmn-core), same inputs;
#   EngineBenchmark: the engine without and with a person's history.
# The Drools side exists only in the Maven profile "benchmark" (src/bench, test scope, built into
# target/benchmark/). Its setup, and
# EngineDroolsEquivalenceTest run here first, refuse to go on unless both decide every input alike.
# Warm-up is 5 × 5 s because Drools keeps getting faster for about 20 s (its FEEL code is JIT-compiled late).
# Usage: bench/jmh.sh [--smoke] [extra JMH options]; --smoke (CI): one 1-second warm-up and measurement per benchmark,
# so that the equivalence check and every benchmark run; the figures mean nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS=(-wi 5 -w 5s -i 5 -r 5s)
if [[ "${1:-}" == "--smoke" ]]; then ITERATIONS=(-wi 1 -w 1s -i 1 -r 1s); shift; fi
OUT=target/benchmark/jmh
mkdir -p "$OUT"
# the modules the service depends on, installed so this module's build resolves them on a fresh clone
(cd .. && ./mvnw -q -B install -DskipTests -pl subsidy-service -am)
../mvnw -q -B -Pbenchmark test -Dtest=EngineDroolsEquivalenceTest -Dsurefire.failIfNoSpecifiedTests=false
../mvnw -q -B -Pbenchmark dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark/classpath.txt
echo "load before the run: $(uptime)"
java -Xmx512m -cp "target/benchmark/test-classes:target/benchmark/classes:$(cat target/benchmark/classpath.txt)" org.openjdk.jmh.Main \
  'EngineVsDroolsBenchmark|EngineBenchmark' -f 1 "${ITERATIONS[@]}" -t 1 -rf csv -rff "$OUT/results.csv" "$@" | tee "$OUT/jmh.txt"
echo "load after the run: $(uptime)"
score() { awk -F, -v name="\"gov.linzhi.subsidy.bench.$1\"" '$1 == name {print $5}' "$OUT/results.csv"; }
ENGINE=$(score EngineVsDroolsBenchmark.engine); DROOLS=$(score EngineVsDroolsBenchmark.drools)
echo
echo "| benchmark (1 thread) | evaluations/s |"
echo "|---|---|"
printf '| engine, benchmark mix, no history | %.0f |\n' "$ENGINE"
printf '| Drools DMN, same inputs | %.0f |\n' "$DROOLS"
printf '| engine, no history (EngineBenchmark) | %.0f |\n' "$(score EngineBenchmark.evaluateWithoutHistory)"
printf '| engine, with history (EngineBenchmark) | %.0f |\n' "$(score EngineBenchmark.evaluateWithHistory)"
awk -v a="$ENGINE" -v b="$DROOLS" 'BEGIN {printf "| ratio engine / Drools | %.1f× (target ≥ 10×) |\n", a / b}'
