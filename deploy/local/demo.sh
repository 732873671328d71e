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

bash deploy/local/up.sh
# BullMQ job ids derive from the stored events, so queue state left in Redis by an earlier database
# would swallow this one's alerts as duplicates: with an empty database, start from empty queues.
if [ "$(psql "$DATABASE_URL" -qtAc 'select count(*) from normalized_event')" = "0" ]; then
  bash deploy/local/apps.sh stop >/dev/null
  redis-cli -u "$REDIS_URL" --scan --pattern "${HUB_INSTANCE}:*" | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null
fi
echo "[demo] building the apps"
npm run -s build >/dev/null
bash deploy/local/apps.sh start

SAMPLE=.local/sample
npx tsx apps/hubctl/src/main.ts generate --out "$SAMPLE" --days "$DAYS" --per-day "$PER_DAY" | sed 's/^/[demo] /'
# A few messages that break the contract, to show where they go.
printf '%s\n' 'this is not json' '{"schemaVersion":9,"incidentNo":"J411202X"}' '{"schemaVersion":1,"incidentNo":"J4112020001","revision":1}' >"$SAMPLE/broken.jsonl"
for feed in police110 court petition; do
  npx tsx apps/hubctl/src/main.ts replay --feed "$feed" "$SAMPLE/$feed.jsonl" | sed "s/^/[demo] $feed: /"
done
npx tsx apps/hubctl/src/main.ts replay --feed police110 "$SAMPLE/broken.jsonl" | sed 's/^/[demo] broken: /'

echo "[demo] waiting for the pipeline to drain"
npx tsx apps/hubctl/src/main.ts report --wait 120
npx tsx apps/hubctl/src/main.ts redrive --feed police110 --dry-run | sed 's/^/[demo] /'
cat <<MSG

[demo] The hub is running. Look further:
  curl -s 'http://127.0.0.1:3000/api/alerts?level=red&limit=5'    latest red alerts, masked
  curl -s http://127.0.0.1:3000/api/queues                          BullMQ queue depths
  curl -s http://127.0.0.1:3101/metrics                             ingest counters (per feed, per rejection reason)
  curl -s http://127.0.0.1:3101/health                              Kafka, Redis, PostgreSQL, each reported
  tail -f .local/logs/*.log                                         JSON logs with correlation ids
  psql "$DATABASE_URL"    the stored events, assessments and tasks
Stop:  npm run infra:down        (apps and Kafka; add -- --clean to delete the demo's data)
MSG
