import { NormalizedEventV1 } from '@hub/contracts';
import type { IssuedAssessment, RiskLevel, StoredEvent, ThreadRecord } from '@hub/domain';
import type { Pool } from 'pg';

/**
 * What a back-test reads: the stored events of a period with the assessment issued for each, and the
 * threads' records before the period (as issued) for their history. Read only. SQL (a left join, DISTINCT
 * ON) on the pool hubctl hands each command; TypedSQL cannot be generated here (prisma/orm#28510).
 */
export class BacktestSource {
  constructor(private readonly pool: Pool) {}

  async storedEvents(from: Date, to: Date): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<{
      payload: unknown;
      familyRomantic: boolean | null;
      riskLevel: string | null;
      riskScore: number | null;
      rulesVersion: string | null;
    }>(
      `SELECT ne.payload, a.family_romantic AS "familyRomantic", a.risk_level AS "riskLevel", a.risk_score AS "riskScore",
              a.rules_version AS "rulesVersion"
       FROM normalized_event ne LEFT JOIN risk_assessment a ON a.event_id = ne.event_id
       WHERE ne.occurred_at >= $1 AND ne.occurred_at < $2
       ORDER BY ne.occurred_at, ne.source, ne.source_ref, ne.revision`,
      [from, to],
    );
    return rows.map((r) => {
      const issued: IssuedAssessment | undefined =
        r.rulesVersion === null
          ? undefined
          : {
              familyRomantic: !!r.familyRomantic,
              riskLevel: r.riskLevel as RiskLevel,
              riskScore: r.riskScore ?? 0,
              rulesVersion: r.rulesVersion,
            };
      return { event: NormalizedEventV1.parse(r.payload), ...(issued ? { issued } : {}) };
    });
  }

  /** The newest revision of each record assessed in the `days` before `from`: the history the period starts with. */
  async recordsBefore(from: Date, days: number): Promise<ThreadRecord[]> {
    const { rows } = await this.pool.query<Omit<ThreadRecord, 'recordId' | 'cause'> & { occurredAt: Date; cause: string | null }>(
      `SELECT DISTINCT ON (source, source_ref)
              source, source_ref AS "sourceRef", revision, occurred_at AS "occurredAt", household_key AS "householdKey",
              person_hashes AS "personHashes", family_romantic AS "familyRomantic", risk_level AS "riskLevel",
              factor_codes AS "factorCodes", cause, repeat_petition AS "repeatPetition"
       FROM risk_assessment
       WHERE occurred_at >= $1::timestamptz - make_interval(days => $2) AND occurred_at < $1
       ORDER BY source, source_ref, revision DESC`,
      [from, days],
    );
    return rows.map((r) => ({
      ...r,
      recordId: `${r.source}:${r.sourceRef}#${r.revision}`,
      occurredAt: new Date(r.occurredAt).toISOString(),
      cause: r.cause ?? undefined,
    }));
  }

  async divisionNames(codes: string[]): Promise<Map<string, string>> {
    const { rows } = await this.pool.query<{ code: string; name: string }>(`SELECT code, name FROM division WHERE code = ANY($1::text[])`, [
      codes,
    ]);
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}
