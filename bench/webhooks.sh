#!/usr/bin/env bash
# Webhook throughput and latency: signed Greenhouse new_candidate_application deliveries against
# the service and, in the same run and the same Payara Micro, against a bare echo endpoint and a
# durable floor (bench/echo, deployed beside ROOT.war at /echo: the floor verifies the body's HMAC
# and stores the raw body in the same database in one committed transaction). Also time to ready
# and RSS.
#
#   bench/webhooks.sh h2|postgres [SECONDS]
#
# Needs wrk (apt-get install -y wrk), a built target/ROOT.war (mvn -DskipTests package), and for
# postgres the machine's PostgreSQL at 127.0.0.1:5432 (database telltale_bench is recreated).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
SECS=${2:-20}
PORT=${BENCH_PORT:-18080}
CONNS=${BENCH_CONNECTIONS:-16}
SECRET=bench-greenhouse-secret
WORK=$(mktemp -d /tmp/telltale-bench.XXXXXX)
BODIES=$WORK/bodies.tsv

[ -f target/ROOT.war ] || mvn -q -DskipTests package
(cd bench/echo && mvn -q package)   # small; rebuilt so the floor is current
CANDIDATES=${BENCH_CANDIDATES:-60000}
PART=$(( CANDIDATES / 3 ))   # warm-up, measured run and constant-rate run each get their own third
python3 bench/signed_bodies.py "$CANDIDATES" "$SECRET" "$BODIES"

# the durable floor stores into the same kind of database: on H2 a file of its own written at every
# commit (WRITE_DELAY=0, the service's GroupCommit gives the same guarantee), on PostgreSQL the
# service's database
DBFLAGS=(-Dbench.floor.class=org.h2.jdbcx.JdbcDataSource
         "-Dbench.floor.url=jdbc:h2:file:$WORK/floor/floor;WRITE_DELAY=0"
         -Dbench.floor.user=floor -Dbench.floor.password=floor
         -Dbench.floor.secret=$SECRET)
if [ "$DB" = postgres ]; then
  # BENCH_PG_DATABASE names an existing database to run on as it is (e.g. the one bench/scale/run.sh
  # seeded with a million candidates); otherwise telltale_bench is recreated empty
  PGDB=${BENCH_PG_DATABASE:-telltale_bench}
  if [ -z "${BENCH_PG_DATABASE:-}" ]; then
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS telltale_bench" -c "CREATE DATABASE telltale_bench"
  fi
  DBFLAGS=(-Dbench.floor.class=org.postgresql.ds.PGSimpleDataSource
           -Dbench.floor.url=jdbc:postgresql://127.0.0.1:5432/$PGDB
           -Dbench.floor.user=postgres -Dbench.floor.password= -Dbench.floor.secret=$SECRET
           -Dtelltale.datasource.url=jdbc:postgresql://127.0.0.1:5432/$PGDB
           -Dtelltale.datasource.user=postgres -Dtelltale.datasource.password=
           -Dtelltale.linkage.secret=bench-linkage-secret-0123456789
           -Dtelltale.card.secret=bench-card-secret-0123456789)
fi

echo "machine: nproc=$(nproc) mem=$(free -m | awk '/Mem:/{print $2}')MB jdk=$(java -version 2>&1 | head -1) date=$(date -u +%FT%TZ)"
echo "load before: $(uptime)"
START=$(date +%s.%N)
# The deliveries name a resume attachment on Greenhouse's file host; fetching it would turn each
# request into a queued job and a network call, so the files are off (BENCH_FILES=true to keep them)
# and every request is screened inside the request, as a delivery without a file is.
java -Xmx1g ${BENCH_JVM_FLAGS:-} -Dtelltale.data.dir="$WORK/data" -Dtelltale.webhooks.greenhouse.secret=$SECRET "${DBFLAGS[@]}" \
  -Dtelltale.files.enabled=${BENCH_FILES:-false} \
  -jar target/payara-micro.jar --deploy target/ROOT.war --deploy bench/echo/target/echo.war \
  --port "$PORT" --nohazelcast > "$WORK/payara.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
  kill -0 $PID 2>/dev/null || { tail -50 "$WORK/payara.log"; exit 1; }
  if grep -q "Startup of context.*failed" "$WORK/payara.log"; then
    grep -m3 -A2 SEVERE "$WORK/payara.log"; exit 1   # the WAR did not deploy
  fi
  sleep 0.2
done
until curl -sf -o /dev/null -X POST --data '{}' "http://127.0.0.1:$PORT/echo/webhooks/greenhouse"; do sleep 0.2; done
echo "ready after $(echo "$(date +%s.%N) - $START" | bc) s; RSS $(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 )) MB"

cpu_ticks() { awk '{print $14 + $15}' /proc/$PID/stat; }
TICK=$(getconf CLK_TCK)
cpu_per_request() { # ticks-before ticks-after result-line: server CPU ms per request
  local n; n=$(echo "$3" | sed 's/.*requests=\([0-9]*\).*/\1/')
  echo "scale=2; ($2 - $1) * 1000 / $TICK / $n" | bc
}
run() { # url seconds first-body
  BODIES=$BODIES RUN_ID="$DB-$RANDOM$RANDOM" FIRST=${3:-0} COUNT=$PART \
    wrk -t2 -c"$CONNS" -d"$2"s -s bench/greenhouse.lua "$1" | grep RESULT
}
SCREEN="http://127.0.0.1:$PORT/webhooks/greenhouse"
ECHO="http://127.0.0.1:$PORT/echo/webhooks/greenhouse"
FLOOR="http://127.0.0.1:$PORT/echo/durable/webhooks/greenhouse"
run "$SCREEN" 20 0 > /dev/null   # warm-up (JIT), candidates of the first third
run "$ECHO" 10 > /dev/null
run "$FLOOR" 10 > /dev/null
C0=$(cpu_ticks); S=$(run "$SCREEN" "$SECS" "$PART"); C1=$(cpu_ticks)
SCPU=$(cpu_per_request "$C0" "$C1" "$S")
echo "screening $S server_cpu_ms_per_request=$SCPU"
# the measured run's candidates again, as an ATS sends a candidate's later events (identifiers
# unchanged); a re-screen run faster than the first one may go on to candidates not seen before
C0=$(cpu_ticks); R=$(run "$SCREEN" "$SECS" "$PART"); C1=$(cpu_ticks)
echo "re-screen $R server_cpu_ms_per_request=$(cpu_per_request "$C0" "$C1" "$R")"
RSS_LOAD=$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 ))
C0=$(cpu_ticks); E=$(run "$ECHO" "$SECS"); C1=$(cpu_ticks)
echo "echo      $E server_cpu_ms_per_request=$(cpu_per_request "$C0" "$C1" "$E")"
C0=$(cpu_ticks); F=$(run "$FLOOR" "$SECS" "$PART"); C1=$(cpu_ticks)
FCPU=$(cpu_per_request "$C0" "$C1" "$F")
echo "floor     $F server_cpu_ms_per_request=$FCPU"
SR=$(echo "$S" | sed 's/.*rps=\([0-9]*\).*/\1/'); ER=$(echo "$E" | sed 's/.*rps=\([0-9]*\).*/\1/')
FR=$(echo "$F" | sed 's/.*rps=\([0-9]*\).*/\1/')
echo "ratio screening/echo = $(echo "scale=2; $SR / $ER" | bc)"
echo "throughput ratio screening/floor = $(echo "scale=2; $SR / $FR" | bc)"
echo "server CPU per request ratio floor/screening = $(echo "scale=2; $FCPU / $SCPU" | bc) (1 = as cheap as the floor)"
echo "RSS after load $RSS_LOAD MB"
HALF=$(( SR / 2 ))
echo "constant rate $HALF/s (half of saturating; 5 s not counted first):"
java bench/ConstantRate.java "$SCREEN" "$HALF" "$SECS" "$BODIES" $(( 2 * PART ))
echo "load after: $(uptime)"
cp "$WORK/payara.log" /tmp/telltale-bench-last.log
echo "WARNING/SEVERE lines in server log: $(grep -cE 'WARNING|SEVERE' "$WORK/payara.log" || true)"
