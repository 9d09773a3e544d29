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
# own tree in that round), and their median is reported with the quartiles; so is the processor
# time (user + system) above the floor's, which a loaded machine changes less than the wall time.
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
python3 - "$work" >target/start-floor.md <<'EOF'
import glob, json, statistics, sys
work = sys.argv[1]
rounds = [json.load(open(f))["results"] for f in sorted(glob.glob(f"{work}/round-*.json"))]
wall, diff, cpu = {}, {}, {}
for results in rounds:
    floor = {r["command"].split(" ")[0]: r for r in results if r["command"].endswith(" floor")}
    for r in results:
        f = floor[r["command"].split(" ")[0]]
        wall.setdefault(r["command"], []).extend(r["times"])
        diff.setdefault(r["command"], []).append(statistics.median(r["times"]) - statistics.median(f["times"]))
        cpu.setdefault(r["command"], []).append(r["user"] + r["system"] - f["user"] - f["system"])
def ms(x): return f"{1000 * x:.0f}"
def spread(v):
    if len(v) < 2: return f"{ms(v[0])}"
    q = statistics.quantiles(v, n=4)
    return f"{ms(q[0])} to {ms(q[2])}"
print(f"{len(rounds)} rounds. Wall: median of all runs. Minus the floor: per round, the command's median less"
      " the floor's of its own tree; median over rounds (quartiles). CPU: user + system time, less the floor's.")
print()
print("| Command | Wall, median [ms] | Wall minus the floor [ms] | (quartiles) | CPU minus the floor's [ms] | (quartiles) |")
print("|:---|---:|---:|---:|---:|---:|")
for name in wall:
    print(f"| `{name}` | {ms(statistics.median(wall[name]))} | {ms(statistics.median(diff[name]))} | {spread(sorted(diff[name]))}"
          f" | {ms(statistics.median(cpu[name]))} | {spread(sorted(cpu[name]))} |")
EOF
cat target/start-floor.md
echo
echo "$rounds rounds of $runs runs; nproc $(nproc); load average $load_before before, $load_after after;" \
  "JDK: $("$java" -version 2>&1 | head -n 1)"
