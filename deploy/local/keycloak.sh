#!/usr/bin/env bash
# Keycloak, the local OpenID Connect provider, fetched from Maven Central (org.keycloak:keycloak-quarkus-dist)
# and run on the machine's Java 17 in development mode (embedded H2 under .local/keycloak).
# Usage: deploy/local/keycloak.sh start|stop|status|clean
# Idempotent: `start` reuses a server that already answers. The realm deploy/local/keycloak/suyuan-realm.json
# is imported on first start; its secrets (client secrets, the demo users' password) come from the
# environment that deploy/local/secrets.sh fills, never from the file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/secrets.sh"
VERSION="${KEYCLOAK_VERSION:-26.4.7}"
STATE="${KEYCLOAK_STATE_DIR:-$ROOT/.local/keycloak}"
HOME_DIR="$STATE/keycloak-$VERSION"
PORT="${KEYCLOAK_PORT:-8180}"
PIDFILE="$STATE/keycloak.pid"
LOG="$STATE/keycloak.out"
REALM_FILE="$ROOT/deploy/local/keycloak/suyuan-realm.json"
REALM="${KEYCLOAK_REALM:-suyuan}"

say() { echo "[keycloak] $*"; }
die() { echo "[keycloak] ERROR: $*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- 3<&-; }
running_pid() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && cat "$PIDFILE"; }
realm_ready() { curl -fsS "http://127.0.0.1:$PORT/realms/$REALM/.well-known/openid-configuration" >/dev/null 2>&1; }

fetch() {
  if [ -x "$HOME_DIR/bin/kc.sh" ]; then return; fi
  command -v mvn >/dev/null || die "mvn not found: install Maven (apt-get install -y maven) and a JDK 17"
  say "fetching Keycloak $VERSION from Maven Central (159 MB, first time only)"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -Dtransitive=false || die "Maven could not fetch Keycloak"
  local zip="${MAVEN_REPO:-$HOME/.m2/repository}/org/keycloak/keycloak-quarkus-dist/$VERSION/keycloak-quarkus-dist-$VERSION.zip"
  [ -f "$zip" ] || die "$zip missing after the Maven fetch"
  mkdir -p "$STATE"
  rm -rf "$STATE/unpack" && mkdir "$STATE/unpack"
  (cd "$STATE/unpack" && jar xf "$zip" 2>/dev/null || unzip -q "$zip") || die "could not unpack $zip"
  mv "$STATE/unpack/keycloak-$VERSION" "$HOME_DIR" && rm -rf "$STATE/unpack"
  chmod +x "$HOME_DIR"/bin/*.sh
}

start() {
  if realm_ready; then say "already running on 127.0.0.1:$PORT"; return; fi
  if port_open "$PORT"; then
    running_pid >/dev/null || die "port $PORT is taken by another process; stop it or set KEYCLOAK_PORT"
  else
    command -v java >/dev/null || die "java not found: install a JDK 17 (apt-get install -y openjdk-17-jre-headless)"
    fetch
    mkdir -p "$HOME_DIR/data/import"
    cp "$REALM_FILE" "$HOME_DIR/data/import/"
    say "starting on 127.0.0.1:$PORT (log: $LOG)"
    # Development mode: embedded H2, local caches, HTTP on loopback only. The heap is capped so that the
    # broker, PostgreSQL and the apps fit beside it on a small machine.
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
      JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m -XX:MaxMetaspaceSize=256m" \
      nohup "$HOME_DIR/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$PORT" \
      --http-management-port="$((PORT + 1))" --hostname-strict=false --cache=local --log-level=WARN \
      >"$LOG" 2>&1 </dev/null &
    echo $! >"$PIDFILE"
  fi
  # The first start builds Keycloak's optimized image (about 30 s more on a busy two-core machine).
  for _ in $(seq 1 360); do
    if realm_ready; then say "ready: http://127.0.0.1:$PORT/realms/$REALM"; return; fi
    running_pid >/dev/null || { tail -20 "$LOG" >&2; die "Keycloak exited during start-up"; }
    sleep 0.5
  done
  tail -20 "$LOG" >&2
  die "realm $REALM did not answer within 180 s"
}

stop() {
  local pid
  if ! pid=$(running_pid); then say "not running"; rm -f "$PIDFILE"; return; fi
  say "stopping pid $pid"
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; say "stopped"; return; }; sleep 0.5; done
  pkill -KILL -P "$pid" 2>/dev/null || true
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) if realm_ready; then say "running on 127.0.0.1:$PORT"; else say "not running"; exit 1; fi ;;
  # The realm is imported again on the next start (users, clients and their secrets as in the file).
  clean) stop; rm -rf "$HOME_DIR/data/h2"; say "realm data removed (server kept)" ;;
  *) die "usage: $0 start|stop|status|clean" ;;
esac
