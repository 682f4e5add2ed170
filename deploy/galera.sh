#!/usr/bin/env bash
# Makes sure the Galera system test has its cluster: MariaDB 10.11's server, the Galera 4 provider and rsync (the
# state transfer between nodes) from Debian's packages. Says what it installs; nothing when present. The packages'
# post-install starts no server here, and the test never uses one it did not start.
#   deploy/galera.sh
set -euo pipefail
DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "deploy/galera.sh: FAILED: $*" >&2; exit 1; }
step() { echo "deploy/galera.sh: $*"; }
source "$DEPLOY/apt-tools.sh"
export PATH="$PATH:/usr/sbin:/sbin"
PROVIDER=/usr/lib/galera/libgalera_smm.so
apt_install rsync rsync
apt_install mariadbd mariadb-server
apt_install "$PROVIDER" galera-4
step "$(mariadbd --version | sed 's/^.*Ver //') with $(basename "$PROVIDER")"
