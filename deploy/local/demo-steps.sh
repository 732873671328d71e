#!/usr/bin/env bash
# The demo's steps against a running hub (deploy/local/demo.sh starts it; the e2e test demo-rerun
# starts its own): generate a sample feed for 三门峡市, replay it on the three upstream topics with a
# few broken messages, wait for the pipeline, publish one red 110 call live and time it through every
# stage, let grid workers and duty officers act through the gateway API, wait for the live case
# (left unaccepted) to escalate on its deadline, print the statistics.
#
# Run again on the same hub: the sample is generated with the same seed, so its messages are the ones
# already stored (ingest stores a revision once; the broken ones are dead-lettered again); each run
# adds a fresh live case (a new 110 call from a new household), handles only the tasks still waiting
# to be accepted (saying what it skipped), and escalates that run's live case. Any step that does not
# happen makes the run fail.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
DAYS="${DEMO_DAYS:-3}"
PER_DAY="${DEMO_PER_DAY:-150}"
# hubctl as the operator: its own PostgreSQL role and Kafka user.
hub() (app_env operator && node node_modules/tsx/dist/cli.mjs apps/hubctl/src/main.ts "$@")

SAMPLE="${DEMO_SAMPLE_DIR:-.local/sample}"
# The sample is generated once and replayed as it is by every later run: its message keys carry dates counted back
# from the moment it was generated, so a sample generated again (even minutes later, across a midnight) would hold
# new keys and be stored as new events. `npm run infra:down -- --clean` deletes it with the rest.
SAMPLE_OPTIONS="days=$DAYS per-day=$PER_DAY"
if [ -f "$SAMPLE/police110.jsonl" ] && [ "$(cat "$SAMPLE/options" 2>/dev/null)" = "$SAMPLE_OPTIONS" ]; then
  echo "[demo] reusing the sample an earlier run generated ($SAMPLE, $SAMPLE_OPTIONS): its messages are stored once"
else
  hub generate --out "$SAMPLE" --days "$DAYS" --per-day "$PER_DAY" | sed 's/^/[demo] /'
  echo "$SAMPLE_OPTIONS" >"$SAMPLE/options"
fi
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
# Tasks created from here on (the live case) are left to their grid worker, who does not answer.
SINCE="$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)"
hub trace-red | sed 's/^/[demo] /'

echo
echo "[demo] grid workers and duty officers act through the gateway API on the tasks waiting (some left unaccepted)"
hub simulate-handling --created-before "$SINCE" | sed 's/^/[demo] /'
echo "[demo] waiting for an unaccepted task (the live case at least) to reach its deadline"
hub escalation --from "$SINCE" --wait "${DEMO_ESCALATION_WAIT:-120}" | sed 's/^/[demo] /'

echo
hub stats
