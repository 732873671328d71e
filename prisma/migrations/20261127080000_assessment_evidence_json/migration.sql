-- The factors and links of an assessment are stored and shown whole, never queried inside, so they are
-- kept as json: jsonb parsing of every batch was a large part of the risk stage cost.
ALTER TABLE "risk_assessment" ALTER COLUMN "factors" SET DATA TYPE JSON USING "factors"::json,
ALTER COLUMN "links" DROP DEFAULT,
ALTER COLUMN "links" SET DATA TYPE JSON USING "links"::json,
ALTER COLUMN "links" SET DEFAULT '[]'::json;
