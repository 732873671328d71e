-- Dispatch (issue 5): area grids, grid workers, duty officers, the closed-loop grid task with its dues,
-- alerts, events, escalations and deliveries. Tasks created before this had no closed-loop state and
-- no routing: they are dropped here and rebuilt from the outbox by the dispatch reconcile.
DELETE FROM "grid_task";

-- AlterTable
ALTER TABLE "division" ADD COLUMN     "centre_name" TEXT,
ADD COLUMN     "place_names" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "grid_task" DROP COLUMN "last_alert_job",
ADD COLUMN     "accept_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "accepted_at" TIMESTAMPTZ(3),
ADD COLUMN     "accepted_on_time" BOOLEAN,
ADD COLUMN     "alert_count" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "centre_code" CHAR(12),
ADD COLUMN     "closed_at" TIMESTAMPTZ(3),
ADD COLUMN     "escalation_level" TEXT NOT NULL DEFAULT 'village',
ADD COLUMN     "feedback_at" TIMESTAMPTZ(3),
ADD COLUMN     "feedback_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "feedback_on_time" BOOLEAN,
ADD COLUMN     "last_assessment_id" UUID NOT NULL,
ADD COLUMN     "mediation" TEXT,
ADD COLUMN     "next_revisit_at" TIMESTAMPTZ(3),
ADD COLUMN     "revisit_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "risk_score" INTEGER NOT NULL,
ADD COLUMN     "route_method" TEXT NOT NULL,
ADD COLUMN     "route_reason" TEXT NOT NULL,
ADD COLUMN     "supervised" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "village_code" CHAR(12),
ADD COLUMN     "worker_id" TEXT,
ALTER COLUMN "grid_code" SET DATA TYPE VARCHAR(18);

-- CreateTable
CREATE TABLE "grid" (
    "code" VARCHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "village_code" CHAR(12) NOT NULL,
    "households" INTEGER NOT NULL DEFAULT 0,
    "population" INTEGER NOT NULL DEFAULT 0,
    "place_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "outline" JSONB,

    CONSTRAINT "grid_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "grid_worker" (
    "worker_id" TEXT NOT NULL,
    "grid_code" VARCHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "terminal_id" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "grid_worker_pkey" PRIMARY KEY ("worker_id")
);

-- CreateTable
CREATE TABLE "duty_officer" (
    "officer_id" TEXT NOT NULL,
    "division_code" CHAR(12) NOT NULL,
    "name" TEXT NOT NULL,
    "terminal_id" TEXT NOT NULL,
    "channels" TEXT[] DEFAULT ARRAY['webhook']::TEXT[],
    "on_duty" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "duty_officer_pkey" PRIMARY KEY ("officer_id")
);

-- CreateTable
CREATE TABLE "task_alert" (
    "job_id" TEXT NOT NULL,
    "task_id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "risk_level" TEXT NOT NULL,
    "risk_score" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "route_method" TEXT NOT NULL,
    "grid_code" VARCHAR(18),
    "route_reason" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_alert_pkey" PRIMARY KEY ("job_id")
);

-- CreateTable
CREATE TABLE "task_event" (
    "id" BIGSERIAL NOT NULL,
    "task_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "from_state" TEXT,
    "to_state" TEXT,
    "actor_kind" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "task_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "escalation" (
    "escalation_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "from_level" TEXT NOT NULL,
    "to_level" TEXT NOT NULL,
    "centre_code" CHAR(12),
    "reason" TEXT NOT NULL,
    "reason_text" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notified_at" TIMESTAMPTZ(3),

    CONSTRAINT "escalation_pkey" PRIMARY KEY ("escalation_id")
);

-- CreateTable
CREATE TABLE "delivery" (
    "delivery_id" UUID NOT NULL,
    "task_id" UUID,
    "recipient_kind" TEXT NOT NULL,
    "recipient_id" TEXT NOT NULL,
    "terminal_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "message" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "round" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "delivery_pkey" PRIMARY KEY ("delivery_id")
);

-- CreateTable
CREATE TABLE "delivery_attempt" (
    "id" BIGSERIAL NOT NULL,
    "delivery_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "attempt" INTEGER NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "http_status" INTEGER,
    "error" TEXT,
    "duration_ms" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delivery_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "grid_village_code_idx" ON "grid"("village_code");

-- CreateIndex
CREATE INDEX "grid_worker_grid_code_idx" ON "grid_worker"("grid_code");

-- CreateIndex
CREATE INDEX "duty_officer_division_code_idx" ON "duty_officer"("division_code");

-- CreateIndex
CREATE INDEX "task_alert_task_id_idx" ON "task_alert"("task_id");

-- CreateIndex
CREATE INDEX "task_event_task_id_id_idx" ON "task_event"("task_id", "id");

-- CreateIndex
CREATE INDEX "task_event_published_at_id_idx" ON "task_event"("published_at", "id");

-- CreateIndex
CREATE INDEX "escalation_task_id_idx" ON "escalation"("task_id");

-- CreateIndex
CREATE INDEX "delivery_status_created_at_idx" ON "delivery"("status", "created_at");

-- CreateIndex
CREATE INDEX "delivery_task_id_idx" ON "delivery"("task_id");

-- CreateIndex
CREATE INDEX "delivery_attempt_delivery_id_idx" ON "delivery_attempt"("delivery_id");

-- CreateIndex
CREATE INDEX "grid_task_worker_id_state_idx" ON "grid_task"("worker_id", "state");

-- CreateIndex
CREATE INDEX "grid_task_centre_code_state_idx" ON "grid_task"("centre_code", "state");

-- AddForeignKey
ALTER TABLE "grid" ADD CONSTRAINT "grid_village_code_fkey" FOREIGN KEY ("village_code") REFERENCES "division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_worker" ADD CONSTRAINT "grid_worker_grid_code_fkey" FOREIGN KEY ("grid_code") REFERENCES "grid"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

