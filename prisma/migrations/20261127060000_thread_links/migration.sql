-- AlterTable
ALTER TABLE "risk_assessment" ADD COLUMN     "links" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "link_correction" (
    "id" BIGSERIAL NOT NULL,
    "record_a" TEXT NOT NULL,
    "record_b" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "link_correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "link_correction_record_b_idx" ON "link_correction"("record_b");

-- CreateIndex
CREATE UNIQUE INDEX "link_correction_record_a_record_b_key" ON "link_correction"("record_a", "record_b");

