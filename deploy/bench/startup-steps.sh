#!/usr/bin/env bash
# What each step of the launcher's JVM settings buys: deploy/bench/startup.sh (the jars as built, no rebuild) once
# per configuration, from the JVM's defaults to the launcher's settings, one step added each time; prints each run's
# table and then one line per configuration and service (wall clock to ready, RSS after the warm-up).
# Usage: deploy/bench/startup-steps.sh [warm-up seconds, default 10]; build first (./run.sh builds, or startup.sh once).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
WARMUP="${1:-10}"
STEPS=(
  "JVM defaults (G1, heap 1/4 of memory, full JIT)|none|-Dfile.encoding=UTF-8"
  "+ serial GC, -Xmx384m (the earlier launcher)|none|-XX:+UseSerialGC -Xmx384m -Dfile.encoding=UTF-8"
  "+ Quarkus's build-time class-data archive (AppCDS, quarkus.package.jar.appcds.enabled)|build|-XX:+UseSerialGC -Xmx384m -Dfile.encoding=UTF-8"
  "+ C1 only (-XX:TieredStopAtLevel=1)|build|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m -Dfile.encoding=UTF-8"
  "+ heap -Xms16m -Xmx128m that shrinks back, 512k stacks, 32 MB code cache|build|-XX:TieredStopAtLevel=1 -Xms16m -Xmx128m -Xss512k -XX:+UseSerialGC -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=5 -XX:ReservedCodeCacheSize=32m -Dfile.encoding=UTF-8"
  "+ the archive a first run records instead of the build's|record|-XX:TieredStopAtLevel=1 -Xms16m -Xmx128m -Xss512k -XX:+UseSerialGC -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=5 -XX:ReservedCodeCacheSize=32m -Dfile.encoding=UTF-8"
  "+ young generation at most 8 MiB, one compiler thread|record|-XX:TieredStopAtLevel=1 -Xms16m -Xmx128m -Xss512k -XX:+UseSerialGC -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=5 -XX:MaxNewSize=8m -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=32m -Dfile.encoding=UTF-8"
  "+ heap starting at each service's working set, young generation at most 4 MiB, Netty's recycler off, native heap trimmed every 2 s (the launcher's)|record|"
)
# a step without options runs each application with the launcher's own (each service's initial heap is its own)
OUT="$ROOT/target/startup-steps"
rm -rf "$OUT" && mkdir -p "$OUT"
echo "load when the script started: $(uptime | sed 's/.*load average: //')"
i=0
for step in "${STEPS[@]}"; do
  IFS='|' read -r label cds options <<< "$step"
  i=$((i + 1))
  echo "== $i. $label"
  STARTUP_CDS="$cds" STARTUP_JVM_OPTIONS="$options" deploy/bench/startup.sh --no-build "$WARMUP" | tee "$OUT/$i.txt"
done
echo
echo "| step | gazette-service ready / RSS | tasks-service ready / RSS | subsidy-service ready / RSS | bare Quarkus ready / RSS |"
echo "|---|---|---|---|---|"
i=0
for step in "${STEPS[@]}"; do
  i=$((i + 1))
  cell() { awk -F'|' -v n="$1" '$2 ~ " "n" " {gsub(/ /, "", $4); gsub(/ /, "", $7); printf "%s / %s", $4, $7}' "$OUT/$i.txt"; }
  echo "| ${step%%|*} | $(cell gazette-service) | $(cell tasks-service) | $(cell subsidy-service) | $(cell bare-quarkus) |"
done
echo "load after the runs: $(uptime | sed 's/.*load average: //')"
