#!/usr/bin/env bash
# truce check --verdicts against SPIN end to end on the twelve-million-state model
# (docs/benchmarks.md, "Verdicts only"). In one run, interleaved: truce's full check; truce
# --verdicts of every analysis; truce --verdicts of the analyses SPIN has a claim for (all but
# deadlock and dead-clauses: docs/promela.md); and SPIN end to end on truce's Promela export (spin
# -a, gcc -O2, one pan run per claim, as bench/checker-vs-spin.sh). Each truce run is one command,
# JVM start included. Prints a Markdown table with the load average beside each figure.
# Usage: bench/verdicts-vs-spin.sh [ROUNDS]   (default 1; the full check takes about a minute)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bin/find-spin.sh
truce_need_spin_and_gcc "$PWD"
rounds=${1:-1}
model=bench/twelve-million.truce
flags=(--adversary north --exact-amounts)
claims=well-formed,completes,exposure,indefinite-truce,require

./truce --version >/dev/null # builds the jar if needed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }
row() { printf '| %s | %s | %s | %.2f s | %s |\n' "$1" "$2" "$3" "$4" "$5"; }

truce() { # label, extra flags...
  local label=$1 start end load0
  shift
  load0=$(load)
  start=$(seconds)
  ./truce check --json --timeout 30m "${flags[@]}" "$@" "$model" >"$work/out.json" || true
  end=$(seconds)
  read -r states stop inside < <(python3 -c "import json,sys; d=json.load(open(sys.argv[1]))[0]; e=d['exploration']; print(e['states'], e['stop'], e['seconds'])" "$work/out.json")
  verdicts=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1]))[0]; print(' '.join(a['verdict'][0] for a in d['analyses']))" "$work/out.json")
  row "$label" "$states ($stop; $verdicts)" "${inside} s" "$(echo "$end - $start" | bc)" "$load0"
}

spin_e2e() {
  local load0 start end
  load0=$(load)
  ./truce export --format promela "${flags[@]}" "$model" -o "$work/model.pml"
  start=$(seconds)
  (cd "$work" && "$spin" -a model.pml >/dev/null && gcc -O2 -w -DVECTORSZ=4096 -o pan pan.c)
  for claim in $(grep -o '^never [a-z_0-9]*' "$work/model.pml" | cut -d' ' -f2); do
    (cd "$work" && ./pan -a -N "$claim" -m1000000 -w25 >"$work/pan-$claim.txt" 2>&1) || true
  done
  end=$(seconds)
  local errors
  errors=$(cat "$work"/pan-*.txt | grep -c 'errors: [1-9]' || true)
  row "SPIN end to end (spin -a, gcc -O2, one pan -a per claim)" "claims violated: $errors of $(ls "$work"/pan-*.txt | wc -l)" "" "$(echo "$end - $start" | bc)" "$load0"
}

echo "| run | states (stop; verdicts in order) | truce's own time | wall, end to end | load (1 min) |"
echo "|:---|---:|---:|---:|---:|"
for _ in $(seq "$rounds"); do
  truce "truce check --verdicts --only $claims (SPIN's claims)" --verdicts --only "$claims"
  spin_e2e
  truce "truce check --verdicts (every analysis)" --verdicts
  truce "truce check (full figures)"
done
