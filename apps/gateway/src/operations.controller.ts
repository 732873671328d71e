import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { type AuthenticatedRequest, Caller, Permission, type VerifiedCaller } from '@hub/access';
import { HUB_CONFIG, KAFKA } from '@hub/app-core';
import { FEEDS, FeedSource, topicName } from '@hub/contracts';
import { decide, isAreaCode, listScope } from '@hub/domain';
import type { HubConfig } from '@hub/config';
import { DispatchQueues } from '@hub/messaging';
import type { Kafka } from 'kafkajs';
import { AlertReadModel, AssessmentStore, DispatchStatistics, PersonalDataReads, ThreadReadModel } from '@hub/persistence';
import { z } from 'zod';
import { ApiDoc } from './api-doc';
import { FilterText, hasControlCharacters, notFound, Page, parse, Text } from './http-support';
import { readContext } from './tasks.controller';

const RecordRef = z
  .string()
  .regex(/^(police110|court|petition)\|.{1,100}$/, 'a record is `<feed>|<reference>`, e.g. police110|J4112022026112700123')
  .refine((s) => !hasControlCharacters(s), 'control characters are not allowed');
export const LinkCorrectionBody = z.object({ recordA: RecordRef, recordB: RecordRef, reason: Text(4, 500, 'say why the link is wrong') });
export const AlertQuery = z.object({
  level: z.enum(['red', 'orange', 'yellow', 'blue']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: Page.offset,
});
export const ThreadParams = z.object({ id: z.uuid('a thread id') });
export const ThreadQuery = z.object(Page);
export const DeadLetterQuery = z.object({ feed: FeedSource.optional() });
export const StatsQuery = z.object({
  area: z
    .string()
    .regex(/^\d{12}$/, 'a 12-digit division code')
    .optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export const AuditQuery = z.object({
  actor: FilterText(64).optional(),
  recordId: FilterText(100).optional(),
  taskId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  ...Page,
});

/**
 * Alerts and dispute threads for duty officers (their area), link corrections, statistics for centre
 * leaders, queue depths and dead-letter counts for operations (no personal data), upstream integrations'
 * own dead letters, and the personal-data trail for auditors.
 */
@Controller('api')
export class OperationsController {
  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly queues: DispatchQueues,
    private readonly assessments: AssessmentStore,
    private readonly statistics: DispatchStatistics,
    private readonly reads: PersonalDataReads,
    private readonly alertReads: AlertReadModel,
    private readonly threadReads: ThreadReadModel,
  ) {}

  /**
   * An officer corrects a wrong link: the two records are not one thread. Both must exist and lie in the
   * officer's area; who decided is the caller. Later assessments leave the one out of the other's history.
   */
  @Post('link-corrections')
  @HttpCode(201)
  @Permission('link.correct')
  @ApiDoc({
    summary: 'Unlink two records that are not one dispute thread (duty officers of both records’ area)',
    body: LinkCorrectionBody,
    status: 201,
  })
  async correctLink(@Caller() caller: VerifiedCaller, @Body() body: unknown) {
    const { recordA, recordB, reason } = parse(LinkCorrectionBody, body);
    if (recordA === recordB) throw new BadRequestException(['recordB: a record cannot be unlinked from itself']);
    for (const ref of [recordA, recordB]) {
      const [source, sourceRef] = [ref.slice(0, ref.indexOf('|')), ref.slice(ref.indexOf('|') + 1)];
      const record = await this.alertReads.recordArea(source, sourceRef);
      if (!record || !decide(caller, 'link.correct', record).allowed) throw notFound('record', ref);
    }
    const created = await this.assessments.addCorrection(recordA, recordB, reason, caller.subject);
    return { recordA, recordB, created, decidedBy: caller.subject };
  }

  @Get('queues')
  @Permission('queue.read')
  @ApiDoc({ summary: 'Job counts per BullMQ queue (operations)' })
  async queueCounts() {
    return Promise.all(
      [...this.queues.queues.values()].map(async (q) => ({
        queue: q.name,
        counts: await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'),
      })),
    );
  }

  /** Dead letters waiting per feed: counts only, no message contents (they may hold raw identifiers). */
  @Get('dead-letters')
  @Permission('dead_letter.read')
  @ApiDoc({
    summary: 'Dead letters per feed: held and not yet redriven (operations: all feeds; an upstream: its own)',
    query: DeadLetterQuery,
  })
  async deadLetters(@Caller() caller: VerifiedCaller, @Query() query: unknown) {
    const q = parse(DeadLetterQuery, query);
    const feeds = (q.feed ? [q.feed] : FeedSource.options).filter((feed) => decide(caller, 'dead_letter.read', { feed }).allowed);
    if (q.feed && feeds.length === 0) throw notFound('feed', q.feed);
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await Promise.all(
        feeds.map(async (feed) => {
          const topic = topicName(FEEDS[feed].deadLetterTopic, this.config.kafka.topicSuffix);
          const offsets = await admin.fetchTopicOffsets(topic);
          const held = offsets.reduce((n, o) => n + Number(o.high) - Number(o.low), 0);
          const group = await admin.fetchOffsets({ groupId: `${this.config.instance}.redrive.${feed}`, topics: [topic] });
          const redriven = group[0]?.partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0) ?? 0;
          const written = offsets.reduce((n, o) => n + Number(o.high), 0);
          return { feed, topic, held, waiting: Math.max(0, written - redriven) };
        }),
      );
    } finally {
      await admin.disconnect();
    }
  }

  /** The latest family and romantic alerts in the caller's area, with factors and evidence: each one a personal-data read. */
  @Get('alerts')
  @Permission('alert.list')
  @ApiDoc({ summary: 'Latest alerts of the caller’s area with factors and evidence (each returned alert is audited)', query: AlertQuery })
  async alerts(@Caller() caller: VerifiedCaller, @Query() query: unknown, @Req() req: AuthenticatedRequest) {
    const q = parse(AlertQuery, query);
    const rows = await this.alertReads.latest(q, listScope(caller, 'alert.list'));
    const role = decide(caller, 'alert.list');
    await this.reads.record(
      readContext(caller, role.allowed ? role.role : 'unknown', req),
      rows.map((r) => ({ recordKind: 'alert' as const, recordId: r.assessmentId, fields: ['factors.evidence'], taskId: r.taskId })),
    );
    return rows;
  }

  /**
   * A dispute thread by its opaque id: the records assessed in it, oldest first, as duty officers review
   * it. The parties' keyed hashes never leave the hub.
   */
  @Get('threads/:id')
  @Permission('thread.read')
  @ApiDoc({ summary: 'A dispute thread and its records, by opaque thread id (audited)', params: ThreadParams, query: ThreadQuery })
  async thread(@Caller() caller: VerifiedCaller, @Param() params: unknown, @Query() query: unknown, @Req() req: AuthenticatedRequest) {
    const { id } = parse(ThreadParams, params);
    const page = parse(ThreadQuery, query);
    const t = await this.threadReads.byId(id);
    const d = t && decide(caller, 'thread.read', t);
    if (!t || !d?.allowed) throw notFound('thread', id);
    const [records, taskId] = await Promise.all([this.threadReads.records(t.threadKey, page), this.threadReads.latestTaskOf(t.threadKey)]);
    await this.reads.record(readContext(caller, d.role, req), [{ recordKind: 'thread', recordId: id, fields: ['records'], taskId }]);
    const { threadKey: _key, ...shown } = t;
    return { ...shown, records };
  }

  @Get('stats')
  @Permission('stats.read')
  @ApiDoc({
    summary: 'The figures the city is judged by, for an area within the caller’s (default: the caller’s area, last 30 days)',
    query: StatsQuery,
  })
  async stats(@Caller() caller: VerifiedCaller, @Query() query: unknown) {
    const q = parse(StatsQuery, query);
    const areaCode = q.area ?? caller.area ?? '';
    if (!isAreaCode(areaCode) || !decide(caller, 'stats.read', { divisionCode: areaCode }).allowed)
      throw notFound('area', areaCode || '(none)');
    const to = q.to ? new Date(q.to) : new Date();
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * 86_400_000);
    if (from >= to) throw new BadRequestException(['from: must be before to']);
    return this.statistics.forArea({ areaCode, from, to });
  }

  @Get('audit/reads')
  @Permission('audit.read')
  @ApiDoc({
    summary: 'The personal-data trail: who read which record, in which role, for which task, from where (auditors)',
    query: AuditQuery,
  })
  async auditReads(@Query() query: unknown) {
    const q = parse(AuditQuery, query);
    return this.reads.list({ ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined });
  }
}
