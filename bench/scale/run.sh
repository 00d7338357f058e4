#!/usr/bin/env bash
# Linkage lookup time and storage with 0, 100,000 and 1,000,000 stored candidates on PostgreSQL
# (database telltale_bench_scale, recreated). Needs a built target/classes (mvn -DskipTests package).
#   bench/scale/run.sh [PROBES]
set -euo pipefail
cd "$(dirname "$0")/../.."
PROBES=${1:-500}
URL=jdbc:postgresql://127.0.0.1:5432/telltale_bench_scale
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
CLASSES=$(mktemp -d)/classes; cp -r target/classes "$CLASSES"
CP=$CLASSES:$(cat target/bench-classpath.txt)
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS telltale_bench_scale" -c "CREATE DATABASE telltale_bench_scale"
L() { java -cp "$CP" bench/scale/Linkage.java "$@"; }
L migrate $URL   # Flyway, as the service does: BENCH_PG_DATABASE=telltale_bench_scale bench/webhooks.sh postgres can run on it
echo "== 0 stored ($(uptime))"; L lookup $URL "$PROBES"
L seed $URL 100000 0
echo "== 100k stored ($(uptime))"; L lookup $URL "$PROBES"
L seed $URL 1000000 100000
echo "== 1M stored ($(uptime))"; L lookup $URL "$PROBES"
