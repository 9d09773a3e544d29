#!/usr/bin/env bash
# The search on one and two threads, two builds interleaved round by round in one JVM
# (docs/benchmarks.md, "The search on two cores"): bench/full-scale.truce with an adversary
# (217,785 states), each build's benchmarks jar in a class loader of its own.
# Usage: bench/search-duel.sh OLD.jar NEW.jar [ROUNDS] [WARMUP]
#   (a jar: ./build -q -pl truce-bench -am package -DskipTests, then copy
#    truce-bench/target/benchmarks.jar aside; run with `nice -n -15` on a shared machine)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Java 21 or newer: $JAVA, else $JAVA_HOME/bin/java, else java on the PATH.
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${java}c" -cp "$1" -d "$work" bench/search-duel/SearchRunner.java bench/search-duel/SearchDuel.java
"$java" -Xmx4g -Dduel.classes="$work/" -cp "$work" SearchDuel "${3:-24}" "${4:-6}" \
  bench/full-scale.truce "$1" "$2"
