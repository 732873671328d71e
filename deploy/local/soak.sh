#!/usr/bin/env bash
# `npm run soak -- --rate 500 --minutes 10`: the hub under sustained load while things break (test/soak/soak.ts).
# Options: --rate N (events/s), --minutes M, --kafka-nodes 1|3 (default 3), --instances N (of every app, default 2),
#          --faults full|none (the fault schedule, default full; none: the same load and instances, no fault),
#          --idle-seconds S (everything up, nothing published, for S s first: the CPU table's idle baseline),
#          --drain-minutes D (longest wait for the pipeline to catch up, default 7), --profile ci (the short run
#          `npm test` makes). The report ends with the CPU each process used by role (cpu-sampler.ts). Exits non-zero when anything was lost or duplicated, the pipeline did not drain, or
#          the publisher fell short of the rate (the run then did not show it).
# Runs on a PostgreSQL, a Redis and Kafka of its own (free ports, data under .local/soak): the machine's shared
# services and other checkouts are never touched.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
[ -x /usr/lib/postgresql/15/bin/initdb ] || { echo "[soak] ERROR: PostgreSQL 15 server binaries missing (apt-get install -y postgresql-15)" >&2; exit 1; }
command -v redis-server >/dev/null || { echo "[soak] ERROR: redis-server missing (apt-get install -y redis-server)" >&2; exit 1; }
source deploy/local/dependencies.sh
ensure_dependencies
npm run -s build >/dev/null
exec node node_modules/tsx/dist/cli.mjs test/soak/soak.ts "$@"
