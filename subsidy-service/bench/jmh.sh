#!/usr/bin/env bash
# In-process evaluations per second (JMH). Usage: bench/jmh.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
../mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  EngineBenchmark -f 1 -wi 2 -w 3s -i 3 -r 5s -t 1 "$@"
