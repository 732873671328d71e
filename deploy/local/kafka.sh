#!/usr/bin/env bash
# Apache Kafka (KRaft: broker and controller in one process per node) assembled from Maven Central.
# Usage: deploy/local/kafka.sh start|stop|status|clean            one node (the default, the demo's)
#        KAFKA_NODES=3 deploy/local/kafka.sh start|stop|status|clean  a three-node cluster from the same jars
#        KAFKA_NODES=3 deploy/local/kafka.sh kill-node|start-node N   (fault injection: SIGKILL one node, start it again)
# Idempotent: `start` reuses brokers that already answer; jars and the formatted log dirs are cached
# under .local/kafka (git-ignored). Listens on 127.0.0.1 only. Node i of the cluster listens on
# KAFKA_PORT + 2(i-1) (controller: KAFKA_CONTROLLER_PORT + 2(i-1)); deploy/local/env.sh then lists all
# three in KAFKA_BROKERS. In the cluster, topics get replication factor 3 and min.insync.replicas 2
# (ensureTopics, libs/messaging), so a node can be down while acks=all writes still land on two.
# Clients authenticate with SASL/SCRAM-SHA-512 (one user per app and upstream, passwords generated into
# .local/secrets), the StandardAuthorizer checks ACLs (applied by `hubctl kafka-acls` from the contracts);
# the controller listener takes SASL/PLAIN (SCRAM credentials live in the metadata it serves).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/secrets.sh"
# Every SCRAM user of the local broker; hub-admin is the broker's own and the tools' super user.
KAFKA_USERS=(hub-admin hub-ingest hub-risk hub-dispatch hub-gateway hub-operator upstream-police110 upstream-court upstream-petition)
BASE="${KAFKA_STATE_DIR:-$ROOT/.local/kafka}"
LIBS="${KAFKA_LIBS_DIR:-$BASE/libs}"
NODES="${KAFKA_NODES:-1}"
BASE_PORT="${KAFKA_PORT:-9092}"
BASE_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
case "$NODES" in 1 | 3) ;; *) echo "[kafka] ERROR: KAFKA_NODES must be 1 or 3 (got $NODES)" >&2; exit 1 ;; esac

# use_node I: points the variables below at node I (1 for the single broker, whose files keep their old place).
use_node() {
  NODE="$1"
  if [ "$NODES" = 1 ]; then STATE="$BASE"; else STATE="$BASE/cluster/node-$NODE"; fi
  DATA="$STATE/data"
  PORT=$((BASE_PORT + 2 * (NODE - 1)))
  CONTROLLER_PORT=$((BASE_CONTROLLER_PORT + 2 * (NODE - 1)))
  PIDFILE="$STATE/kafka.pid"
  LOG="$STATE/kafka.out"
}
use_node 1

say() { if [ "$NODES" = 1 ]; then echo "[kafka] $*"; else echo "[kafka node $NODE] $*"; fi; }
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
  local admin controller voters="" rf=1 isr=1 i
  admin="$(secret kafka-hub-admin)"
  controller="$(secret kafka-controller)"
  for i in $(seq 1 "$NODES"); do voters+="${voters:+,}$i@127.0.0.1:$((BASE_CONTROLLER_PORT + 2 * (i - 1)))"; done
  if [ "$NODES" -ge 3 ]; then rf=3; isr=2; fi
  (umask 077 && cat >"$STATE/server.properties" <<PROPS
process.roles=broker,controller
node.id=$NODE
controller.quorum.voters=$voters
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
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$isr
default.replication.factor=$rf
min.insync.replicas=$isr
unclean.leader.election.enable=false
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

# The SCRAM users are written into the metadata when a log dir is formatted; the marker tells which.
scram_args() {
  USERS_ARGS=()
  for u in "${KAFKA_USERS[@]}"; do USERS_ARGS+=(--add-scram "SCRAM-SHA-512=[name=$u,password=$(secret "kafka-$u")]"); done
  MARKER=$(printf '%s\n' "${USERS_ARGS[@]}" | sha256sum | cut -c1-16)
}

# launch CLUSTER_ID: formats node $NODE's log dir if needed and starts its process (does not wait).
# The id is given with `=`: a base64url id may begin with "-", which the tool would otherwise read as an option.
launch() {
  local cluster_id="$1"
  write_config
  if [ ! -f "$DATA/meta.properties" ]; then
    java -Dlog4j.configuration="file:$STATE/log4j.properties" -cp "$LIBS/*" kafka.tools.StorageTool format --cluster-id="$cluster_id" \
      -c "$STATE/server.properties" "${USERS_ARGS[@]}" >/dev/null || die "could not format the log dir $DATA"
    echo "$MARKER" >"$STATE/scram-users"
  fi
  say "starting broker on 127.0.0.1:$PORT (log: $LOG)"
  : >"$LOG"
  # Three nodes share two cores with the apps in cluster mode: smaller heaps.
  local heap=-Xmx768m
  [ "$NODES" = 1 ] || heap=-Xmx512m
  nohup java -Xms256m "$heap" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$STATE/log4j.properties" -cp "$LIBS/*" kafka.Kafka "$STATE/server.properties" \
    >"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
}

wait_ready() {
  for _ in $(seq 1 180); do
    if grep -q "Kafka Server started" "$LOG" 2>/dev/null && port_open "$PORT"; then say "ready"; return; fi
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { tail -20 "$LOG" >&2; die "broker exited during start-up"; }
    sleep 0.5
  done
  tail -20 "$LOG" >&2
  die "broker did not report 'Kafka Server started' within 90 s"
}

start() {
  # The single broker and the cluster's first node share KAFKA_PORT: only one of the two at a time.
  local other="$BASE/kafka.pid"
  [ "$NODES" = 1 ] && other="$BASE/cluster/node-1/kafka.pid"
  if [ -f "$other" ] && kill -0 "$(cat "$other")" 2>/dev/null; then
    die "the $([ "$NODES" = 1 ] && echo three-node cluster || echo single broker) of this checkout is running; stop it first ($([ "$NODES" = 1 ] && echo "KAFKA_NODES=3 ")bash deploy/local/kafka.sh stop)"
  fi
  # A broker started by an earlier version of this script (no SASL) is restarted with authentication.
  if running_pid >/dev/null && ! grep -q '^authorizer.class.name=' "$STATE/server.properties" 2>/dev/null; then
    say "the running broker has no SASL/ACLs: restarting it"
    stop
  fi
  command -v java >/dev/null || die "java not found: install a JDK 17 (apt-get install -y openjdk-17-jre-headless)"
  fetch_jars
  scram_args
  # A log dir formatted for other users (or before SASL) holds only local data and is formatted again; in the
  # cluster, all nodes together (they share one cluster id).
  local i stale="" started=() cluster_id
  for i in $(seq 1 "$NODES"); do
    use_node "$i"
    if [ -f "$DATA/meta.properties" ] && [ "$(cat "$STATE/scram-users" 2>/dev/null)" != "$MARKER" ]; then stale=1; fi
  done
  if [ -n "$stale" ]; then
    for i in $(seq 1 "$NODES"); do
      use_node "$i"
      if running_pid >/dev/null; then stop; fi
      say "log dir was formatted for other users (or without SASL): formatting it again (local data dropped)"
      rm -rf "$DATA"
    done
  fi
  cluster_id=$(cat "$BASE/cluster/cluster-id" 2>/dev/null || true)
  if [ "$NODES" = 1 ] || [ -z "$cluster_id" ] || [ -n "$stale" ]; then
    cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    if [ "$NODES" != 1 ]; then mkdir -p "$BASE/cluster" && echo "$cluster_id" >"$BASE/cluster/cluster-id"; fi
  fi
  for i in $(seq 1 "$NODES"); do
    use_node "$i"
    if port_open "$PORT"; then
      if pid=$(running_pid); then say "already running (pid $pid) on 127.0.0.1:$PORT"; continue; fi
      die "port $PORT is taken by another process; stop it or set KAFKA_PORT"
    fi
    launch "$cluster_id"
    started+=("$i")
  done
  # The nodes of a cluster only finish starting once a quorum of controllers is up: wait after launching all.
  for i in "${started[@]}"; do use_node "$i"; wait_ready; done
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

each_node() { local i; for i in $(seq 1 "$NODES"); do use_node "$i"; "$@"; done; }
status_node() { if pid=$(running_pid); then say "running (pid $pid) on 127.0.0.1:$PORT"; else say "not running"; return 1; fi; }
node_arg() { [[ "${1:-}" =~ ^[1-9]$ ]] && [ "$1" -le "$NODES" ] || die "give a node number from 1 to $NODES"; use_node "$1"; }

case "${1:-start}" in
  start) start ;;
  # Stops the single broker and the cluster's nodes alike, whichever of the two runs.
  stop)
    for NODES in 1 3; do
      for i in $(seq 1 "$NODES"); do use_node "$i"; if running_pid >/dev/null || [ "$NODES" = "${KAFKA_NODES:-1}" ]; then stop; fi; done
    done ;;
  status) rc=0; for i in $(seq 1 "$NODES"); do use_node "$i"; status_node || rc=1; done; exit $rc ;;
  clean) each_node stop; for i in $(seq 1 "$NODES"); do use_node "$i"; rm -rf "$DATA" "$STATE/server.properties"; done; rm -f "$BASE/cluster/cluster-id"; say "log dirs removed (jars kept)" ;;
  kill-node) node_arg "${2:-}"; if pid=$(running_pid); then kill -KILL "$pid"; rm -f "$PIDFILE"; say "killed (SIGKILL) pid $pid"; else say "not running"; fi ;;
  start-node)
    node_arg "${2:-}"
    if running_pid >/dev/null; then say "already running"
    elif [ "$NODES" = 1 ]; then start
    else
      [ -f "$BASE/cluster/cluster-id" ] || die "the cluster was never started"
      scram_args && launch "$(cat "$BASE/cluster/cluster-id")" && wait_ready
    fi ;;
  *) die "usage: $0 start|stop|status|clean|kill-node N|start-node N" ;;
esac
