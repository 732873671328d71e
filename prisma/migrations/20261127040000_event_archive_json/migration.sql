-- DropIndex
DROP INDEX "normalized_event_household_key_idx";

-- DropIndex
DROP INDEX "normalized_event_occurred_at_idx";

-- AlterTable
ALTER TABLE "normalized_event" ALTER COLUMN "payload" SET DATA TYPE JSON;

