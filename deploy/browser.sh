#!/usr/bin/env bash
# Makes sure the page tests have their browser: Chromium and its driver from Debian's packages (plus a CJK
# font so screenshots of the Chinese pages are legible). Says what it installs; nothing when present.
#   deploy/browser.sh
set -euo pipefail
DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "deploy/browser.sh: FAILED: $*" >&2; exit 1; }
step() { echo "deploy/browser.sh: $*"; }
source "$DEPLOY/apt-tools.sh"
apt_install chromium chromium
apt_install chromedriver chromium-driver
if command -v fc-list >/dev/null && ! fc-list :lang=zh | grep -q .; then
  step "no Chinese font: installing fonts-wqy-zenhei (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-zenhei >/dev/null 2>&1 \
    || step "fonts-wqy-zenhei could not be installed: screenshots will show boxes for Chinese text (tests unaffected)"
fi
step "$(chromium --version 2>/dev/null | head -1) with $(chromedriver --version 2>/dev/null | cut -d' ' -f1-2)"
