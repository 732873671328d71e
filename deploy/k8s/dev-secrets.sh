#!/usr/bin/env bash
# Fills deploy/k8s/base/secrets (git-ignored) for a trial cluster from this machine's local secrets
# (.local/secrets, deploy/local/secrets.sh), so that `kubectl apply -k deploy/k8s/overlays/dev` finds every
# file its secretGenerator names. A city's cluster puts its own values there instead (docs/deployment.md).
# K8S_SECRETS_OUT writes them elsewhere (the manifests' test does).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/secrets.sh"
OUT="${K8S_SECRETS_OUT:-$ROOT/deploy/k8s/base/secrets}"
mkdir -p "$OUT"
names=(person-hash-key redis-password redis-admin-password redis-sentinel-password pg-hub_owner)
for r in ingest risk dispatch gateway operator; do names+=("pg-hub_$r" "kafka-hub-$r"); done
for u in upstream-police110 upstream-court upstream-petition; do names+=("kafka-$u"); done
for n in "${names[@]}"; do
  src="$n"
  [ "$n" = redis-password ] && src=redis-suyuan-hub
  [ "$n" = redis-admin-password ] && src=redis-k8s-admin
  [ "$n" = redis-sentinel-password ] && src=redis-k8s-sentinel
  (umask 077 && secret "$src" >"$OUT/$n")
done
# The Redis operator's ACL file (Secret hub-redis-acl): Redis ignores requirepass once it reads an ACL file, so
# the default user (the operator, replication, the Sentinels) is given its password here too, and the hub's
# user the rules deploy/local/services.sh gives it. Passwords as SHA-256 hashes only.
HUB_REDIS_ACL_RULES='~hub* resetchannels &hub* +@all -@dangerous +info +client|setname +client|getname +client|id +client|list +memory|usage'
sha() { printf '%s' "$(cat "$OUT/$1")" | sha256sum | cut -d' ' -f1; }
(
  umask 077
  echo "user default on #$(sha redis-admin-password) ~* &* +@all"
  echo "user suyuan-hub on #$(sha redis-password) $HUB_REDIS_ACL_RULES"
) >"$OUT/redis-users.acl"
echo "[k8s] $((${#names[@]} + 1)) secret files written to $OUT (git-ignored)"
