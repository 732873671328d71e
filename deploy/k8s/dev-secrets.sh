#!/usr/bin/env bash
# Fills deploy/k8s/base/secrets (git-ignored) for a trial cluster from this machine's local secrets
# (.local/secrets, deploy/local/secrets.sh), so that `kubectl apply -k deploy/k8s/overlays/dev` finds every
# file its secretGenerator names. A city's cluster puts its own values there instead (docs/deployment.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/secrets.sh"
OUT="$ROOT/deploy/k8s/base/secrets"
names=(person-hash-key redis-password pg-hub_owner)
for r in ingest risk dispatch gateway operator; do names+=("pg-hub_$r" "kafka-hub-$r"); done
for u in upstream-police110 upstream-court upstream-petition; do names+=("kafka-$u"); done
for n in "${names[@]}"; do
  src="$n"
  [ "$n" = redis-password ] && src=redis-suyuan-hub
  (umask 077 && secret "$src" >"$OUT/$n")
done
echo "[k8s] ${#names[@]} secret files written to $OUT (git-ignored)"
