#!/usr/bin/env bash
# How truce's check grows with the model, beside SPIN's exploration of the same model
# (docs/benchmarks.md, section "Scaling"): one model per power of ten from 10^3 to 10^7 states,
# then the default state limit. For each: the states and transitions truce explores with every
# analysis, its wall time and peak resident memory (the whole process), the time per transition
# and the bytes per state; SPIN's exploration of the Promela export without a claim (-DNOCLAIM,
# compile not counted), its time and peak memory; and SPIN end to end (spin -a, gcc, one pan run
# per claim), as a user checks every analysis.
# Usage: bench/scaling.sh [--quick]   (--quick: up to 10^5 states, about a minute)
# Needs spin (./build unpacks it under .tools/, or apt-get install -y spin), gcc, GNU time
# (/usr/bin/time: apt-get install -y time) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bin/find-spin.sh
truce_need_spin_and_gcc "$PWD"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

# label|file|flags: about 10^3, 10^4, 10^5, 10^6 and 10^7 states.
models=(
  "full scale|bench/full-scale.truce|"
  "full scale, every amount|bench/full-scale.truce|--exact-amounts"
  "full scale, adversary north|bench/full-scale.truce|--adversary north"
)
if [ "${1:-}" != "--quick" ]; then
  models+=("full scale, adversary south, every amount|bench/full-scale.truce|--adversary south --exact-amounts")
  models+=("twelve million, adversary north, every amount|bench/twelve-million.truce|--adversary north --exact-amounts")
fi

./truce --version >/dev/null # builds the jar if needed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command under GNU time; prints "SECONDS PEAK_KB".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || true
  tail -1 "$work/time.txt"
}
seconds() { date +%s.%N; }

echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| model | states: truce / SPIN | transitions | truce wall | truce peak RSS | bytes a state | ns a transition | SPIN alone (no claim) | SPIN peak RSS | SPIN end to end | SPIN e2e / truce |"
echo "|:---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for entry in "${models[@]}"; do
  IFS='|' read -r label file flags <<<"$entry"
  # shellcheck disable=SC2086 # flags are words
  read -r truce_s truce_kb < <(measure ./truce check --json --timeout 30m $flags "$file")
  read -r states transitions < <(python3 -c "
import json,sys
d=json.load(open(sys.argv[1])); d=d[0] if isinstance(d,list) else d; e=d['exploration']
print(e['states'], e['transitions'])" "$work/out.txt")
  w=$(python3 -c "import math,sys; print(min(30, max(12, math.ceil(math.log2(2 * int(sys.argv[1]) + 1)))))" "$states")
  pan_flags=(-m1000000 -w"$w")
  # shellcheck disable=SC2086
  ./truce export --format promela $flags "$file" -o "$work/model.pml"
  start=$(seconds)
  (cd "$work" && "$spin" -a model.pml >/dev/null && gcc -O2 -w -DVECTORSZ=4096 -o pan pan.c)
  for claim in $(grep -o '^never [a-z_0-9]*' "$work/model.pml" | cut -d' ' -f2); do
    (cd "$work" && ./pan -a -N "$claim" "${pan_flags[@]}" >/dev/null 2>&1) || true
  done
  spin_e2e=$(echo "$(seconds) - $start" | bc)
  (cd "$work" && gcc -O2 -w -DVECTORSZ=4096 -DNOCLAIM -o pan-alone pan.c)
  read -r alone_s alone_kb < <(cd "$work" && measure ./pan-alone "${pan_flags[@]}")
  spin_states=$(grep -oE '^ *[0-9]+ states, stored' "$work/out.txt" | grep -oE '[0-9]+' || echo "?")
  python3 - "$label" "$states" "$spin_states" "$transitions" "$truce_s" "$truce_kb" \
    "$alone_s" "$alone_kb" "$spin_e2e" <<'EOF'
import sys
label, states, spin_states, transitions, ts, tkb, ss, skb, e2e = sys.argv[1:]
states, transitions, ts, tkb, ss, skb, e2e = int(states), int(transitions), float(ts), int(tkb), float(ss), int(skb), float(e2e)
print(f"| {label} | {states:,} / {spin_states} | {transitions:,} | {ts:.2f} s | {tkb/1024:.0f} MiB"
      f" | {tkb*1024/states:.0f} | {ts*1e9/max(1,transitions):.0f} | {ss:.2f} s | {skb/1024:.0f} MiB"
      f" | {e2e:.2f} s | {e2e/ts:.1f} |")
EOF
done

if [ "${1:-}" != "--quick" ]; then
  # The default state limit (CheckOptions.DEFAULT_MAX_STATES), on a model larger than it.
  echo
  read -r limit_s limit_kb < <(measure ./truce check --json --adversary north --exact-amounts bench/full-scale.truce)
  python3 - "$work/out.txt" "$limit_s" "$limit_kb" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1])); d = d[0] if isinstance(d, list) else d; e = d['exploration']
s, kb = float(sys.argv[2]), int(sys.argv[3])
print(f"Default limits on full scale, adversary north, every amount: stopped at {e['stop']} after"
      f" {e['states']:,} states and {e['transitions']:,} transitions in {s:.1f} s wall,"
      f" peak RSS {kb/1024:.0f} MiB ({kb*1024/max(1,e['states']):.0f} bytes a state)")
EOF
fi
