#!/usr/bin/env bash
# Start-up time and resident memory of Telltale against a bare JAX-RS WAR (bench/bare-war) on the
# same Payara Micro (target/payara-micro.jar) with the same JVM and Payara flags, alternated
# ROUNDS times (Telltale, bare, Telltale, bare, ...), one server at a time, before any traffic.
#
#   bench/startup.sh [ROUNDS]          # default 2
#
# Ready = /health/ready answers 200 and the application itself answers (Telltale: 401 from
# /api/v1/screenings without a credential; bare: 200 from /bare/ping), polled every 0.1 s from
# the moment java is started. CPU = user+system time of the java process up to ready (from
# /proc/PID/stat; other load on the machine moves it far less than the wall time). RSS = VmRSS of
# the java process from /proc/PID/status, at ready and SETTLE seconds later. Needs a built
# target/ROOT.war (mvn -DskipTests package) and Maven for bench/bare-war. STARTUP_JVM_FLAGS (default -Xmx1g, as bench/webhooks.sh) go to both servers.
# STARTUP_CDS=1: first one training start of each WAR writes its own dynamic class-data-sharing
# archive (-XX:ArchiveClassesAtExit, as the Dockerfile does for the image), then every measured
# start of that WAR uses it (-XX:SharedArchiveFile): the same JVM flags for both servers.
# STARTUP_BEFORE=<war> (without CDS): every round also starts that earlier Telltale WAR first, so a
# change is measured against itself and the same bare WAR in one run (before, telltale, bare).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-2}
PORT=${BENCH_PORT:-18090}
SETTLE=${STARTUP_SETTLE:-10}
read -r -a JVM_FLAGS <<< "${STARTUP_JVM_FLAGS:--Xmx1g}"
PAYARA_FLAGS=(--nohazelcast --port "$PORT")   # the flags pom.xml records in target/telltale.jar
WORK=$(mktemp -d /tmp/telltale-startup.XXXXXX)

[ -f target/ROOT.war ] && [ -f target/payara-micro.jar ] || mvn -q -DskipTests package
[ -f bench/bare-war/target/bare.war ] || (cd bench/bare-war && mvn -q package)


status() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT$1" || true; }
cpu_s() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$PID/stat"; }
rss_mb() { awk '/VmRSS/{printf "%d", $2 / 1024}' "/proc/$PID/status"; }
now() { date +%s.%N; }

CDS=${STARTUP_CDS:-0}
BEFORE=
if [ -n "${STARTUP_BEFORE:-}" ]; then   # deployed as ROOT.war, like target/ROOT.war, at the root path
  mkdir -p "$WORK/before" && cp "$STARTUP_BEFORE" "$WORK/before/ROOT.war" && BEFORE=$WORK/before/ROOT.war
fi
measure() { # runs in a subshell; name war app-path app-status [extra JVM flag] -> "name ready_s cpu_s rss_mb rss_settled_mb"
  local name=$1 war=$2 path=$3 want=$4 extra=${5:-} log="$WORK/$1-$RANDOM.log" start
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "port $PORT is in use" >&2; exit 1
  fi
  start=$(now)
  java "${JVM_FLAGS[@]}" ${extra:+"$extra"} -Dtelltale.data.dir="$WORK/data-$RANDOM" \
    -jar target/payara-micro.jar --deploy "$war" "${PAYARA_FLAGS[@]}" > "$log" 2>&1 &
  PID=$!
  trap 'kill "$PID" 2>/dev/null || true' EXIT   # measure runs in a subshell: stop its server
  until [ "$(status /health/ready)" = 200 ] && [ "$(status "$path")" = "$want" ]; do
    kill -0 "$PID" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
    if grep -q "Startup of context.*failed" "$log"; then grep -m3 -A2 SEVERE "$log" >&2; exit 1; fi
    sleep 0.1
  done
  local ready cpu rss1 rss2
  ready=$(awk -v a="$start" -v b="$(now)" 'BEGIN{printf "%.1f", b - a}')
  cpu=$(cpu_s)
  rss1=$(rss_mb)
  sleep "$SETTLE"
  rss2=$(rss_mb)
  kill "$PID"; wait "$PID" 2>/dev/null || true
  echo "$name $ready $cpu $rss1 $rss2"
}

echo "machine: nproc=$(nproc) mem=$(free -m | awk '/Mem:/{print $2}')MB jdk=$(java -version 2>&1 | head -1) date=$(date -u +%FT%TZ)"
echo "flags: java ${JVM_FLAGS[*]} -jar target/payara-micro.jar --deploy <war> ${PAYARA_FLAGS[*]}"
echo "load before: $(uptime)"
TCDS= BCDS=
if [ "$CDS" = 1 ]; then   # training starts, not measured: each WAR writes its own archive at exit
  SETTLE=0 measure train-telltale target/ROOT.war /api/v1/screenings 401 "-XX:ArchiveClassesAtExit=$WORK/telltale.jsa" > /dev/null
  SETTLE=0 measure train-bare bench/bare-war/target/bare.war /bare/ping 200 "-XX:ArchiveClassesAtExit=$WORK/bare.jsa" > /dev/null
  TCDS="-XX:SharedArchiveFile=$WORK/telltale.jsa" BCDS="-XX:SharedArchiveFile=$WORK/bare.jsa"
  echo "CDS archives: telltale $(du -m "$WORK/telltale.jsa" | cut -f1) MB, bare $(du -m "$WORK/bare.jsa" | cut -f1) MB"
fi
printf '%-8s %7s %6s %7s %7s\n' run ready_s cpu_s rss_MB "rss+${SETTLE}s"
for ((i = 1; i <= ROUNDS; i++)); do
  if [ -n "$BEFORE" ]; then
    p=$(measure before "$BEFORE" /api/v1/screenings 401)
  fi
  t=$(measure telltale target/ROOT.war /api/v1/screenings 401 "$TCDS")
  b=$(measure bare bench/bare-war/target/bare.war /bare/ping 200 "$BCDS")
  for line in "$t" "$b"; do printf '%-8s %7s %6s %7s %7s\n' $line; done
  read -r _ tr tc tm1 tm2 <<< "$t"; read -r _ br bc bm1 bm2 <<< "$b"
  awk -v r="$i" -v tr="$tr" -v br="$br" -v tc="$tc" -v bc="$bc" -v tm1="$tm1" -v bm1="$bm1" -v tm2="$tm2" -v bm2="$bm2" \
    'BEGIN{printf "round %d ratio telltale/bare: ready %.2f, CPU to ready %.2f, RSS at ready %.2f, RSS settled %.2f\n", r, tr/br, tc/bc, tm1/bm1, tm2/bm2}'
  if [ -n "$BEFORE" ]; then
    printf '%-8s %7s %6s %7s %7s\n' $p
    read -r _ pr pc pm1 pm2 <<< "$p"
    awk -v r="$i" -v tr="$pr" -v br="$br" -v tc="$pc" -v bc="$bc" -v tm1="$pm1" -v bm1="$bm1" -v tm2="$pm2" -v bm2="$bm2" \
      'BEGIN{printf "round %d ratio before/bare: ready %.2f, CPU to ready %.2f, RSS at ready %.2f, RSS settled %.2f\n", r, tr/br, tc/bc, tm1/bm1, tm2/bm2}'
  fi
done
echo "load after: $(uptime)"
rm -rf "$WORK"
