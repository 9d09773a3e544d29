# Finds SPIN for the differential tests and exports TRUCE_SPIN; sourced by ./build.
# SPIN on the PATH (CI installs Debian's `spin`) wins; else a copy unpacked under .tools/ from
# Debian's package with `apt-get download`, which needs no root. Without either, the tests that
# need SPIN say how to get it.
truce_find_spin() {
  local root=$1
  if command -v spin >/dev/null 2>&1; then
    TRUCE_SPIN=$(command -v spin)
  elif [ -x "$root/.tools/spin/usr/bin/spin" ]; then
    TRUCE_SPIN="$root/.tools/spin/usr/bin/spin"
  elif command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; then
    local tmp
    tmp=$(mktemp -d)
    if (cd "$tmp" && apt-get download -q spin >/dev/null 2>&1) \
      && mkdir -p "$root/.tools/spin" \
      && dpkg-deb -x "$tmp"/spin_*.deb "$root/.tools/spin"; then
      TRUCE_SPIN="$root/.tools/spin/usr/bin/spin"
      echo "build: unpacked Debian's spin into .tools/spin for the differential tests" >&2
    fi
    rm -rf "$tmp"
  fi
  if [ -n "${TRUCE_SPIN:-}" ]; then
    export TRUCE_SPIN
  fi
}

# For the bench scripts that compile SPIN's verifiers: sets `spin`, or exits 2 saying what to
# install when SPIN or gcc is missing.
truce_need_spin_and_gcc() {
  truce_find_spin "$1"
  spin=${TRUCE_SPIN:-}
  [ -n "$spin" ] || { echo "needs spin: apt-get install -y spin" >&2; exit 2; }
  command -v gcc >/dev/null || { echo "needs gcc" >&2; exit 2; }
}
