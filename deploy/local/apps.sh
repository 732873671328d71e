#!/usr/bin/env bash
# Starts, stops or lists the hub's apps from the build in dist/. Logs: .local/logs/<app>.log (JSON lines).
# Usage: apps.sh start|stop|status
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
# `terminal` is the stand-in for the mobile-terminal and SMS gateways that deliveries go to (demo only).
APPS=(terminal ingest risk dispatch gateway)
declare -A PORT=([terminal]="${TERMINAL_PORT:-3180}" [ingest]="${INGEST_HEALTH_PORT:-3101}" [risk]="${RISK_HEALTH_PORT:-3102}" [dispatch]="${DISPATCH_HEALTH_PORT:-3103}" [gateway]="${GATEWAY_PORT:-3000}")
RUN="$ROOT/.local/run"; LOGS="$ROOT/.local/logs"
mkdir -p "$RUN" "$LOGS"
say() { echo "[apps] $*"; }

alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

start() {
  for app in "${APPS[@]}"; do
    if alive "$app"; then say "$app already running (pid $(cat "$RUN/$app.pid"))"; continue; fi
    if [ "$app" = terminal ]; then
      nohup node node_modules/tsx/dist/cli.mjs apps/hubctl/src/main.ts terminal-gateway --port "${PORT[terminal]}" \
        --out "$ROOT/.local/terminal-inbox.jsonl" >>"$LOGS/$app.log" 2>&1 </dev/null &
      echo $! >"$RUN/$app.pid"
      continue
    fi
    local main="dist/apps/$app/apps/$app/src/main.js"
    [ -f "$main" ] || { echo "[apps] ERROR: $main missing; run npm run build" >&2; exit 1; }
    # Each app with its own PostgreSQL role and Kafka user.
    (app_env "$app" && exec nohup node --enable-source-maps "$main" >>"$LOGS/$app.log" 2>&1 </dev/null) &
    echo $! >"$RUN/$app.pid"
  done
  for app in "${APPS[@]}"; do
    local ok=""
    for _ in $(seq 1 60); do
      if curl -fsS "http://127.0.0.1:${PORT[$app]}/health" >/dev/null 2>&1; then ok=1; break; fi
      alive "$app" || break
      sleep 0.5
    done
    if [ -z "$ok" ]; then
      echo "[apps] ERROR: $app did not become healthy; last log lines:" >&2
      tail -5 "$LOGS/$app.log" >&2
      exit 1
    fi
    say "$app healthy on http://127.0.0.1:${PORT[$app]}/health"
  done
}

stop() {
  for app in "${APPS[@]}"; do
    if alive "$app"; then
      local pid; pid=$(cat "$RUN/$app.pid")
      kill -TERM "$pid"
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
      say "$app stopped"
    fi
    rm -f "$RUN/$app.pid"
  done
}

case "${1:-status}" in
  start) start ;;
  stop) stop ;;
  status) for app in "${APPS[@]}"; do if alive "$app"; then say "$app running (pid $(cat "$RUN/$app.pid"))"; else say "$app stopped"; fi; done ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
