import { NormalizedEventV1 } from '@hub/contracts';
import type { IssuedAssessment, RiskLevel, StoredEvent, ThreadRecord } from '@hub/domain';
import type { Pool } from 'pg';
import { prismaOver } from './database';

/** Event ids per look-up of their assessments: well under PostgreSQL's 65,535 bind parameters. */
const IDS_PER_QUERY = 10_000;

/**
 * What a back-test reads: the stored events of a period with the assessment issued for each, and the
 * threads' records before the period (as issued) for their history. Read only, through Prisma's client on
 * the pool hubctl hands each command (TypedSQL is not used: generating it needs Prisma's native schema
 * engine, which cannot be downloaded here, prisma/orm#28510).
 */
export class BacktestSource {
  constructor(private readonly pool: Pool) {}

  async storedEvents(from: Date, to: Date): Promise<StoredEvent[]> {
    const prisma = prismaOver(this.pool);
    const events = await prisma.normalizedEvent.findMany({
      where: { occurredAt: { gte: from, lt: to } },
      orderBy: [{ occurredAt: 'asc' }, { source: 'asc' }, { sourceRef: 'asc' }, { revision: 'asc' }],
      select: { eventId: true, payload: true },
    });
    // The model has no relation between the two tables (each app owns its own): the assessments are looked up
    // by event id, at most one each (event_id is unique), as the LEFT JOIN did.
    const issued = new Map<string, IssuedAssessment>();
    for (let i = 0; i < events.length; i += IDS_PER_QUERY) {
      const rows = await prisma.riskAssessment.findMany({
        where: { eventId: { in: events.slice(i, i + IDS_PER_QUERY).map((e) => e.eventId) } },
        select: { eventId: true, familyRomantic: true, riskLevel: true, riskScore: true, rulesVersion: true },
      });
      for (const r of rows)
        issued.set(r.eventId, {
          familyRomantic: r.familyRomantic,
          riskLevel: r.riskLevel as RiskLevel,
          riskScore: r.riskScore,
          rulesVersion: r.rulesVersion,
        });
    }
    return events.map((e) => {
      const assessment = issued.get(e.eventId);
      return { event: NormalizedEventV1.parse(e.payload), ...(assessment ? { issued: assessment } : {}) };
    });
  }

  /** The newest revision of each record assessed in the `days` before `from`: the history the period starts with. */
  async recordsBefore(from: Date, days: number): Promise<ThreadRecord[]> {
    const rows = await prismaOver(this.pool).riskAssessment.findMany({
      // Days of 24 h, as make_interval(days => …) gave them in the hub's UTC sessions.
      where: { occurredAt: { gte: new Date(from.getTime() - days * 86_400_000), lt: from } },
      // The first row of each record in this order: its newest revision (DISTINCT ON).
      distinct: ['source', 'sourceRef'],
      orderBy: [{ source: 'asc' }, { sourceRef: 'asc' }, { revision: 'desc' }],
      select: {
        source: true,
        sourceRef: true,
        revision: true,
        occurredAt: true,
        householdKey: true,
        personHashes: true,
        familyRomantic: true,
        riskLevel: true,
        factorCodes: true,
        cause: true,
        repeatPetition: true,
      },
    });
    return rows.map((r) => ({
      ...r,
      source: r.source as ThreadRecord['source'],
      riskLevel: r.riskLevel as ThreadRecord['riskLevel'],
      recordId: `${r.source}:${r.sourceRef}#${r.revision}`,
      occurredAt: r.occurredAt.toISOString(),
      cause: r.cause ?? undefined,
    }));
  }

  async divisionNames(codes: string[]): Promise<Map<string, string>> {
    const rows = await prismaOver(this.pool).division.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } });
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}
