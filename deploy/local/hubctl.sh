#!/usr/bin/env bash
# hubctl with the local environment of deploy/local/env.sh, as the operator (its own PostgreSQL role and Kafka user).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
app_env operator
exec node node_modules/tsx/dist/cli.mjs apps/hubctl/src/main.ts "$@"
