#!/usr/bin/env bash
# JMH micro-benchmarks of the engine and the linkage hashing, against the service's own classes.
# Compiles the service if its sources changed since the last run, builds bench/jmh/target/benchmarks.jar
# and runs it, then prints each benchmark as a ratio to its baseline from the same run.
#   bench/jmh/run.sh                              # everything, default settings (about 4 minutes)
#   bench/jmh/run.sh -f 1 -i 10 -r 2s Engine      # any JMH arguments replace the defaults
set -euo pipefail
cd "$(dirname "$0")/../.."
DEFAULTS=(-f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc)
ARGS=("$@")
[ ${#ARGS[@]} -eq 0 ] && ARGS=("${DEFAULTS[@]}")

# Maven's output only when it fails
quietly() {
  local log
  log=$(mktemp)
  if ! "$@" > "$log" 2>&1; then cat "$log"; rm -f "$log"; exit 1; fi
  rm -f "$log"
}

STAMP=bench/jmh/target/main-compiled.stamp
if [ ! -f "$STAMP" ] || [ ! -d target/classes ] \
    || [ -n "$(find pom.xml src/main config -newer "$STAMP" -print -quit)" ]; then
  echo "== compiling the service (mvn -DskipTests compile)"
  quietly mvn -q -B -DskipTests compile
  mkdir -p "$(dirname "$STAMP")" && touch "$STAMP"
fi
echo "== building bench/jmh/target/benchmarks.jar"
quietly mvn -q -B -f bench/jmh/pom.xml package

RESULTS=bench/jmh/target/results.csv
echo "== $(date -u +%FT%TZ), nproc $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar bench/jmh/target/benchmarks.jar -rf csv -rff "$RESULTS" "${ARGS[@]}"
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 bench/jmh/ratios.py "$RESULTS"
