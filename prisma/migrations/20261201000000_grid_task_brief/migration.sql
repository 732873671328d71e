-- Dispatch's own copy of what messages about a task may say (masked persons, address, factor labels,
-- area names), written from the alert job: dispatch no longer reads risk's or ingest's tables.
ALTER TABLE "grid_task" ADD COLUMN "brief" JSONB NOT NULL DEFAULT '{}';
