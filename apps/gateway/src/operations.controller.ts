import { BadRequestException, Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import type { AssessmentStore } from '@hub/persistence';
import { z } from 'zod';

export const GATEWAY_POOL = Symbol('GATEWAY_POOL');
export const GATEWAY_QUEUES = Symbol('GATEWAY_QUEUES');
export const GATEWAY_ASSESSMENTS = Symbol('GATEWAY_ASSESSMENTS');

const RecordRef = z
  .string()
  .regex(/^(police110|court|petition)\|.{1,100}$/, 'a record is `<feed>|<reference>`, e.g. police110|J4112022026112700123');
const LinkCorrectionBody = z.object({
  recordA: RecordRef,
  recordB: RecordRef,
  reason: z.string().trim().min(4, 'say why the link is wrong').max(500),
  decidedBy: z.string().trim().min(1).max(64),
});

const AlertQuery = z.object({
  level: z.enum(['red', 'orange', 'yellow', 'blue']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** What operations staff and duty officers look at: queue depths and the latest alerts (masked). */
@Controller('api')
export class OperationsController {
  constructor(
    @Inject(GATEWAY_POOL) private readonly pool: Pool,
    @Inject(GATEWAY_QUEUES) private readonly queues: Queue[],
    @Inject(GATEWAY_ASSESSMENTS) private readonly assessments: AssessmentStore,
  ) {}

  /**
   * An officer corrects a wrong link: the two records are not one thread. Later assessments leave the
   * one out of the other's history; earlier assessments stay as they were (they are append-only).
   */
  @Post('link-corrections')
  @HttpCode(201)
  async correctLink(@Body() body: unknown) {
    const parsed = LinkCorrectionBody.safeParse(body);
    if (!parsed.success) throw new BadRequestException(parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`));
    const { recordA, recordB, reason, decidedBy } = parsed.data;
    if (recordA === recordB) throw new BadRequestException(['recordB: a record cannot be unlinked from itself']);
    const created = await this.assessments.addCorrection(recordA, recordB, reason, decidedBy);
    return { recordA, recordB, created };
  }

  @Get('queues')
  async queueCounts() {
    return Promise.all(
      this.queues.map(async (q) => ({
        queue: q.name,
        counts: await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'),
      })),
    );
  }

  @Get('alerts')
  async alerts(@Query() query: Record<string, string>) {
    const q = AlertQuery.safeParse(query);
    if (!q.success) throw new BadRequestException(q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    const { rows } = await this.pool.query(
      `SELECT a.assessment_id AS "assessmentId", a.source, a.source_ref AS "sourceRef", a.revision, a.occurred_at AS "occurredAt",
              a.division_code AS "divisionCode", d.name AS "divisionName", a.domain, a.risk_score AS "riskScore",
              a.risk_level AS "riskLevel", a.thread_key AS "threadKey", a.factors, a.links, a.rules_version AS "rulesVersion"
       FROM risk_assessment a LEFT JOIN division d ON d.code = a.division_code
       WHERE a.family_romantic AND ($1::text IS NULL AND a.risk_level IN ('red','orange','yellow') OR a.risk_level = $1)
       ORDER BY a.assessed_at DESC LIMIT $2`,
      [q.data.level ?? null, q.data.limit],
    );
    return rows;
  }

  /**
   * A dispute thread: the pair in conflict (or the household) with every record assessed in it, oldest
   * first, as duty officers review it. Parties appear as keyed hashes only.
   */
  @Get('threads/:key')
  async thread(@Param('key') key: string) {
    if (!/^(pair|household):[A-Za-z0-9:_-]{1,200}$/.test(key))
      throw new BadRequestException(['key: a thread key is pair:<digest> or household:<key>']);
    const summary = await this.pool.query(
      `SELECT thread_key AS "threadKey", basis, parties, division_code AS "divisionCode", relation, records, first_seen AS "firstSeen",
              last_seen AS "lastSeen", last_level AS "lastLevel", max_score AS "maxScore" FROM dispute_thread WHERE thread_key = $1`,
      [key],
    );
    if (!summary.rows[0]) throw new NotFoundException(`thread ${key} not found`);
    const records = await this.pool.query(
      `SELECT a.source, a.source_ref AS "sourceRef", a.revision, a.occurred_at AS "occurredAt", a.domain, a.risk_score AS "riskScore",
              a.risk_level AS "riskLevel", a.factor_codes AS "factorCodes", a.links
       FROM risk_assessment a WHERE a.thread_key = $1 ORDER BY a.occurred_at, a.source_ref, a.revision`,
      [key],
    );
    return { ...summary.rows[0], records: records.rows };
  }
}
