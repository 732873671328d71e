-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DivisionLevel" AS ENUM ('city', 'county', 'township', 'village');

-- CreateTable
CREATE TABLE "division" (
    "code" CHAR(12) NOT NULL,
    "name" TEXT NOT NULL,
    "level" "DivisionLevel" NOT NULL,
    "parent_code" CHAR(12),
    "population" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "division_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "normalized_event" (
    "event_id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "division_code" CHAR(12) NOT NULL,
    "household_key" TEXT NOT NULL,
    "flags" TEXT[],
    "payload" JSONB NOT NULL,
    "correlation_id" TEXT NOT NULL,
    "kafka_topic" TEXT NOT NULL,
    "kafka_partition" INTEGER NOT NULL,
    "kafka_offset" BIGINT NOT NULL,

    CONSTRAINT "normalized_event_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "source_record_head" (
    "source" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "event_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_record_head_pkey" PRIMARY KEY ("source","source_ref")
);

-- CreateTable
CREATE TABLE "risk_assessment" (
    "assessment_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "household_key" TEXT NOT NULL,
    "person_hashes" TEXT[],
    "division_code" CHAR(12) NOT NULL,
    "grid_code" TEXT,
    "domain" TEXT NOT NULL,
    "family_romantic" BOOLEAN NOT NULL,
    "relation" TEXT,
    "risk_score" INTEGER NOT NULL,
    "risk_level" TEXT NOT NULL,
    "factor_codes" TEXT[],
    "cause" TEXT,
    "repeat_petition" BOOLEAN NOT NULL DEFAULT false,
    "factors" JSONB NOT NULL,
    "rules_version" TEXT NOT NULL,
    "correlation_id" TEXT NOT NULL,
    "assessed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "risk_assessment_pkey" PRIMARY KEY ("assessment_id")
);

-- CreateTable
CREATE TABLE "outbox" (
    "id" BIGSERIAL NOT NULL,
    "queue" TEXT NOT NULL,
    "job_name" TEXT NOT NULL,
    "job_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "relayed_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grid_task" (
    "task_id" UUID NOT NULL,
    "household_key" TEXT NOT NULL,
    "division_code" CHAR(12) NOT NULL,
    "grid_code" TEXT,
    "risk_level" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "last_alert_job" TEXT NOT NULL,
    "correlation_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grid_task_pkey" PRIMARY KEY ("task_id")
);

-- CreateIndex
CREATE INDEX "division_parent_code_idx" ON "division"("parent_code");

-- CreateIndex
CREATE INDEX "normalized_event_household_key_idx" ON "normalized_event"("household_key");

-- CreateIndex
CREATE INDEX "normalized_event_occurred_at_idx" ON "normalized_event"("occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "normalized_event_source_source_ref_revision_key" ON "normalized_event"("source", "source_ref", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "risk_assessment_event_id_key" ON "risk_assessment"("event_id");

-- CreateIndex
CREATE INDEX "risk_assessment_household_key_occurred_at_idx" ON "risk_assessment"("household_key", "occurred_at");

-- CreateIndex
CREATE INDEX "risk_assessment_person_hashes_idx" ON "risk_assessment" USING GIN ("person_hashes");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_job_id_key" ON "outbox"("job_id");

-- CreateIndex
CREATE INDEX "outbox_relayed_at_id_idx" ON "outbox"("relayed_at", "id");

-- CreateIndex
CREATE INDEX "grid_task_household_key_idx" ON "grid_task"("household_key");

-- AddForeignKey
ALTER TABLE "division" ADD CONSTRAINT "division_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "division"("code") ON DELETE SET NULL ON UPDATE CASCADE;

