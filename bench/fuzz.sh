#!/usr/bin/env bash
# Fuzzes every Jazzer target for real, one after the other, outside CI (docs/fuzzing.md).
# Usage: bench/fuzz.sh [--runs N] [--time SECONDS] [--timeout SECONDS] [--keep-going N]
#                      [Class#method ...]
#   --runs N        stop each target after N executions (default: no limit)
#   --time SECONDS  stop each target after SECONDS seconds (default: 600)
#   --timeout S     an input that runs longer than S seconds is a finding (default: 60)
#   --keep-going N  go on fuzzing a target until N distinct findings (default: 1, stop at the first)
#   Class#method    fuzz only these targets (default: every @FuzzTest in truce-core)
# Prints, per target, the executions, the seconds and the findings; exits 1 if any target found
# something. Inputs that crash are written by Jazzer beside the seeds
# (truce-core/src/test/resources/.../<Class>Inputs/<method>/crash-*); the corpus it grows is kept
# in truce-core/.cifuzz-corpus/ (ignored by git) and reused by the next run. Logs: target/fuzz/.
# Runs niced: the JVM is instrumented and takes one core and a few GB of memory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=0
time=600
timeout=60
keep=1
targets=()
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --time) time=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --keep-going) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "bench/fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  # Every method annotated @FuzzTest, as Class#method: a new target is fuzzed without editing this.
  while IFS= read -r target; do targets+=("$target"); done < <(
    grep -rl --include='*.java' '@FuzzTest' truce-core/src/test/java | sort | while read -r file; do
      class=$(basename "$file" .java)
      awk -v c="$class" '/@FuzzTest/ { want = 1; next }
        want && /void [a-zA-Z0-9_]+\(/ { match($0, /void [a-zA-Z0-9_]+\(/);
          print c "#" substr($0, RSTART + 5, RLENGTH - 6); want = 0 }' "$file"
    done)
fi

mkdir -p target/fuzz
nice -n 10 ./build -q -pl truce-core test-compile
found=0
total_runs=0
total_seconds=0
report=target/fuzz/report.txt
printf '%-45s %12s %9s %s\n' target executions seconds findings | tee "$report"
for target in "${targets[@]}"; do
  log="target/fuzz/${target/\#/.}.log"
  before=$(date +%s)
  args=(-Djazzer.internal.arg.0=truce-fuzz "-Djazzer.internal.arg.1=-max_total_time=$time"
    "-Djazzer.internal.arg.2=-timeout=$timeout")
  if [ "$runs" -gt 0 ]; then args+=("-Djazzer.internal.arg.3=-runs=$runs"); fi
  status=0
  JAZZER_FUZZ=1 nice -n 10 ./build -o -pl truce-core surefire:test -Dtest="$target" \
    -Djazzer.hooks=true -Djazzer.keep_going="$keep" -DargLine=-Xmx3g "${args[@]}" >"$log" 2>&1 ||
    status=$?
  seconds=$(($(date +%s) - before))
  # libFuzzer's last status line ("#123456 DONE ..." or the last before a finding) counts the runs.
  executions=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  executions=${executions:-0}
  fuzzed=$(grep -aoE '^Done [0-9]+ runs in [0-9]+ second' "$log" | awk '{print $5}' || true)
  findings="none"
  if [ "$status" -ne 0 ]; then
    found=1
    count=$(grep -acE '^== Java Exception:|ERROR: libFuzzer: (timeout|out-of-memory)' "$log" || true)
    crashes=$(grep -aoE "(crash|timeout|oom)-[0-9a-f]{40}" "$log" | sort -u | tr '\n' ' ' || true)
    findings="${count:-?} FOUND ${crashes:-(no input written: see $log)}"
  fi
  total_runs=$((total_runs + executions))
  total_seconds=$((total_seconds + ${fuzzed:-$seconds}))
  printf '%-45s %12s %9s %s\n' "$target" "$executions" "${fuzzed:-$seconds}" "$findings" | tee -a "$report"
done
printf '%-45s %12s %9s\n' total "$total_runs" "$total_seconds" | tee -a "$report"
exit $found
