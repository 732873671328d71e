-- Least-privilege PostgreSQL roles, one per app. The migration role (the schema's owner, which runs
-- `prisma migrate deploy`) is apart and is never given to an app. Idempotent: run after every migration
-- (deploy/local does) as the migration role, with the passwords as psql variables:
--   psql "$MIGRATE_DATABASE_URL" -v ON_ERROR_STOP=1 -v pw_ingest=... -v pw_risk=... -v pw_dispatch=... \
--        -v pw_gateway=... -v pw_operator=... -f deploy/sql/app-roles.sql
-- A table added by a migration must be granted here too, or the app using it fails with "permission denied".

SELECT format('CREATE ROLE %I LOGIN', r) FROM unnest(ARRAY['hub_ingest','hub_risk','hub_dispatch','hub_gateway','hub_operator']) AS r
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

ALTER ROLE hub_ingest LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw_ingest';
ALTER ROLE hub_risk LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw_risk';
ALTER ROLE hub_dispatch LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw_dispatch';
ALTER ROLE hub_gateway LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw_gateway';
ALTER ROLE hub_operator LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw_operator';

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM hub_ingest, hub_risk, hub_dispatch, hub_gateway, hub_operator;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO hub_ingest, hub_risk, hub_dispatch, hub_gateway, hub_operator;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hub_ingest, hub_risk, hub_dispatch, hub_gateway, hub_operator;

-- The area directory: everyone reads it; only the operator's tools (seed, CSV import) change it.
GRANT SELECT ON division, grid, grid_worker, duty_officer TO hub_ingest, hub_risk, hub_dispatch, hub_gateway, hub_operator;
GRANT INSERT, UPDATE ON division, grid, grid_worker, duty_officer TO hub_operator;

-- ingest: stores normalized events and their revision heads.
GRANT SELECT, INSERT, UPDATE ON normalized_event, source_record_head TO hub_ingest;

-- risk: reads events' history through its own assessments; writes assessments, threads, the outbox.
GRANT SELECT ON normalized_event, link_correction TO hub_risk;
GRANT SELECT, INSERT, UPDATE ON risk_assessment, dispute_thread, outbox TO hub_risk;

-- dispatch: the closed loop's tables and nothing of ingest's or risk's (what it needs travels in the alert job).
GRANT SELECT, INSERT, UPDATE ON grid_task, task_alert, task_event, escalation, delivery, delivery_attempt TO hub_dispatch;

-- gateway: the closed loop over HTTP, officers' reads, link corrections; the two audit trails append-only.
GRANT SELECT ON normalized_event, risk_assessment, dispute_thread, task_alert, delivery_attempt, outbox TO hub_gateway;
GRANT SELECT, INSERT, UPDATE ON grid_task, task_event, escalation, delivery TO hub_gateway;
GRANT SELECT, INSERT ON link_correction, access_audit, personal_data_read TO hub_gateway;

-- operator (hubctl): reports and statistics read everything; no personal-data trail edits.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO hub_operator;
