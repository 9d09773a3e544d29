# Sourced by ./truce and ./build: sets TRUCE_JAVA_HOME to a JDK whose major version is >= 21.
# Order: JAVA_HOME, then the JDKs under /usr/lib/jvm (newest first), then `java` on the PATH.

truce_java_major() {
  # Prints the major version of the java executable $1, or nothing. Reads the JDK's `release`
  # file when there is one: starting a JVM only to ask its version costs ~100 ms per launch.
  local version
  version=$(truce_release_version "${1%/*/*}")
  version=${version%%[!0-9]*} # the leading digits: 25.0.3 gives 25, 1.8.0_402 gives 1
  if [ -n "$version" ] && [ "$version" != 1 ]; then
    echo "$version"
    return 0
  fi
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

truce_release_version() {
  # Prints JAVA_VERSION from the `release` file of the JDK at $1 (e.g. 25.0.3), or nothing. Shell
  # built-ins only: every command the launcher starts costs about a millisecond of each run.
  local line
  [ -f "$1/release" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      JAVA_VERSION=*)
        line=${line#JAVA_VERSION=}
        echo "${line//\"/}"
        return 0
        ;;
    esac
  done <"$1/release"
}

truce_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(truce_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      TRUCE_JAVA_HOME=$candidate
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(truce_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      TRUCE_JAVA_HOME=$candidate
      return 0
    fi
  fi
  echo "truce: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm and the PATH)." >&2
  echo "hint: install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
  return 1
}
