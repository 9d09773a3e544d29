#!/usr/bin/env bash
# How far truce's start is from the JVM's own (docs/benchmarks.md, "Cold start against the JVM
# floor"; issue 19, goal 4): `truce --version` should end within 50 ms of the floor, and `truce
# check` of each bundled example (every analysis, default options) within 150 ms of it. The floor
# is `java -version` with the flags the launcher gives java (the AOT cache on JDK 25 and newer, C1
# only, the serial collector): what any Java program started that way pays before its own work.
#
# Usage: bench/start-floor.sh [OTHER_TREE]
#   OTHER_TREE: a second checkout of truce (e.g. the commit before a change, built by its own
#   ./truce) measured in the same run, interleaved, for a comparison on this machine's load.
# Environment: ROUNDS (default 10) rounds of RUNS (default 2) runs of every command; each round
# runs all the commands of both trees in turn, so that a change of load during the run falls on
# all of them. Differences from the floor are taken per round (command minus the floor of its
# own tree in that round), and their median is reported with the quartiles.
# Needs hyperfine (apt-get install -y hyperfine) and python3. Results: target/start-floor.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install -y hyperfine" >&2; exit 2; }
rounds=${ROUNDS:-10}
runs=${RUNS:-2}
trees=("$PWD")
if [ $# -ge 1 ]; then trees+=("$(cd "$1" && pwd)"); fi

. bin/find-jdk.sh
truce_find_jdk
java=$TRUCE_JAVA_HOME/bin/java
version=$(truce_release_version "$TRUCE_JAVA_HOME")
major=${version%%[!0-9]*}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
commands=()
names=()
for tree in "${trees[@]}"; do
  "$tree/truce" --version >/dev/null # builds the jar and its cache when needed
  label=$(basename "$tree")@$(git -C "$tree" rev-parse --short HEAD)
  flags="-Xlog:aot=off -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  if [ "${major:-0}" -ge 25 ]; then
    flags="-XX:AOTCache=$tree/truce-cli/target/truce-$version.aot $flags"
  fi
  names+=("$label floor") commands+=("$java $flags -version")
  names+=("$label --version") commands+=("$tree/truce --version")
  for file in examples/*.truce; do
    names+=("$label check $(basename "$file" .truce)")
    commands+=("$tree/truce check $PWD/$file")
  done
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
args=()
for i in "${!commands[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
for round in $(seq 1 "$rounds"); do
  # Exit code 1 (a violated analysis) is an answer, not a failure: -i.
  hyperfine --shell=none -i --warmup 1 --runs "$runs" --style none \
    --export-json "$work/round-$round.json" "${args[@]}" >/dev/null 2>&1
  echo "round $round of $rounds done; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p target
python3 - "$work" "$rounds" >target/start-floor.md <<'EOF'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
times, floors = {}, {}
for r in range(1, rounds + 1):
    for result in json.load(open(f"{work}/round-{r}.json"))["results"]:
        name = result["command"]
        tree = name.split(" ")[0]
        times.setdefault(name, []).extend(result["times"])
        if name.endswith(" floor"):
            floors.setdefault(tree, []).append(statistics.median(result["times"]))
diffs = {}
for r in range(1, rounds + 1):
    for result in json.load(open(f"{work}/round-{r}.json"))["results"]:
        name = result["command"]
        tree = name.split(" ")[0]
        diffs.setdefault(name, []).append(statistics.median(result["times"]) - floors[tree][r - 1])
def ms(x): return f"{1000 * x:.0f}"
print("| Command | Median [ms] | Minus the floor, median [ms] | Quartiles of the difference [ms] |")
print("|:---|---:|---:|---:|")
for name, t in times.items():
    d = sorted(diffs[name])
    q = statistics.quantiles(d, n=4) if len(d) > 1 else [d[0], d[0], d[0]]
    print(f"| `{name}` | {ms(statistics.median(t))} | {ms(statistics.median(d))} | {ms(q[0])} to {ms(q[2])} |")
EOF
cat target/start-floor.md
echo
echo "$rounds rounds of $runs runs; nproc $(nproc); load average $load_before before, $load_after after;" \
  "JDK: $("$java" -version 2>&1 | head -n 1)"
