#!/usr/bin/env bash
# Every test, the README's test command (and what CI runs):
#   1. deploy/browser.sh   – the page tests' headless Chromium; installed from Debian's packages when missing;
#   2. ./mvnw -B verify    – every module's tests against a real (embedded) MariaDB, page tests included;
#   3. deploy/validate.sh  – the deployment files, offline.
# Extra arguments go to Maven (e.g. ./test.sh -pl subsidy-service -am).
set -euo pipefail
cd "$(dirname "$0")"
deploy/browser.sh
./mvnw -B verify "$@"
deploy/validate.sh
