import { Queue } from 'bullmq';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { FEEDS, QueueName, Topic, topicName } from '@hub/contracts';
import { redisConnectionOptions, type RedisSettings } from '@hub/messaging';
import { prismaOver } from '@hub/persistence';

async function lagOf(kafka: Kafka, groupId: string, topics: string[]): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    let lag = 0;
    const committed = await admin.fetchOffsets({ groupId, topics });
    for (const t of committed) {
      const ends = await admin.fetchTopicOffsets(t.topic);
      for (const p of t.partitions) {
        const end = Number(ends.find((e) => e.partition === p.partition)?.high ?? 0);
        lag += end - Math.max(0, Number(p.offset));
      }
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}

/** Waits until both consumer groups caught up, the outbox is empty and the alert queue drained, or the timeout passes. */
export async function waitForQuiet(
  kafka: Kafka,
  pool: Pool,
  redis: RedisSettings,
  instance: string,
  suffix: string,
  timeoutMs: number,
): Promise<boolean> {
  const feeds = Object.values(FEEDS).map((f) => topicName(f.topic, suffix));
  const deadline = Date.now() + timeoutMs;
  const queue = new Queue(QueueName.GridAlerts, { connection: redisConnectionOptions(redis), prefix: instance });
  try {
    while (Date.now() < deadline) {
      const [ingestLag, riskLag, pending, queued] = await Promise.all([
        lagOf(kafka, `${instance}.ingest`, feeds),
        lagOf(kafka, `${instance}.risk`, [topicName(Topic.NormalizedEvent, suffix)]),
        prismaOver(pool).outbox.count({ where: { relayedAt: null } }),
        queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed').then((c) => Object.values(c).reduce((a, b) => a + b, 0)),
      ]);
      if (ingestLag === 0 && riskLag === 0 && pending === 0 && queued === 0) return true;
      await new Promise((r) => setTimeout(r, 500));
    }
    return false;
  } finally {
    await queue.close();
  }
}

const LEVEL_ZH: Record<string, string> = { red: '红', orange: '橙', yellow: '黄', blue: '蓝', none: '无' };

/**
 * What came out of the pipeline, for the demo: figures per stage and the most urgent cases. Group counts
 * through Prisma's client; the latency's percentiles over a join are a tagged `$queryRaw` (TypedSQL cannot be
 * generated here: it needs Prisma's native schema engine, prisma/orm#28510).
 */
export async function pipelineReport(pool: Pool): Promise<string> {
  const prisma = prismaOver(pool);
  const [eventCounts, flaggedCounts] = await Promise.all([
    prisma.normalizedEvent.groupBy({ by: ['source'], _count: { _all: true }, orderBy: { source: 'asc' } }),
    prisma.normalizedEvent.groupBy({ by: ['source'], where: { flags: { isEmpty: false } }, _count: { _all: true } }),
  ]);
  const flaggedOf = new Map(flaggedCounts.map((f) => [f.source, f._count._all]));
  const events = eventCounts.map((e) => ({ source: e.source, n: String(e._count._all), flagged: String(flaggedOf.get(e.source) ?? 0) }));
  const levels = await prisma.riskAssessment.groupBy({ by: ['riskLevel'], _count: { _all: true } });
  const domains = await prisma.riskAssessment.groupBy({ by: ['domain'], _count: { _all: true }, orderBy: { _count: { domain: 'desc' } } });
  const tasks = await prisma.gridTask.groupBy({ by: ['riskLevel', 'state'], _count: { _all: true } });
  const red = await prisma.riskAssessment.findMany({
    where: { riskLevel: 'red' },
    orderBy: [{ riskScore: 'desc' }, { occurredAt: 'desc' }],
    take: 3,
    select: { sourceRef: true, source: true, divisionCode: true, riskScore: true, riskLevel: true, factors: true },
  });
  const divisionNames = new Map(
    (await prisma.division.findMany({ where: { code: { in: red.map((a) => a.divisionCode) } }, select: { code: true, name: true } })).map(
      (d) => [d.code, d.name],
    ),
  );
  const top = red.map((a) => ({
    ...a,
    division: divisionNames.get(a.divisionCode) ?? a.divisionCode,
    factors: a.factors as { factors: { label: string; weight: number; evidence: { field: string; text: string }[] }[] },
  }));
  const routes = await prisma.gridTask.groupBy({
    by: ['routeMethod'],
    _count: { _all: true },
    orderBy: { _count: { routeMethod: 'desc' } },
  });
  const escalations = await prisma.escalation.groupBy({
    by: ['reason', 'toLevel'],
    _count: { _all: true },
    orderBy: [{ reason: 'asc' }, { toLevel: 'asc' }],
  });
  const deliveries = await prisma.delivery.groupBy({
    by: ['channel', 'status'],
    _count: { _all: true },
    orderBy: [{ channel: 'asc' }, { status: 'asc' }],
  });
  // From the stored event to the message accepted by the terminal gateway, for red alerts that opened a task.
  const latency = await prisma.$queryRaw<{ n: string; worker_p50: number; worker_max: number; county_p50: number; county_max: number }[]>`
    WITH red AS (
       SELECT a.task_id, e.ingested_at FROM task_alert a JOIN normalized_event e ON e.event_id = a.event_id
       WHERE a.outcome = 'created' AND a.risk_level = 'red')
     SELECT count(*)::text AS n,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM w.sent - red.ingested_at) * 1000))::float8 AS worker_p50,
       round(max(extract(epoch FROM w.sent - red.ingested_at) * 1000))::float8 AS worker_max,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.sent - red.ingested_at) * 1000))::float8 AS county_p50,
       round(max(extract(epoch FROM c.sent - red.ingested_at) * 1000))::float8 AS county_max
     FROM red
     JOIN LATERAL (SELECT min(sent_at) AS sent FROM delivery d WHERE d.task_id = red.task_id AND d.purpose = 'task_assigned') w ON w.sent IS NOT NULL
     JOIN LATERAL (SELECT min(sent_at) AS sent FROM delivery d WHERE d.task_id = red.task_id AND d.purpose = 'escalation'
                   AND d.message->'data'->'escalation'->>'toLevel' = 'county') c ON c.sent IS NOT NULL`;
  const byLevel = Object.fromEntries(levels.map((l) => [l.riskLevel, l._count._all]));
  const lines = [
    '── stored events (normalized_event) ──',
    ...events.map((e) => `  ${e.source.padEnd(10)} ${e.n.padStart(6)} events, ${e.flagged} flagged for review`),
    '── risk assessments (risk_assessment) ──',
    `  ${['red', 'orange', 'yellow', 'blue', 'none'].map((l) => `${LEVEL_ZH[l]}/${l} ${byLevel[l] ?? 0}`).join('  ')}`,
    `  domains: ${domains.map((d) => `${d.domain} ${d._count._all}`).join(', ')}`,
    '── grid tasks (grid_task, one open task per household and dispute thread) ──',
    ...tasks.map((t) => `  ${LEVEL_ZH[t.riskLevel]}/${t.riskLevel.padEnd(6)} ${t.state.padEnd(10)} ${t._count._all}`),
    `  routed by: ${routes.map((r) => `${r.routeMethod} ${r._count._all}`).join(', ') || 'none yet'}`,
    '── escalations to duty officers (escalation) ──',
    ...escalations.map((e) => `  ${e.reason.padEnd(17)} → ${e.toLevel.padEnd(8)} ${e._count._all}`),
    '── deliveries (delivery: webhook = mobile terminal, sms) ──',
    ...deliveries.map((d) => `  ${d.channel.padEnd(8)} ${d.status.padEnd(8)} ${d._count._all}`),
    ...latency
      .filter((l) => Number(l.n) > 0)
      .map(
        (l) =>
          `  red alerts, stored event → delivered (${l.n} tasks): grid worker p50 ${l.worker_p50} ms / max ${l.worker_max} ms; county duty officer p50 ${l.county_p50} ms / max ${l.county_max} ms`,
      ),
    '── most urgent cases ──',
    ...top.flatMap((t) => [
      `  [${LEVEL_ZH[t.riskLevel]}] ${t.source}:${t.sourceRef} ${t.division} 风险分 ${t.riskScore}`,
      ...t.factors.factors
        .slice(0, 5)
        .map((f) => `      ${f.label} (+${f.weight}) ← ${f.evidence.map((e) => `${e.field}「${e.text}」`).join(' ')}`),
    ]),
  ];
  return lines.join('\n');
}

/**
 * Waits for a task created after `since` that nobody accepted to escalate on its deadline (in the demo,
 * that run's live case), and shows it: the deadline, the level it went to, and the duty officers whose
 * terminals received it. Tasks of earlier runs climbing the chain meanwhile are not what it looks for.
 */
export async function waitForEscalation(pool: Pool, since: Date, timeoutMs: number): Promise<{ text: string; found: boolean }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // Raw SQL through Prisma (a join and a correlated aggregate the client has no form for), parameterised by the tagged template.
    const rows = await prismaOver(pool).$queryRaw<
      {
        task_id: string;
        risk_level: string;
        village: string | null;
        to_level: string;
        reason_text: string;
        at: Date;
        created_at: Date;
        recipients: string | null;
      }[]
    >`
      SELECT e.task_id::text, t.risk_level, v.name AS village, e.to_level, e.reason_text, e.at, t.created_at,
              (SELECT string_agg(d.recipient_id || '/' || d.channel || ' ' || d.status, ', ') FROM delivery d
                WHERE d.task_id = e.task_id AND d.purpose = 'escalation' AND d.created_at >= e.at) AS recipients
       FROM escalation e JOIN grid_task t ON t.task_id = e.task_id LEFT JOIN division v ON v.code = t.village_code
       WHERE e.reason = 'accept_overdue' AND t.created_at >= ${since} AND t.state = 'reported'
       ORDER BY e.at LIMIT 1`;
    const e = rows[0];
    if (e?.recipients && !e.recipients.includes('pending')) {
      const text = [
        `unaccepted task escalated on its deadline: ${e.task_id} (${LEVEL_ZH[e.risk_level]}/${e.risk_level}, ${e.village ?? '—'})`,
        `  created ${e.created_at.toISOString()}, escalated ${e.at.toISOString()} → ${e.to_level}`,
        `  ${e.reason_text}`,
        `  duty officers alerted: ${e.recipients}`,
      ].join('\n');
      return { text, found: true };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    text: `no unaccepted task escalated within ${timeoutMs / 1000} s (are the deadlines long? see DISPATCH_DEADLINES)`,
    found: false,
  };
}
