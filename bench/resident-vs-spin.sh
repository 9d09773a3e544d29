#!/usr/bin/env bash
# truce in one resident JVM (as the server and bridging check, the JIT warm) against SPIN end to
# end on the same model (docs/benchmarks.md, section "The checker against SPIN"): every analysis
# of each model checked 15 times after 15 warm-up checks (org.truce.bench.WarmCheck, the median),
# beside SPIN compiling truce's Promela export (spin -a, gcc -O2) and running once per claim, the
# median of RUNS runs (default 3).
# Usage: [RUNS=N] bench/resident-vs-spin.sh
# Needs spin (./build unpacks it under .tools/, or apt-get install -y spin) and gcc.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bin/find-spin.sh
truce_need_spin_and_gcc "$PWD"
runs=${RUNS:-3}

# label|file|adversary|exact
models=(
  "full scale|bench/full-scale.truce|none|"
  "full scale, adversary north|bench/full-scale.truce|north|"
  "full scale, every amount|bench/full-scale.truce|none|exact"
  "2024 proposal|examples/framework-2024-proposal.truce|none|"
  "2024 proposal, adversary israel|examples/framework-2024-proposal.truce|israel|"
)

jar=truce-bench/target/benchmarks.jar
[ -f "$jar" ] || ./build -q -pl truce-bench -am package -DskipTests
./truce --version >/dev/null # the launcher finds the JDK and builds the CLI if needed
. bin/find-jdk.sh
truce_find_jdk
java=$TRUCE_JAVA_HOME/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

echo "$("$java" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| model | states | truce warm, every analysis (median of 15) | SPIN end to end (median of $runs) | SPIN / truce warm |"
echo "|:---|---:|---:|---:|---:|"
for entry in "${models[@]}"; do
  IFS='|' read -r label file adversary exact <<<"$entry"
  read -r states _ _ warm _ < <("$java" -XX:+UseSerialGC -cp "$jar" org.truce.bench.WarmCheck \
    "$file" "$adversary" "$exact")
  flags=()
  [ "$adversary" = none ] || flags+=(--adversary "$adversary")
  [ -z "$exact" ] || flags+=(--exact-amounts)
  ./truce export --format promela "${flags[@]}" "$file" -o "$work/model.pml" 2>"$work/export.txt" ||
    { cat "$work/export.txt" >&2; exit 1; }
  w=$(python3 -c "import math,sys; print(min(30, max(12, math.ceil(math.log2(2 * int(sys.argv[1]) + 1)))))" "$states")
  totals=()
  for _ in $(seq "$runs"); do
    rm -f "$work/pan" "$work/pan.c"
    start=$(seconds)
    (cd "$work" && "$spin" -a model.pml >/dev/null && gcc -O2 -w -DVECTORSZ=4096 -o pan pan.c)
    for claim in $(grep -o '^never [a-z_0-9]*' "$work/model.pml" | cut -d' ' -f2); do
      (cd "$work" && ./pan -a -N "$claim" -m1000000 -w"$w" >/dev/null 2>&1) || true
    done
    totals+=("$(echo "$(seconds) - $start" | bc)")
  done
  total=$(median "${totals[@]}")
  printf '| %s | %s | %.3f s | %.2f s | %.1f |\n' "$label" "$states" "$warm" "$total" \
    "$(echo "scale=3; $total / $warm" | bc)"
done
