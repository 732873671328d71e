#!/usr/bin/env bash
# Sourced by test.sh and bench.sh: dependencies, PostgreSQL and Redis, Kafka, and the migrated and
# seeded template database that each test file or benchmark clones.
export TEST_TEMPLATE_DATABASE="${TEST_TEMPLATE_DATABASE:-suyuan_hub_test_template}"
TEMPLATE_URL="${DATABASE_URL%/*}/$TEST_TEMPLATE_DATABASE"
source deploy/local/dependencies.sh
ensure_dependencies
npm run -s prisma:generate >/dev/null
bash deploy/local/services.sh "$TEST_TEMPLATE_DATABASE"
bash deploy/local/kafka.sh start
bash deploy/local/keycloak.sh start
bash deploy/local/chromium.sh
(kafka_admin && npx tsx apps/hubctl/src/main.ts kafka-acls) | sed 's/^/[test] /'
DATABASE_URL="$TEMPLATE_URL" npx prisma migrate deploy 2>&1 | grep -E "applied|No pending|rror" | sed 's/^/[test] /' || true
bash deploy/local/db-roles.sh "$TEMPLATE_URL" | sed 's/^/[test] /'
(DATABASE_URL="$TEMPLATE_URL" && app_env operator && npx tsx apps/hubctl/src/main.ts seed-areas) | sed 's/^/[test] /'
