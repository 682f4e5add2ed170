# Sourced by the benchmark scripts that load a service with wrk: installs Debian's wrk when it is missing (so a
# benchmark runs on a fresh clone after the README's set-up alone) and defines the helpers they share.
BENCH_SCRIPT="${BENCH_SCRIPT:-$(basename "$0")}"
die() { echo "$BENCH_SCRIPT: FAILED: $*" >&2; exit 2; }
step() { echo "$BENCH_SCRIPT: $*"; }
# shellcheck source=../apt-tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/../apt-tools.sh"
apt_install wrk wrk
load_average() { uptime | sed 's/.*load average: //'; }
# wrk --latency prints "99%  2.51ms" (or us, or s): the 99th percentile in milliseconds, from a wrk output file
p99_ms() {
  awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
       print (u == "us" ? v / 1000 : u == "s" ? v * 1000 : u == "m" ? v * 60000 : v) }' "$1"
}
# The value a counting command prints once it stops moving (requests wrk stopped waiting for, at the end of a run or
# after its 2 s timeout, may still be at work in the service): settled COMMAND [ARGS…]
settled() {
  local before now
  before=$("$@")
  for _ in $(seq 1 30); do
    sleep 1; now=$("$@")
    [[ "$now" == "$before" ]] && break
    before=$now
  done
  echo "$before"
}
# Starts test-support's BenchEnvironment database NAME in the background (classpath $CP, log $OUT/db.log, which also
# holds its durability line), adds its pid to the caller's pids and sets DB_URL once it answers; with `galera` as the
# second argument a three-node Galera cluster instead, DB_URLS then holding one URL per node (DB_URL the first).
start_bench_database() {
  java -Djava.io.tmpdir="$PWD/$OUT" -cp "$CP" gov.linzhi.platform.testing.bench.BenchEnvironment "${2:-db}" "$1" > "$OUT/db.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do grep -q '^ready' "$OUT/db.log" && break; sleep 0.5; done
  grep -q '^ready' "$OUT/db.log" || die "MariaDB did not start: $(cat "$OUT/db.log")"
  read -r -a DB_URLS <<< "$(awk '/^ready/ {$1 = ""; print}' "$OUT/db.log")"
  DB_URL="${DB_URLS[0]}"
}
