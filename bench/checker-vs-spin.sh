#!/usr/bin/env bash
# truce check against SPIN on the same models (docs/benchmarks.md, section "The checker against
# SPIN"). For each model: truce checks every analysis (one command, JVM start included); SPIN gets
# the model `truce export --format promela` writes, is compiled (spin -a, gcc -O2) and run once per
# claim, as a user would to check every analysis. Prints a Markdown table with the ratios.
# Usage: [RUNS=N] bench/checker-vs-spin.sh [--large]   (medians of N interleaved runs, default 3)
#   --large adds three models with an adversary and every amount: the full scale with adversary
#   south, 2 million states (about 2 minutes for truce, 2 minutes for each of SPIN's runs);
#   bench/twelve-million.truce with adversary north, about 12 million states; and the full scale
#   with adversary north, more than 48 million states, which neither tool finishes within
#   truce's --timeout of 30 minutes.
# Needs spin (apt-get install -y spin, or ./build, which unpacks it under .tools/) and gcc.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bin/find-spin.sh
truce_need_spin_and_gcc "$PWD"

# Every bundled example (issue 19: ahead of SPIN on every one), then the synthetic models.
models=()
for example in examples/*.truce; do
  models+=("$(basename "$example" .truce)|$example|")
done
models+=(
  "november-2023, adversary israel|examples/november-2023.truce|--adversary israel"
  "full scale|bench/full-scale.truce|"
  "full scale, every amount|bench/full-scale.truce|--exact-amounts"
  "full scale, adversary north|bench/full-scale.truce|--adversary north"
)
if [ "${1:-}" = "--large" ]; then
  models+=("full scale, adversary south, every amount|bench/full-scale.truce|--adversary south --exact-amounts")
  models+=("twelve million, adversary north, every amount|bench/twelve-million.truce|--adversary north --exact-amounts")
  models+=("full scale, adversary north, every amount|bench/full-scale.truce|--adversary north --exact-amounts")
fi

./truce --version >/dev/null # builds the jar if needed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-3}
seconds() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }
ratio() { printf "%.1f" "$(echo "scale=3; $1 / $2" | bc)"; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

echo "Medians of $runs interleaved runs (RUNS=N to change); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| model | states: truce / SPIN | truce wall, all analyses (search + analyses) | SPIN compile | SPIN runs, one per claim | SPIN end to end | SPIN e2e / truce wall | SPIN exploration alone (no claim) | SPIN alone / truce search + analyses |"
echo "|:---|---:|---:|---:|---:|---:|---:|---:|---:|"
for entry in "${models[@]}"; do
  IFS='|' read -r label file flags <<<"$entry"
  # shellcheck disable=SC2086 # flags are words
  ./truce export --format promela $flags "$file" -o "$work/model.pml" 2>"$work/export.txt" || { cat "$work/export.txt" >&2; exit 1; }
  truce_times=() insides=() compiles=() claim_runs=() totals=()
  for _ in $(seq "$runs"); do
    start=$(seconds)
    # shellcheck disable=SC2086
    ./truce check --json --timeout 30m $flags "$file" >"$work/truce.json" || true
    truce_times+=("$(elapsed "$start" "$(seconds)")")
    read -r states inside < <(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d=d[0] if isinstance(d,list) else d; e=d['exploration']; print(e['states'], e['seconds'])" "$work/truce.json")
    insides+=("$inside")
    # SPIN's hash table sized for the states truce found (2 slots a state): its best setting.
    w=$(python3 -c "import math,sys; print(min(30, max(12, math.ceil(math.log2(2 * int(sys.argv[1]) + 1)))))" "$states")
    pan_flags=(-m1000000 -w"$w")
    rm -f "$work/pan" "$work/pan.c"
    start=$(seconds)
    (cd "$work" && "$spin" -a model.pml >/dev/null && gcc -O2 -w -DVECTORSZ=4096 -o pan pan.c)
    compile_time=$(elapsed "$start" "$(seconds)")
    start=$(seconds)
    for claim in $(grep -o '^never [a-z_0-9]*' "$work/model.pml" | cut -d' ' -f2); do
      (cd "$work" && ./pan -a -N "$claim" "${pan_flags[@]}" >"$work/pan.txt" 2>&1) || true
    done
    run_time=$(elapsed "$start" "$(seconds)")
    compiles+=("$compile_time") claim_runs+=("$run_time")
    totals+=("$(echo "$compile_time + $run_time" | bc)")
  done
  truce_time=$(median "${truce_times[@]}") inside=$(median "${insides[@]}")
  compile_time=$(median "${compiles[@]}") run_time=$(median "${claim_runs[@]}")
  total=$(median "${totals[@]}")

  (cd "$work" && gcc -O2 -w -DVECTORSZ=4096 -DNOCLAIM -o pan-alone pan.c)
  start=$(seconds)
  (cd "$work" && ./pan-alone "${pan_flags[@]}" >"$work/alone.txt" 2>&1) || true
  alone_time=$(elapsed "$start" "$(seconds)")
  spin_states=$(grep -oE '^ *[0-9]+ states, stored' "$work/alone.txt" | grep -oE '[0-9]+' || echo "?")
  printf '| %s | %s / %s | %.2f s (%.2f s) | %.2f s | %.2f s | %.2f s | %s | %.2f s | %s |\n' \
    "$label" "$states" "$spin_states" "$truce_time" "$inside" "$compile_time" "$run_time" "$total" \
    "$(ratio "$total" "$truce_time")" "$alone_time" "$(ratio "$alone_time" "$inside")"
done
