#!/usr/bin/env bash
# The main job, end to end on local infrastructure: install what is missing, start PostgreSQL/Redis
# checks, Kafka, migrations and seed data, build and start every app, generate a sample feed for
# 三门峡市, replay it on the three upstream topics, and print what came out.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
DAYS="${DEMO_DAYS:-3}"
PER_DAY="${DEMO_PER_DAY:-150}"
# Deadlines at demo pace, so that an unaccepted task escalates while you watch. The real defaults
# (red: accept in 15 minutes, first visit in 2 hours...) are in .env.example.
export DISPATCH_DEADLINES="${DEMO_DEADLINES:-red=20s/2m,orange=40s/10m,yellow=5m/30m,blue=30m/2h}"
export DISPATCH_REVISITS="${DEMO_REVISITS:-red=10m,orange=20m,yellow=1h,blue=none}"
export DISPATCH_RECONCILE_MS=10000
hub() (app_env operator && node node_modules/tsx/dist/cli.mjs apps/hubctl/src/main.ts "$@")

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
echo "[demo] demo deadlines: $DISPATCH_DEADLINES (accept/feedback per grade)"

SAMPLE=.local/sample
hub generate --out "$SAMPLE" --days "$DAYS" --per-day "$PER_DAY" | sed 's/^/[demo] /'
# A few messages that break the contract, to show where they go.
printf '%s\n' 'this is not json' '{"schemaVersion":9,"incidentNo":"J411202X"}' '{"schemaVersion":1,"incidentNo":"J4112020001","revision":1}' >"$SAMPLE/broken.jsonl"
for feed in police110 court petition; do
  hub replay --feed "$feed" "$SAMPLE/$feed.jsonl" | sed "s/^/[demo] $feed: /"
done
hub replay --feed police110 "$SAMPLE/broken.jsonl" | sed 's/^/[demo] broken: /'

echo "[demo] waiting for the pipeline to drain"
hub report --wait 120
hub redrive --feed police110 --dry-run | sed 's/^/[demo] /'

echo
echo "[demo] one red case, live: a 110 call followed through every stage"
hub trace-red | sed 's/^/[demo] /'

echo
echo "[demo] grid workers and duty officers act through the gateway API (some tasks left unaccepted)"
SINCE="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
hub simulate-handling | sed 's/^/[demo] /'
echo "[demo] waiting for an unaccepted task to reach its deadline"
hub escalation --from "$SINCE" --wait 120 | sed 's/^/[demo] /'

echo
hub stats
cat <<MSG

[demo] The hub is running. Look further:
  curl -s 'http://127.0.0.1:3000/api/alerts?level=red&limit=5'    latest red alerts, masked
  curl -s http://127.0.0.1:3000/api/queues                          BullMQ queue depths
  curl -s 'http://127.0.0.1:3000/api/tasks?level=red&limit=5'       grid tasks; /api/tasks/<id> for one with its events
  curl -s 'http://127.0.0.1:3000/api/manual-dispatch'               tasks waiting for a township centre to assign
  curl -s 'http://127.0.0.1:3000/api/deliveries?status=failed'      failed deliveries (POST /api/deliveries/<id>/retry)
  tail -f .local/terminal-inbox.jsonl                               what grid workers and duty officers received
  npm run -s stats                                                  the figures the city is judged by
  curl -s http://127.0.0.1:3101/metrics                             ingest counters (per feed, per rejection reason)
  curl -s http://127.0.0.1:3101/health                              Kafka, Redis, PostgreSQL, each reported
  tail -f .local/logs/*.log                                         JSON logs with correlation ids
  psql "$DATABASE_URL"    the stored events, assessments and tasks
Stop:  npm run infra:down        (apps and Kafka; add -- --clean to delete the demo's data)
MSG
