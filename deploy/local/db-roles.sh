#!/usr/bin/env bash
# The apps' least-privilege PostgreSQL roles and their grants (deploy/sql/app-roles.sql), on the database
# given (default: the hub's), run as the migration role. Passwords come from .local/secrets.
# Usage: db-roles.sh [database-url]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/env.sh"
args=()
for r in ingest risk dispatch gateway operator; do args+=(-v "pw_$r=$(secret "pg-hub_$r")"); done
psql "${1:-$DATABASE_URL}" -qX -v ON_ERROR_STOP=1 "${args[@]}" -f "$ROOT/deploy/sql/app-roles.sql" >/dev/null
echo "[db-roles] app roles granted on ${1:-$DATABASE_URL}" | sed 's#//[^@]*@#//#'
