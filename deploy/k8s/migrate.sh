#!/bin/sh
# The migration Job's command (image suyuan-hub-migrate): applies committed Prisma migrations as the schema's
# owner, then the apps' least-privilege roles and grants (deploy/sql/app-roles.sql) with their passwords.
# Reads: PGHOST, PGPORT, PGDATABASE, MIGRATE_USER, and the passwords mounted under /run/secrets/hub.
set -eu
S=/run/secrets/hub
pw() { cat "$S/$1"; }
# The generated passwords are base64url (no character that needs escaping in a URL); a city's own must be too.
export DATABASE_URL="postgresql://$MIGRATE_USER:$(pw owner-password)@$PGHOST:$PGPORT/$PGDATABASE"
node_modules/.bin/prisma migrate deploy
PGPASSWORD="$(pw owner-password)" psql -h "$PGHOST" -p "$PGPORT" -U "$MIGRATE_USER" -d "$PGDATABASE" -qX -v ON_ERROR_STOP=1 \
  -v pw_ingest="$(pw ingest-password)" -v pw_risk="$(pw risk-password)" -v pw_dispatch="$(pw dispatch-password)" \
  -v pw_gateway="$(pw gateway-password)" -v pw_operator="$(pw operator-password)" -f deploy/sql/app-roles.sql
echo "[migrate] migrations and app roles applied on $PGHOST/$PGDATABASE"
