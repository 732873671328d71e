-- The GIN index on person_hashes answers the risk engine's history look-up for every batch. With
-- GIN's default fast-update, new entries wait in an unsorted pending list that every search must
-- scan: under steady inserts a look-up took a second instead of ten milliseconds. Prisma's schema
-- cannot express index storage parameters, hence this hand-written migration.
ALTER INDEX "risk_assessment_person_hashes_idx" SET (fastupdate = off);
