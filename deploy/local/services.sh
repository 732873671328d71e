#!/usr/bin/env bash
# PostgreSQL and Redis: use the ones running on 127.0.0.1; start them if they are installed but down;
# create the databases the hub needs. Usage: services.sh [database ...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/env.sh"
say() { echo "[services] $*"; }
die() { echo "[services] ERROR: $*" >&2; exit 1; }

pg_base="${DATABASE_URL%/*}"
pg_up() { psql "$pg_base/postgres" -qtAc 'select 1' >/dev/null 2>&1; }
if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql >/dev/null 2>&1; then
    say "PostgreSQL is down; starting it"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 1 30); do pg_up && break; sleep 0.5; done
  fi
  pg_up || die "PostgreSQL does not answer at ${pg_base}. Install it (apt-get install -y postgresql) and start it, or set DATABASE_URL."
fi
command -v psql >/dev/null || die "psql not found: apt-get install -y postgresql-client"

for db in "$@"; do
  if [ "$(psql "$pg_base/postgres" -qtAc "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    psql "$pg_base/postgres" -qc "create database \"$db\"" && say "created database $db"
  fi
done

redis_host_port="${REDIS_URL#redis://}"; redis_host_port="${redis_host_port%%/*}"
redis_up() { (exec 3<>"/dev/tcp/${redis_host_port%:*}/${redis_host_port#*:}") 2>/dev/null && exec 3>&- 3<&-; }
if ! redis_up; then
  if command -v redis-server >/dev/null; then
    say "Redis is down; starting it"
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
    for _ in $(seq 1 20); do redis_up && break; sleep 0.25; done
  fi
  redis_up || die "Redis does not answer at ${redis_host_port}. Install it (apt-get install -y redis-server) and start it, or set REDIS_URL."
fi
# The hub's own Redis ACL user (BullMQ): its keys only (prefix hub…), no admin or dangerous commands.
# Added beside the machine's default user, which others rely on and which is left as it is; a password
# is added (never reset), so several checkouts on one machine each keep theirs. Redis keeps ACLs in
# memory only here, so this runs at every start.
redis-cli -u "$REDIS_URL" ACL SETUSER "$REDIS_USERNAME" on ">$(cat "$REDIS_PASSWORD_FILE")" '~hub*' resetchannels '&hub*' \
  +@all -@dangerous +info +client\|setname +client\|getname +client\|id +client\|list +memory\|usage >/dev/null \
  || die "could not create the Redis ACL user $REDIS_USERNAME"
say "PostgreSQL and Redis are up (Redis ACL user $REDIS_USERNAME)"
