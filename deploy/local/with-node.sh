#!/usr/bin/env bash
# Runs a command with the hub's Node LTS first on PATH (deploy/local/node.sh), for package.json scripts:
#   bash deploy/local/with-node.sh tsx apps/hubctl/src/main.ts ...
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node.sh"
exec "$@"
