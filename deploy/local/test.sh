#!/usr/bin/env bash
# `npm test`: prepares everything the tests need on this machine (dependencies, PostgreSQL and Redis,
# Kafka, the migrated test template database, a build of the apps), runs lint and the type check,
# then every jest project: unit, integration (real PostgreSQL/Redis/Kafka) and e2e (running apps).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
source deploy/local/test-services.sh
# Test files clone the template into databases named after it (testDatabasePrefix, test/support/infra.ts);
# leftovers of an interrupted earlier run of this checkout are dropped first, only those nobody is connected
# to. Another checkout's (another template) are left alone: one just created is not yet connected to.
prefix="${TEST_TEMPLATE_DATABASE}_t_"
psql "${DATABASE_URL%/*}/postgres" -qtAc "select datname from pg_database d where left(datname, length('$prefix')) = '$prefix'
  and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)" | while read -r d; do
  psql "${DATABASE_URL%/*}/postgres" -qc "drop database if exists \"$d\"" 2>/dev/null || true
done

echo "[test] lint and type check"
npx eslint . --max-warnings 0
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
npx tsc --noEmit -p tsconfig.json
npx tsc --noEmit -p apps/console
echo "[test] building the apps for the e2e tests"
npm run -s build >/dev/null

if [ $# -gt 0 ]; then exec npx jest --runInBand "$@"; fi
# The Sentinel tests pass but leave a timer of BullMQ's Sentinel connections behind after the worker closes,
# which would keep jest from exiting: they run in a jest of their own that is told to exit, so the main run
# still shows any other handle left open.
npx jest --runInBand --testPathIgnorePatterns /node_modules/ '(redis-sentinel|redis-operator-settings)\.int-spec\.ts$'
npx jest --runInBand --forceExit libs/messaging/src/redis-sentinel.int-spec.ts test/k8s/redis-operator-settings.int-spec.ts
