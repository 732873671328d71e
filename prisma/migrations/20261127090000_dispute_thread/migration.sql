-- The pair in conflict as its own entity (issue 4): the dispute thread, keyed on both assessments and grid tasks.
-- AlterTable
ALTER TABLE "risk_assessment" ADD COLUMN     "thread_key" TEXT;

-- AlterTable
ALTER TABLE "grid_task" ADD COLUMN     "thread_key" TEXT;

-- CreateTable
CREATE TABLE "dispute_thread" (
    "thread_key" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "parties" TEXT[],
    "household_key" TEXT NOT NULL,
    "division_code" CHAR(12) NOT NULL,
    "relation" TEXT,
    "records" INTEGER NOT NULL DEFAULT 0,
    "first_seen" TIMESTAMPTZ(3) NOT NULL,
    "last_seen" TIMESTAMPTZ(3) NOT NULL,
    "last_level" TEXT NOT NULL,
    "max_score" INTEGER NOT NULL,
    "last_assessment_id" UUID NOT NULL,

    CONSTRAINT "dispute_thread_pkey" PRIMARY KEY ("thread_key")
);

-- CreateIndex
CREATE INDEX "dispute_thread_household_key_idx" ON "dispute_thread"("household_key");

-- CreateIndex
CREATE INDEX "risk_assessment_thread_key_occurred_at_idx" ON "risk_assessment"("thread_key", "occurred_at");

