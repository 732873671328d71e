-- Every read of a record holding personal data, one row per record: who (from the verified token), in
-- which role, which fields, for which task, from where. Append-only: no role may change or remove a row.
CREATE TABLE "personal_data_read" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "client_id" TEXT,
    "record_kind" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "fields" TEXT[] NOT NULL,
    "task_id" UUID,
    "remote_addr" TEXT,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,

    CONSTRAINT "personal_data_read_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "personal_data_read_record_id_at_idx" ON "personal_data_read"("record_id", "at");
CREATE INDEX "personal_data_read_actor_at_idx" ON "personal_data_read"("actor", "at");
CREATE INDEX "personal_data_read_task_id_idx" ON "personal_data_read"("task_id");

-- Append-only for everyone, the owner included: an UPDATE or DELETE changes nothing. Rules, not a
-- trigger: the driver-adapter migrate of Prisma splits a migration at every semicolon, inside
-- dollar-quoted function bodies too (and quotes in comments confuse it: none here).
-- No app role holds UPDATE, DELETE or TRUNCATE on either table (deploy/sql/app-roles.sql).
CREATE RULE "personal_data_read_no_update" AS ON UPDATE TO "personal_data_read" DO INSTEAD NOTHING;
CREATE RULE "personal_data_read_no_delete" AS ON DELETE TO "personal_data_read" DO INSTEAD NOTHING;
CREATE RULE "access_audit_no_update" AS ON UPDATE TO "access_audit" DO INSTEAD NOTHING;
CREATE RULE "access_audit_no_delete" AS ON DELETE TO "access_audit" DO INSTEAD NOTHING;

-- The API names the role of the caller beside the actor.
ALTER TABLE "access_audit" ADD COLUMN "role" TEXT;

-- Dispute threads get an opaque id for the API: the thread key is built from keyed person hashes and
-- never leaves the hub.
ALTER TABLE "dispute_thread" ADD COLUMN "thread_id" UUID NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX "dispute_thread_thread_id_key" ON "dispute_thread"("thread_id");
