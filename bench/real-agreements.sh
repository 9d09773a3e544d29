#!/usr/bin/env bash
# Every bundled real agreement, checked cold as a user would (docs/benchmarks.md, section "Real
# agreements, cold"): one `truce check` per file with no adversary and one with each party as the
# adversary, each a new JVM through the launcher, at the default limits. For each run it prints
# the wall time (best of RUNS, default 3), the states explored, and whether every analysis was
# decided (no `inconclusive`). The goal is under 2 s and conclusive for every row.
# Usage: bench/real-agreements.sh [FILE...]     (default: examples/*.truce)
# Needs jq. Prints a Markdown table, headed by `truce --version` and the load average.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v jq >/dev/null || { echo "needs jq: apt-get install -y jq" >&2; exit 2; }
runs=${RUNS:-3}
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(examples/*.truce)

./truce --version >/dev/null # builds the jar and the launcher's cache if needed
echo "$(./truce --version), $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| agreement | adversary | states | decided | best of $runs [s] |"
echo "|:---|:---|---:|:---|---:|"
for file in "${files[@]}"; do
  parties=$(./truce export --format json "$file" 2>/dev/null |
    jq -r '.agreement.actors[] | select(.roles | index("party")) | .name')
  for adversary in "" $parties; do
    args=(check --json "$file")
    [ -z "$adversary" ] || args+=(--adversary "$adversary")
    best=""
    json=""
    for _ in $(seq "$runs"); do
      start=$(date +%s.%N)
      json=$(./truce "${args[@]}" || true) # exit 1 means a violation was found: still a result
      end=$(date +%s.%N)
      took=$(echo "$end - $start" | bc)
      if [ -z "$best" ] || [ "$(echo "$took < $best" | bc)" = 1 ]; then best=$took; fi
    done
    states=$(echo "$json" | jq '.[0].exploration.states')
    undecided=$(echo "$json" | jq '[.[0].analyses[] | select(.verdict == "inconclusive")] | length')
    decided=$([ "$undecided" = 0 ] && echo yes || echo "no ($undecided inconclusive)")
    printf '| %s | %s | %s | %s | %.2f |\n' "$(basename "$file" .truce)" "${adversary:-none}" \
      "$states" "$decided" "$best"
  done
done
