#!/usr/bin/env bash
# Single-node Apache Kafka (KRaft: broker and controller in one process) assembled from Maven Central.
# Usage: deploy/local/kafka.sh start|stop|status
# Idempotent: `start` reuses a broker that already answers; jars and the formatted log dir are cached
# under .local/kafka (git-ignored). Listens on 127.0.0.1 only.
# Clients authenticate with SASL/SCRAM-SHA-512 (one user per app and upstream, passwords generated into
# .local/secrets), the StandardAuthorizer checks ACLs (applied by `hubctl kafka-acls` from the contracts);
# the controller listener takes SASL/PLAIN (SCRAM credentials live in the metadata it serves).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/secrets.sh"
# Every SCRAM user of the local broker; hub-admin is the broker's own and the tools' super user.
KAFKA_USERS=(hub-admin hub-ingest hub-risk hub-dispatch hub-gateway hub-operator upstream-police110 upstream-court upstream-petition)
STATE="${KAFKA_STATE_DIR:-$ROOT/.local/kafka}"
LIBS="$STATE/libs"
DATA="$STATE/data"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
PIDFILE="$STATE/kafka.pid"
LOG="$STATE/kafka.out"

say() { echo "[kafka] $*"; }
die() { echo "[kafka] ERROR: $*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- 3<&-; }
running_pid() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && cat "$PIDFILE"; }

fetch_jars() {
  if [ -f "$LIBS/.complete" ]; then return; fi
  command -v mvn >/dev/null || die "mvn not found: install Maven (apt-get install -y maven) and a JDK 17 (apt-get install -y openjdk-17-jre-headless)"
  say "fetching Kafka jars from Maven Central into $LIBS (first time only)"
  mkdir -p "$LIBS"
  mvn -B -q -f "$ROOT/deploy/local/kafka/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$LIBS" || die "Maven could not fetch the Kafka jars (is Maven Central reachable?)"
  ls "$LIBS"/kafka_2.13-*.jar >/dev/null 2>&1 || die "kafka_2.13 jar missing after the Maven fetch"
  touch "$LIBS/.complete"
}

write_config() {
  mkdir -p "$DATA"
  local admin controller
  admin="$(secret kafka-hub-admin)"
  controller="$(secret kafka-controller)"
  (umask 077 && cat >"$STATE/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=SASL_PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$PORT
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="hub-admin" password="$admin";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$controller" user_controller="$controller";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:hub-admin;User:controller
allow.everyone.if.no.acl.found=false
log.dirs=$DATA
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
group.min.session.timeout.ms=1000
auto.create.topics.enable=false
delete.topic.enable=true
message.max.bytes=2097152
log.retention.check.interval.ms=60000
PROPS
  )
  cat >"$STATE/log4j.properties" <<'L4J'
log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaRaftServer=INFO
L4J
}

start() {
  # A broker started by an earlier version of this script (no SASL) is restarted with authentication.
  if running_pid >/dev/null && ! grep -q '^authorizer.class.name=' "$STATE/server.properties" 2>/dev/null; then
    say "the running broker has no SASL/ACLs: restarting it"
    stop
  fi
  if port_open "$PORT"; then
    if pid=$(running_pid); then say "already running (pid $pid) on 127.0.0.1:$PORT"; return; fi
    die "port $PORT is taken by another process; stop it or set KAFKA_PORT"
  fi
  command -v java >/dev/null || die "java not found: install a JDK 17 (apt-get install -y openjdk-17-jre-headless)"
  fetch_jars
  write_config
  # The SCRAM users are written into the metadata when the log dir is formatted; a dir formatted for
  # other users (or before SASL) holds only local demo data and is formatted again.
  local users=() marker
  for u in "${KAFKA_USERS[@]}"; do users+=(--add-scram "SCRAM-SHA-512=[name=$u,password=$(secret "kafka-$u")]"); done
  marker=$(printf '%s\n' "${users[@]}" | sha256sum | cut -c1-16)
  if [ -f "$DATA/meta.properties" ] && [ "$(cat "$STATE/scram-users" 2>/dev/null)" != "$marker" ]; then
    say "log dir was formatted for other users (or without SASL): formatting it again (local data dropped)"
    rm -rf "$DATA" && mkdir -p "$DATA"
  fi
  if [ ! -f "$DATA/meta.properties" ]; then
    local cluster_id
    cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    java -Dlog4j.configuration="file:$STATE/log4j.properties" -cp "$LIBS/*" kafka.tools.StorageTool format -t "$cluster_id" \
      -c "$STATE/server.properties" "${users[@]}" >/dev/null || die "could not format the log dir $DATA"
    echo "$marker" >"$STATE/scram-users"
  fi
  say "starting broker on 127.0.0.1:$PORT (log: $LOG)"
  nohup java -Xms256m -Xmx768m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$STATE/log4j.properties" -cp "$LIBS/*" kafka.Kafka "$STATE/server.properties" \
    >"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 120); do
    if grep -q "Kafka Server started" "$LOG" 2>/dev/null && port_open "$PORT"; then say "ready"; return; fi
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { tail -20 "$LOG" >&2; die "broker exited during start-up"; }
    sleep 0.5
  done
  tail -20 "$LOG" >&2
  die "broker did not report 'Kafka Server started' within 60 s"
}

stop() {
  local pid
  if ! pid=$(running_pid); then say "not running"; rm -f "$PIDFILE"; return; fi
  say "stopping pid $pid"
  kill -TERM "$pid"
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; say "stopped"; return; }; sleep 0.5; done
  say "no exit after 20 s; killing"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) if pid=$(running_pid); then say "running (pid $pid)"; else say "not running"; exit 1; fi ;;
  clean) stop; rm -rf "$DATA" "$STATE/server.properties"; say "log dir removed (jars kept)" ;;
  *) die "usage: $0 start|stop|status|clean" ;;
esac
