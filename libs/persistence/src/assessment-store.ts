import type { Pool } from 'pg';
import { prismaOver } from './database';
import { inTransaction } from './transaction';

/** One assessment as stored; `factors` holds the factors and evidence exactly as shown to officers. */
export interface AssessmentRow {
  assessmentId: string;
  eventId: string;
  source: string;
  sourceRef: string;
  revision: number;
  occurredAt: string;
  householdKey: string;
  personHashes: string[];
  threadKey: string;
  threadParties: string[];
  divisionCode: string;
  gridCode?: string;
  domain: string;
  familyRomantic: boolean;
  relation?: string;
  riskScore: number;
  riskLevel: string;
  factorCodes: string[];
  cause?: string;
  repeatPetition: boolean;
  factors: unknown;
  links: unknown;
  rulesVersion: string;
  correlationId: string;
}

export interface OutboxRow {
  queue: string;
  jobName: string;
  jobId: string;
  payload: unknown;
}

/** The newest revision of each earlier record that shares a household or a person with the given keys. */
export interface ThreadPriorRow {
  source: string;
  sourceRef: string;
  revision: number;
  occurredAt: string;
  householdKey: string;
  personHashes: string[];
  familyRomantic: boolean;
  riskLevel: string;
  factorCodes: string[];
  cause: string | null;
  repeatPetition: boolean;
}

// Only what the history needs: the union deduplicates whole rows, and the factors and links would make that costly.
const PRIOR_COLUMNS = `a.assessment_id, a.source, a.source_ref, a.revision, a.occurred_at, a.household_key, a.person_hashes,
  a.family_romantic, a.risk_level, a.factor_codes, a.cause, a.repeat_petition`;

/**
 * Risk's store. Raw pg on risk's per-batch path (`correctionsFor`, `priorsFor`, `storeBatch`): the history's
 * bounded LATERAL scans per key, and one transaction whose data-modifying CTE over json_to_recordset stores a
 * batch's assessments and upserts their thread summaries, then its outbox rows; Prisma's client expresses neither.
 * `npm run bench -- risk` measured 3,162 events/s on this path (2026-12-01 00:32, ratio 0.16 to a bare
 * consumer's multi-row INSERT, docs/benchmarks.md). An officer's link correction (the gateway) goes through Prisma.
 */
export class AssessmentStore {
  constructor(private readonly pool: Pool) {}

  /** Corrected links touching any of these records (`source|sourceRef`), as pairs `[a, b]`. */
  async correctionsFor(recordKeys: string[]): Promise<[string, string][]> {
    if (recordKeys.length === 0) return [];
    const { rows } = await this.pool.query<{ a: string; b: string }>(
      `SELECT record_a AS a, record_b AS b FROM link_correction
       WHERE record_a = ANY($1::text[]) OR record_b = ANY($1::text[])`,
      [recordKeys],
    );
    return rows.map((r) => [r.a, r.b]);
  }

  /** Records that two records are not one thread; idempotent. Returns false when it was recorded before. */
  async addCorrection(recordA: string, recordB: string, reason: string, decidedBy: string): Promise<boolean> {
    const [a, b] = recordA < recordB ? [recordA, recordB] : [recordB, recordA];
    // skipDuplicates: INSERT … ON CONFLICT DO NOTHING, so a second officer's identical correction is not an error.
    const r = await prismaOver(this.pool).linkCorrection.createMany({
      data: { recordA: a, recordB: b, reason, decidedBy },
      skipDuplicates: true,
    });
    return r.count === 1;
  }

  /**
   * At most `perKey` newest records per household and per person within the window: a household with
   * thousands of records (a hostel, a default address) costs the same look-up as one with a few.
   */
  async priorsFor(householdKeys: string[], personHashes: string[], since: Date, perKey = 200): Promise<ThreadPriorRow[]> {
    if (householdKeys.length === 0 && personHashes.length === 0) return [];
    // One bounded index scan per key, newest first: (household_key, occurred_at) for households, the GIN
    // index on person_hashes for persons. The union deduplicates rows found both ways.
    const { rows } = await this.pool.query<ThreadPriorRow & { occurredAt: Date }>(
      `WITH households AS (SELECT DISTINCT unnest($1::text[]) AS key),
       persons AS (SELECT DISTINCT unnest($2::text[]) AS hash),
       candidates AS (
         SELECT c.* FROM households h CROSS JOIN LATERAL (
           SELECT ${PRIOR_COLUMNS} FROM risk_assessment a
           WHERE a.household_key = h.key AND a.occurred_at >= $3 ORDER BY a.occurred_at DESC LIMIT $4) c
         UNION
         SELECT c.* FROM persons p CROSS JOIN LATERAL (
           SELECT ${PRIOR_COLUMNS} FROM risk_assessment a
           WHERE a.person_hashes @> ARRAY[p.hash] AND a.occurred_at >= $3 ORDER BY a.occurred_at DESC LIMIT $4) c
       )
       SELECT DISTINCT ON (source, source_ref)
              source, source_ref AS "sourceRef", revision, occurred_at AS "occurredAt", household_key AS "householdKey",
              person_hashes AS "personHashes", family_romantic AS "familyRomantic", risk_level AS "riskLevel",
              factor_codes AS "factorCodes", cause, repeat_petition AS "repeatPetition"
       FROM candidates
       ORDER BY source, source_ref, revision DESC`,
      [householdKeys, personHashes, since, perKey],
    );
    return rows.map((r) => ({ ...r, occurredAt: new Date(r.occurredAt).toISOString() }));
  }

  /** Assessments and their outbox rows in one transaction; a redelivered event changes nothing. Returns the ids newly stored. */
  async storeBatch(assessments: AssessmentRow[], outbox: OutboxRow[]): Promise<Set<string>> {
    if (assessments.length === 0) return new Set();
    return inTransaction(this.pool, async (client) => {
      // The thread summaries count only what this statement newly stored, so a redelivered batch adds nothing;
      // they are upserted in key order so that two batches touching the same threads cannot deadlock.
      const inserted = await client.query<{ event_id: string }>(
        `WITH t AS (
           -- A batch may hold the same event twice (redelivered within it): one row each, or it would count twice.
           SELECT DISTINCT ON ("eventId") * FROM json_to_recordset($1::json) AS t("assessmentId" uuid, "eventId" uuid, source text, "sourceRef" text,
             revision int, "occurredAt" timestamptz, "householdKey" text, "personHashes" text[], "threadKey" text, "threadParties" text[],
             "divisionCode" char(12), "gridCode" text, domain text, "familyRomantic" boolean, relation text, "riskScore" int,
             "riskLevel" text, "factorCodes" text[], cause text, "repeatPetition" boolean, factors json, links json, "rulesVersion" text,
             "correlationId" text)),
         ins AS (
           INSERT INTO risk_assessment (assessment_id, event_id, source, source_ref, revision, occurred_at, household_key,
             person_hashes, thread_key, division_code, grid_code, domain, family_romantic, relation, risk_score, risk_level, factor_codes,
             cause, repeat_petition, factors, links, rules_version, correlation_id)
           SELECT "assessmentId", "eventId", source, "sourceRef", revision, "occurredAt", "householdKey", "personHashes", "threadKey",
             "divisionCode", "gridCode", domain, "familyRomantic", relation, "riskScore", "riskLevel", "factorCodes", cause,
             "repeatPetition", factors, links, "rulesVersion", "correlationId"
           FROM t
           ON CONFLICT (event_id) DO NOTHING
           RETURNING event_id),
         fresh AS (SELECT t.* FROM t JOIN ins ON ins.event_id = t."eventId" WHERE t."threadKey" IS NOT NULL),
         summary AS (
           SELECT DISTINCT ON ("threadKey") "threadKey", "threadParties", "householdKey", "divisionCode", relation, "riskLevel",
             "assessmentId", "occurredAt",
             count(*) OVER w AS n, min("occurredAt") OVER w AS first_seen, max("riskScore") OVER w AS max_score
           FROM fresh WINDOW w AS (PARTITION BY "threadKey")
           ORDER BY "threadKey", "occurredAt" DESC),
         upsert AS (
           INSERT INTO dispute_thread (thread_key, basis, parties, household_key, division_code, relation, records, first_seen, last_seen,
             last_level, max_score, last_assessment_id)
           SELECT "threadKey", split_part("threadKey", ':', 1), "threadParties", "householdKey", "divisionCode", relation, n, first_seen,
             "occurredAt", "riskLevel", max_score, "assessmentId"
           FROM summary ORDER BY "threadKey"
           ON CONFLICT (thread_key) DO UPDATE SET
             records = dispute_thread.records + EXCLUDED.records,
             first_seen = least(dispute_thread.first_seen, EXCLUDED.first_seen),
             max_score = greatest(dispute_thread.max_score, EXCLUDED.max_score),
             household_key = CASE WHEN EXCLUDED.last_seen >= dispute_thread.last_seen THEN EXCLUDED.household_key ELSE dispute_thread.household_key END,
             division_code = CASE WHEN EXCLUDED.last_seen >= dispute_thread.last_seen THEN EXCLUDED.division_code ELSE dispute_thread.division_code END,
             relation = coalesce(CASE WHEN EXCLUDED.last_seen >= dispute_thread.last_seen THEN EXCLUDED.relation END, dispute_thread.relation),
             last_level = CASE WHEN EXCLUDED.last_seen >= dispute_thread.last_seen THEN EXCLUDED.last_level ELSE dispute_thread.last_level END,
             last_assessment_id = CASE WHEN EXCLUDED.last_seen >= dispute_thread.last_seen THEN EXCLUDED.last_assessment_id ELSE dispute_thread.last_assessment_id END,
             last_seen = greatest(dispute_thread.last_seen, EXCLUDED.last_seen))
         SELECT event_id FROM ins`,
        [JSON.stringify(assessments)],
      );
      const fresh = new Set(inserted.rows.map((r) => r.event_id));
      if (outbox.length) {
        await client.query(
          `INSERT INTO outbox (queue, job_name, job_id, payload)
           SELECT queue, "jobName", "jobId", payload
           FROM jsonb_to_recordset($1::jsonb) AS t(queue text, "jobName" text, "jobId" text, payload jsonb)
           ON CONFLICT (job_id) DO NOTHING`,
          [JSON.stringify(outbox)],
        );
      }
      return fresh;
    });
  }
}
