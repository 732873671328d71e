#!/usr/bin/env bash
# Starts, stops or lists the hub's apps from the build in dist/. Logs: .local/logs/<app>[-<i>].log (JSON lines).
# Usage: apps.sh start|stop|status
#        APP_INSTANCES=2 apps.sh start        two instances of each app (ingest, risk, dispatch, gateway): the
#                                             ingest and risk instances share their consumer group's partitions,
#                                             the dispatch instances take jobs from the same BullMQ queues.
#        apps.sh kill APP I | start-one APP I   SIGKILL instance I of APP (a crash), start it again
# Instance i listens on its app's port + 10·(i-1) (health, metrics; the gateway's API); instance 1 keeps the
# plain names of pid and log files.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
# `terminal` is the stand-in for the mobile-terminal and SMS gateways that deliveries go to (demo only).
APPS=(terminal ingest risk dispatch gateway)
INSTANCES="${APP_INSTANCES:-1}"
[[ "$INSTANCES" =~ ^[1-9]$ ]] || { echo "[apps] ERROR: APP_INSTANCES must be 1 to 9 (got $INSTANCES)" >&2; exit 2; }
declare -A PORT=([terminal]="${TERMINAL_PORT:-3180}" [ingest]="${INGEST_HEALTH_PORT:-3101}" [risk]="${RISK_HEALTH_PORT:-3102}" [dispatch]="${DISPATCH_HEALTH_PORT:-3103}" [gateway]="${GATEWAY_PORT:-3000}")
declare -A PORT_VAR=([ingest]=INGEST_HEALTH_PORT [risk]=RISK_HEALTH_PORT [dispatch]=DISPATCH_HEALTH_PORT [gateway]=GATEWAY_PORT)
RUN="$ROOT/.local/run"; LOGS="$ROOT/.local/logs"
mkdir -p "$RUN" "$LOGS"
say() { echo "[apps] $*"; }

# name APP I: the file name of instance I (app, app-2, app-3...).
name() { if [ "$2" = 1 ]; then echo "$1"; else echo "$1-$2"; fi; }
port() { echo $((PORT[$1] + 10 * ($2 - 1))); }
count() { if [ "$1" = terminal ]; then echo 1; else echo "$INSTANCES"; fi; }
alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }
# Every instance with a pid file (also those started with a larger APP_INSTANCES than now).
known() { for f in "$RUN/$1.pid" "$RUN/$1"-[0-9].pid; do [ -f "$f" ] && basename "$f" .pid; done; true; }

launch() {
  local app="$1" i="$2" n; n=$(name "$1" "$2")
  if alive "$n"; then say "$n already running (pid $(cat "$RUN/$n.pid"))"; return; fi
  if [ "$app" = terminal ]; then
    nohup node node_modules/tsx/dist/cli.mjs apps/hubctl/src/main.ts terminal-gateway --port "${PORT[terminal]}" \
      --out "$ROOT/.local/terminal-inbox.jsonl" >>"$LOGS/$n.log" 2>&1 </dev/null &
    echo $! >"$RUN/$n.pid"
    return
  fi
  local main="dist/apps/$app/apps/$app/src/main.js"
  [ -f "$main" ] || { echo "[apps] ERROR: $main missing; run npm run build" >&2; exit 1; }
  # Each app with its own PostgreSQL role and Kafka user.
  (app_env "$app" && export "${PORT_VAR[$app]}=$(port "$app" "$i")" && exec nohup node --enable-source-maps "$main" >>"$LOGS/$n.log" 2>&1 </dev/null) &
  echo $! >"$RUN/$n.pid"
}

await_healthy() {
  local app="$1" i="$2" n ok=""; n=$(name "$1" "$2")
  for _ in $(seq 1 90); do
    if curl -fsS "http://127.0.0.1:$(port "$app" "$i")/health" >/dev/null 2>&1; then ok=1; break; fi
    alive "$n" || break
    sleep 0.5
  done
  if [ -z "$ok" ]; then
    echo "[apps] ERROR: $n did not become healthy; last log lines:" >&2
    tail -5 "$LOGS/$n.log" >&2
    exit 1
  fi
  say "$n healthy on http://127.0.0.1:$(port "$app" "$i")/health"
}

start() {
  for app in "${APPS[@]}"; do for i in $(seq 1 "$(count "$app")"); do launch "$app" "$i"; done; done
  for app in "${APPS[@]}"; do for i in $(seq 1 "$(count "$app")"); do await_healthy "$app" "$i"; done; done
  [ "$INSTANCES" = 1 ] || say "$INSTANCES instances of each app: ingest and risk share their consumer groups ($HUB_INSTANCE.ingest, $HUB_INSTANCE.risk), dispatch its BullMQ queues"
}

stop_one() {
  local n="$1"
  if alive "$n"; then
    local pid; pid=$(cat "$RUN/$n.pid")
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    say "$n stopped"
  fi
  rm -f "$RUN/$n.pid"
}

stop() { for app in "${APPS[@]}"; do for n in $(known "$app"); do stop_one "$n"; done; done; }

case "${1:-status}" in
  start) start ;;
  stop) stop ;;
  status) for app in "${APPS[@]}"; do for n in $(known "$app"); do if alive "$n"; then say "$n running (pid $(cat "$RUN/$n.pid"))"; else say "$n stopped"; fi; done; done ;;
  kill)
    n=$(name "${2:?app}" "${3:-1}")
    alive "$n" || { say "$n is not running"; exit 1; }
    kill -KILL "$(cat "$RUN/$n.pid")" && say "$n killed (SIGKILL)" ;;
  start-one) launch "${2:?app}" "${3:-1}" && await_healthy "$2" "${3:-1}" ;;
  *) echo "usage: $0 start|stop|status|kill APP I|start-one APP I" >&2; exit 2 ;;
esac
