import { Prisma, type PrismaClient } from './generated/prisma/client';

/** The stages a case passes on its way through the hub, in order. */
export const PIPELINE_STAGES = ['stored', 'assessed', 'gridTask', 'workerTerminal', 'countyDutyOfficer'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** When a stage had the case, as PostgreSQL recorded it, with what it made of it (level and score, grid, recipients). */
export interface StageReached {
  at: Date;
  note?: string | null;
}

const STAGE_SQL: Record<PipelineStage, (correlationId: string) => Prisma.Sql> = {
  stored: (c) => Prisma.sql`SELECT ingested_at AS at FROM normalized_event WHERE correlation_id = ${c}`,
  assessed: (c) =>
    Prisma.sql`SELECT assessed_at AS at, risk_level || ' ' || risk_score AS note FROM risk_assessment WHERE correlation_id = ${c}`,
  gridTask: (c) =>
    Prisma.sql`SELECT t.created_at AS at, g.name AS note FROM grid_task t LEFT JOIN grid g ON g.code = t.grid_code WHERE t.correlation_id = ${c}`,
  workerTerminal: (c) =>
    Prisma.sql`SELECT d.sent_at AS at, d.recipient_id AS note FROM delivery d JOIN grid_task t ON t.task_id = d.task_id
      WHERE t.correlation_id = ${c} AND d.purpose = 'task_assigned' AND d.sent_at IS NOT NULL`,
  countyDutyOfficer: (c) =>
    Prisma.sql`SELECT min(d.sent_at) AS at, string_agg(DISTINCT d.recipient_id || '/' || d.channel, ', ') AS note FROM delivery d
      JOIN grid_task t ON t.task_id = d.task_id
      WHERE t.correlation_id = ${c} AND d.purpose = 'escalation' AND d.sent_at IS NOT NULL HAVING count(*) > 0`,
};

/**
 * Where one case (by its correlation id) has got to in the pipeline: an operator's diagnostic (`hubctl
 * trace-red`, the demo's board check) that reads across the apps' tables, read only, one small query per
 * stage. SQL through Prisma's $queryRaw with typed rows: joins and aggregates Prisma's client cannot
 * express; TypedSQL would type them but `prisma generate --sql` needs the native schema engine
 * (prisma/orm#28510).
 */
export class PipelineTrace {
  constructor(private readonly prisma: PrismaClient) {}

  /** When `stage` had the case, or undefined if it has not yet. */
  async reached(stage: PipelineStage, correlationId: string): Promise<StageReached | undefined> {
    const [row] = await this.prisma.$queryRaw<StageReached[]>(STAGE_SQL[stage](correlationId));
    return row?.at ? row : undefined;
  }
}
