-- The gateway's alert lists and an alert's page join task_alert by assessment: without this index each
-- of them scans the table, which grows by one row per alert applied.
CREATE INDEX "task_alert_assessment_id_idx" ON "task_alert"("assessment_id");
