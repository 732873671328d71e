-- Every call of the HTTP API, with its actor and outcome.
-- CreateTable
CREATE TABLE "access_audit" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "subject" TEXT,

    CONSTRAINT "access_audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "access_audit_subject_at_idx" ON "access_audit"("subject", "at");

-- CreateIndex
CREATE INDEX "access_audit_actor_at_idx" ON "access_audit"("actor", "at");

