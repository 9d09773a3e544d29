#!/usr/bin/env bash
# Cold start of `truce check` (docs/benchmarks.md, section "Cold start of truce check").
# Each run starts a new JVM, as a user's command does. Compares the launcher with the JVM flags it
# may use, so that the choice of flags in ./truce can be re-checked on another machine or JDK.
# Usage: bench/cold-start.sh [FILE]       (default: examples/november-2023.truce)
# Needs hyperfine (apt-get install -y hyperfine). Results: target/cold-start.md and stdout.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
file=${1:-examples/november-2023.truce}
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install -y hyperfine" >&2; exit 2; }

./truce --version >/dev/null # builds the jar if needed, and the launcher's AOT cache or archive
. bin/find-jdk.sh
truce_find_jdk
java=$TRUCE_JAVA_HOME/bin/java
jar=truce-cli/target/truce.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Archives for the variants, each written by one training run of the same command.
"$java" -XX:SharedArchiveFile="$work/c1.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off \
  -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -jar "$jar" check --validate-only "$file" 2>/dev/null || true
"$java" -XX:SharedArchiveFile="$work/c2.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off \
  -Xlog:cds+dynamic=off -jar "$jar" check --validate-only "$file" 2>/dev/null || true
aot=()
if [ "$(truce_java_major "$java")" -ge 25 ]; then
  "$java" -XX:AOTCacheOutput="$work/t.aot" -Xlog:aot=off -Xlog:cds=off -jar "$jar" check --validate-only "$file" \
    >/dev/null 2>&1 || true
  aot=(-n "java + JDK 25 AOT cache + C1 + SerialGC (the launcher's flags, JDK 25+)" "$java -XX:AOTCache=$work/t.aot -Xlog:aot=off -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar check --validate-only $file")
fi

mkdir -p target
hyperfine --shell=none --warmup 3 --runs "${RUNS:-20}" --export-markdown target/cold-start.md \
  -n "./truce check (launcher)" "./truce check --validate-only $file" \
  -n "java -jar (no flags)" "$java -jar $jar check --validate-only $file" \
  -n "java -XX:TieredStopAtLevel=1" "$java -XX:TieredStopAtLevel=1 -jar $jar check --validate-only $file" \
  -n "java + CDS archive" "$java -XX:SharedArchiveFile=$work/c2.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $jar check --validate-only $file" \
  -n "java + CDS archive + TieredStopAtLevel=1" "$java -XX:SharedArchiveFile=$work/c1.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -jar $jar check --validate-only $file" \
  -n "java + CDS + C1 + SerialGC (the launcher's flags, JDK 19 to 24)" "$java -XX:SharedArchiveFile=$work/c1.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar check --validate-only $file" \
  -n "java + CDS + C1 + AutoCreateSharedArchive" "$java -XX:SharedArchiveFile=$work/c1.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -jar $jar check --validate-only $file" \
  "${aot[@]}"
echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); JDK: $("$java" -version 2>&1 | head -n 1)"
