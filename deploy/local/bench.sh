#!/usr/bin/env bash
# `npm run bench -- <name>`: prepares what the benchmarks need (as `npm test` does) and runs one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
export TEST_TEMPLATE_DATABASE="${TEST_TEMPLATE_DATABASE:-suyuan_hub_test_template}"
TEMPLATE_URL="${DATABASE_URL%/*}/$TEST_TEMPLATE_DATABASE"
{
  [ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund
  npm run -s prisma:generate
  bash deploy/local/services.sh "$TEST_TEMPLATE_DATABASE"
  bash deploy/local/kafka.sh start
  DATABASE_URL="$TEMPLATE_URL" npx prisma migrate deploy
  DATABASE_URL="$TEMPLATE_URL" npx tsx apps/hubctl/src/main.ts seed-areas
  npm run -s build
} >/dev/null
exec npx tsx test/bench/main.ts "$@"
