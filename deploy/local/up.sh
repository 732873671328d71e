#!/usr/bin/env bash
# Brings the local infrastructure up: dependencies, PostgreSQL + Redis, Kafka and its topics,
# the database schema and the area hierarchy. Idempotent: a second run reuses what is running.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
say() { echo "[up] $*"; }

say "Node.js $(node -v) ($(command -v node))"
source deploy/local/dependencies.sh
ensure_dependencies
if [ ! -f libs/persistence/src/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt libs/persistence/src/generated/prisma/client.ts ]; then
  npm run -s prisma:generate >/dev/null
fi

bash deploy/local/services.sh "${DATABASE_URL##*/}"
bash deploy/local/kafka.sh start
bash deploy/local/keycloak.sh start
(kafka_admin && npx tsx apps/hubctl/src/main.ts topics && npx tsx apps/hubctl/src/main.ts kafka-acls) | sed 's/^/[kafka] /'
npx prisma migrate deploy 2>&1 | grep -E "applied|No pending|Error" | sed 's/^/[prisma] /' || true
npx prisma migrate status >/dev/null 2>&1 || { echo "[up] ERROR: database migrations are not applied; run: npx prisma migrate deploy" >&2; exit 1; }
bash deploy/local/db-roles.sh
(app_env operator && npx tsx apps/hubctl/src/main.ts seed-areas) | sed 's/^/[areas] /'
say "infrastructure ready: PostgreSQL ${DATABASE_URL%%\?*}, Redis ${REDIS_URL} (user $REDIS_USERNAME), Kafka ${KAFKA_BROKERS} (SASL/SCRAM), identity provider $OIDC_ISSUER"
