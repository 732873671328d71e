#!/usr/bin/env bash
# hubctl with the local environment (database, Redis, Kafka, development hash key) of deploy/local/env.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
exec node node_modules/tsx/dist/cli.mjs apps/hubctl/src/main.ts "$@"
