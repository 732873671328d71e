#!/usr/bin/env bash
# `npm run bench -- <name>`: prepares what the benchmarks need (as `npm test` does) and runs one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/env.sh
source deploy/local/test-services.sh >/dev/null
npm run -s build >/dev/null
exec npx tsx test/bench/main.ts "$@"
