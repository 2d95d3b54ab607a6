#!/usr/bin/env bash
# Time from command to first served page (GET /login answering 200) and to the demo banner
# ("is ready", demo city loaded) for: a first start on an empty data folder, a restart, and a
# start after the JVM was killed with SIGKILL (the launcher must stop the PostgreSQL it left).
#
# usage: bench/startup.sh [jar]   (env: PORT=18080, LINLI_DATA_DIR=/tmp/linli-bench)
set -euo pipefail

jar=${1:-target/linli-0.1.0-SNAPSHOT.jar}
port=${PORT:-18080}
data=${LINLI_DATA_DIR:-/tmp/linli-bench}
log=$data.log
[ -f "$jar" ] || { echo "no $jar: run mvn -q -B package -DskipTests first" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

pid=
cleanup() { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" && wait "$pid" 2>/dev/null; true; }
trap cleanup EXIT

now_ms() { date +%s%3N; }

# Starts the jar (pid in $pid), waits for /login = 200 ($page ms) and then for the banner ($ready ms).
start() {
  local t0
  page='' ready=''
  t0=$(now_ms)
  PORT=$port LINLI_DATA_DIR=$data java -jar "$jar" >"$log" 2>&1 &
  pid=$!
  while [ -z "$ready" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the application exited; see $log" >&2; tail -n 40 "$log" >&2; exit 1; }
    if [ -z "$page" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ]; then
      page=$(( $(now_ms) - t0 ))
    fi
    if [ -n "$page" ] && grep -q 'is ready:' "$log"; then
      ready=$(( $(now_ms) - t0 ))
    fi
    [ $(( $(now_ms) - t0 )) -lt 180000 ] || { echo "no start within 180 s; see $log" >&2; exit 1; }
    sleep 0.1
  done
}

stop() {
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
}

leftover_postgres() { pgrep -f -- "-D $data/pg" || true; }

rm -rf "$data" && mkdir -p "$data"

start; first_page=$page first_ready=$ready
loaded=$(grep -o 'Demo city loaded:.*' "$log" || echo 'demo city not loaded')
stop

start; again_page=$page again_ready=$ready
stop

start
kill -KILL "$pid"; wait "$pid" 2>/dev/null || true; pid=
left=$(leftover_postgres | tr '\n' ' ')
start; killed_page=$page killed_ready=$ready
stopped_leftover=$(grep -c 'left running' "$log" || true)
stop
after=$(leftover_postgres | tr '\n' ' ')

cat <<JSON
{
  "firstStart": {"loginPageMs": $first_page, "readyMs": $first_ready, "log": "$loaded"},
  "restart": {"loginPageMs": $again_page, "readyMs": $again_ready},
  "afterKill9": {"loginPageMs": $killed_page, "readyMs": $killed_ready,
                 "postgresLeftByKilledJvm": "$left", "launcherStoppedIt": $stopped_leftover},
  "postgresAfterSigterm": "$after"
}
JSON
