# Sourced by the scripts that need Debian tools (deploy/validate.sh, deploy/browser.sh).
# Defines apt_install <command> <debian package>...: installs the packages with apt-get (as root or through
# password-less sudo) when <command> is not on PATH (or, given as an absolute path, when that file is missing), saying so; `apt-get update` only when a package has no
# install candidate yet. The caller defines die() and step().
APT_UPDATED=0
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"
  else die "need root (or password-less sudo) to run: $*"
  fi
}
present() { if [[ $1 == /* ]]; then [[ -e $1 ]]; else command -v "$1" >/dev/null; fi; }
apt_install() { # <command or absolute path> <debian package>...
  local cmd=$1; shift
  present "$cmd" && return 0
  command -v apt-get >/dev/null || die "$cmd is missing and apt-get is not available; install the Debian package(s) $*"
  step "$cmd is not installed: installing $* (apt-get)"
  local log; log=$(mktemp)
  local pkg
  for pkg in "$@"; do
    if ! apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [0-9]' && [[ $APT_UPDATED -eq 0 ]]; then
      as_root apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; die "apt-get update failed"; }
      APT_UPDATED=1
    fi
  done
  as_root env DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 \
    apt-get install -y -qq --no-install-recommends "$@" >"$log" 2>&1 \
    || { cat "$log" >&2; rm -f "$log"; die "apt-get install $* failed"; }
  rm -f "$log"
  present "$cmd" || die "$* installed but $cmd is not there"
}
