#!/usr/bin/env bash
# Stops the hub's apps and the local Kafka broker. With --clean also deletes Kafka's data, the hub's
# databases and its Redis keys (jars stay cached in .local/kafka/libs). PostgreSQL and Redis keep running.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
bash deploy/local/apps.sh stop
if [ "${1:-}" = "--clean" ]; then
  bash deploy/local/kafka.sh clean
  bash deploy/local/keycloak.sh clean
  psql "${DATABASE_URL%/*}/postgres" -qc "drop database if exists \"${DATABASE_URL##*/}\"" && echo "[down] dropped database ${DATABASE_URL##*/}"
  redis-cli -u "$REDIS_URL" --scan --pattern "${HUB_INSTANCE}:*" | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null
  rm -rf .local/logs .local/sample
  echo "[down] cleaned"
else
  bash deploy/local/kafka.sh stop
  bash deploy/local/keycloak.sh stop
fi
