#!/usr/bin/env bash
# The main job, end to end on local infrastructure: install what is missing, start PostgreSQL/Redis
# checks, Kafka, migrations and seed data, build and start every app, then run the demo's steps
# (deploy/local/demo-steps.sh). It can be run again on the same data: see demo-steps.sh.
# Scaled out: APP_INSTANCES=2 KAFKA_NODES=3 npm run demo (two instances of every app, a three-node Kafka).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
# Deadlines at demo pace, so that an unaccepted task escalates while you watch. The real defaults
# (red: accept in 15 minutes, first visit in 2 hours...) are in .env.example.
export DISPATCH_DEADLINES="${DEMO_DEADLINES:-red=20s/2m,orange=40s/10m,yellow=5m/30m,blue=30m/2h}"
export DISPATCH_REVISITS="${DEMO_REVISITS:-red=10m,orange=20m,yellow=1h,blue=none}"
export DISPATCH_RECONCILE_MS=10000

bash deploy/local/up.sh
# BullMQ job ids derive from the stored events, so queue state left in Redis by an earlier database
# would swallow this one's alerts as duplicates: with an empty database, start from empty queues.
# The apps restart so that they run with the demo's deadlines.
bash deploy/local/apps.sh stop >/dev/null
if [ "$(psql "$DATABASE_URL" -qtAc 'select count(*) from normalized_event')" = "0" ]; then
  redis-cli -u "$REDIS_URL" --scan --pattern "${HUB_INSTANCE}:*" | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null
fi
echo "[demo] building the apps"
npm run -s build >/dev/null
bash deploy/local/apps.sh start
if [ "${APP_INSTANCES:-1}" != 1 ] || [ "${KAFKA_NODES:-1}" != 1 ]; then
  echo "[demo] scaled out: ${APP_INSTANCES:-1} instance(s) of each app (ports +10 per instance), Kafka on ${KAFKA_NODES:-1} node(s) ($KAFKA_BROKERS)"
fi
CONSOLE="http://127.0.0.1:${GATEWAY_PORT:-3000}"
# The console signs in at Keycloak from the gateway's origin: let this port's pages do so.
node node_modules/tsx/dist/cli.mjs deploy/local/console-origin.ts add "$CONSOLE" | sed 's/^/[demo] /'
echo "[demo] demo deadlines: $DISPATCH_DEADLINES (accept/feedback per grade)"

bash deploy/local/demo-steps.sh

echo
echo "[demo] the duty officers' console: the county duty officer's live board in a browser, one more red 110 call published"
if bash deploy/local/chromium.sh; then
  (app_env operator && node node_modules/tsx/dist/cli.mjs deploy/local/console-board-check.ts "$CONSOLE") | sed 's/^/[demo] /'
else
  echo "[demo] (no chromium could be installed: the board is not timed; open the console yourself)"
fi
PASSWORD="$(secret demo-user-password)"
cat <<MSG

[demo] The console (值班台): $CONSOLE/console/   sign in with one of these (password: $PASSWORD):
  值班 duty officers (duty_officer): live alert board, tasks, escalations and manual dispatch, statistics of their area
    d4112020000001     湖滨区综治中心值班 county;  d4112020010001  乡镇（街道）值班 township;  d4112020010011  村（社区）值班 village
    d4112000000001     三门峡市综治中心值班 city;  d4112820000001  灵宝市综治中心值班 (another county)
  中心领导 centre leaders (centre_leader): statistics, escalations, supervision
    l4112020000001     湖滨区综治中心领导 county;  l4112000000001  三门峡市综治中心领导 city
  网格员 grid workers (grid_worker), on a phone or a narrow window: own tasks, accept, feedback
    w4112020010010011  湖滨区 新园社区 grid 1;  w4112020010010021  grid 2 of the same community;  w4112820010010011  灵宝市
  运维 operations (operations): queues, dead letters, Bull Board ($CONSOLE/ops/queues/ once opened from the console)
    ops-01
  审计 auditor (auditor): the trail of personal-data reads, through the API (GET /api/audit/reads with hubctl's token);
    audit-01           the console has no page for this role and says so
  Metrics: /metrics of each app (ingest ${INGEST_HEALTH_PORT:-3101}, risk ${RISK_HEALTH_PORT:-3102}, dispatch ${DISPATCH_HEALTH_PORT:-3103}, gateway ${GATEWAY_PORT:-3000}); Grafana dashboard and alert rules: deploy/monitoring/.

[demo] The hub is running. Every API call needs a token from the identity provider ($OIDC_ISSUER);
the realm's people (password in .local/secrets/demo-user-password) are listed in docs/security.md. Look further:
  T=\$(bash deploy/local/hubctl.sh token --as D4112020000001)          湖滨区 duty officer (also W4112020010010011, ops-01, audit-01, …)
  curl -s -H "authorization: Bearer \$T" 'http://127.0.0.1:${GATEWAY_PORT:-3000}/api/alerts?level=red&limit=5'   latest red alerts of 湖滨区, masked
  curl -s -H "authorization: Bearer \$T" 'http://127.0.0.1:${GATEWAY_PORT:-3000}/api/tasks?level=red&limit=5'    its grid tasks; /api/tasks/<id> for one
  curl -s -H "authorization: Bearer \$T" 'http://127.0.0.1:${GATEWAY_PORT:-3000}/api/manual-dispatch'            tasks waiting for a centre to assign
  curl -s http://127.0.0.1:${GATEWAY_PORT:-3000}/api/docs                                                      the OpenAPI document (routes, permissions)
  tail -f .local/terminal-inbox.jsonl                               what grid workers and duty officers received
  npm run -s stats                                                  the figures the city is judged by
  curl -s http://127.0.0.1:3101/metrics                             ingest counters (per feed, per rejection reason)
  curl -s http://127.0.0.1:3101/health                              Kafka, Redis, PostgreSQL, each reported
  tail -f .local/logs/*.log                                         JSON logs with correlation ids
  psql "$DATABASE_URL"    the stored events, assessments and tasks
Stop:  npm run infra:down        (apps, Kafka and Keycloak; add -- --clean to delete the demo's data)
MSG
