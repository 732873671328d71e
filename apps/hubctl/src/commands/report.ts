import { Queue } from 'bullmq';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { FEEDS, QueueName, Topic, topicName } from '@hub/contracts';
import { redisConnectionOptions, type RedisSettings } from '@hub/messaging';

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
        pool.query<{ n: string }>('SELECT count(*)::text AS n FROM outbox WHERE relayed_at IS NULL').then((r) => Number(r.rows[0].n)),
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
 * What came out of the pipeline, for the demo: figures per stage and the most urgent cases. SQL (group
 * counts, percentiles over joins) on the pool hubctl hands each command; TypedSQL cannot be generated here.
 */
export async function pipelineReport(pool: Pool): Promise<string> {
  const q = async <T extends object>(sql: string) => (await pool.query<T>(sql)).rows;
  const events = await q<{ source: string; n: string; flagged: string }>(
    `SELECT source, count(*)::text AS n, count(*) FILTER (WHERE cardinality(flags) > 0)::text AS flagged FROM normalized_event GROUP BY 1 ORDER BY 1`,
  );
  const levels = await q<{ risk_level: string; n: string }>(`SELECT risk_level, count(*)::text AS n FROM risk_assessment GROUP BY 1`);
  const domains = await q<{ domain: string; n: string }>(
    `SELECT domain, count(*)::text AS n FROM risk_assessment GROUP BY 1 ORDER BY 2 DESC`,
  );
  const tasks = await q<{ risk_level: string; state: string; n: string }>(
    `SELECT risk_level, state, count(*)::text AS n FROM grid_task GROUP BY 1, 2`,
  );
  const top = await q<{
    source_ref: string;
    source: string;
    division: string;
    risk_score: number;
    risk_level: string;
    factors: { factors: { label: string; weight: number; evidence: { field: string; text: string }[] }[] };
  }>(
    `SELECT a.source_ref, a.source, coalesce(d.name, a.division_code) AS division, a.risk_score, a.risk_level, a.factors
     FROM risk_assessment a LEFT JOIN division d ON d.code = a.division_code
     WHERE a.risk_level = 'red' ORDER BY a.risk_score DESC, a.occurred_at DESC LIMIT 3`,
  );
  const routes = await q<{ route_method: string; n: string }>(
    `SELECT route_method, count(*)::text AS n FROM grid_task GROUP BY 1 ORDER BY 2 DESC`,
  );
  const escalations = await q<{ reason: string; to_level: string; n: string }>(
    `SELECT reason, to_level, count(*)::text AS n FROM escalation GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const deliveries = await q<{ channel: string; status: string; n: string }>(
    `SELECT channel, status, count(*)::text AS n FROM delivery GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  // From the stored event to the message accepted by the terminal gateway, for red alerts that opened a task.
  const latency = await q<{ n: string; worker_p50: number; worker_max: number; county_p50: number; county_max: number }>(
    `WITH red AS (
       SELECT a.task_id, e.ingested_at FROM task_alert a JOIN normalized_event e ON e.event_id = a.event_id
       WHERE a.outcome = 'created' AND a.risk_level = 'red')
     SELECT count(*)::text AS n,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM w.sent - red.ingested_at) * 1000)) AS worker_p50,
       round(max(extract(epoch FROM w.sent - red.ingested_at) * 1000)) AS worker_max,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.sent - red.ingested_at) * 1000)) AS county_p50,
       round(max(extract(epoch FROM c.sent - red.ingested_at) * 1000)) AS county_max
     FROM red
     JOIN LATERAL (SELECT min(sent_at) AS sent FROM delivery d WHERE d.task_id = red.task_id AND d.purpose = 'task_assigned') w ON w.sent IS NOT NULL
     JOIN LATERAL (SELECT min(sent_at) AS sent FROM delivery d WHERE d.task_id = red.task_id AND d.purpose = 'escalation'
                   AND d.message->'data'->'escalation'->>'toLevel' = 'county') c ON c.sent IS NOT NULL`,
  );
  const byLevel = Object.fromEntries(levels.map((l) => [l.risk_level, Number(l.n)]));
  const lines = [
    '── stored events (normalized_event) ──',
    ...events.map((e) => `  ${e.source.padEnd(10)} ${e.n.padStart(6)} events, ${e.flagged} flagged for review`),
    '── risk assessments (risk_assessment) ──',
    `  ${['red', 'orange', 'yellow', 'blue', 'none'].map((l) => `${LEVEL_ZH[l]}/${l} ${byLevel[l] ?? 0}`).join('  ')}`,
    `  domains: ${domains.map((d) => `${d.domain} ${d.n}`).join(', ')}`,
    '── grid tasks (grid_task, one open task per household and dispute thread) ──',
    ...tasks.map((t) => `  ${LEVEL_ZH[t.risk_level]}/${t.risk_level.padEnd(6)} ${t.state.padEnd(10)} ${t.n}`),
    `  routed by: ${routes.map((r) => `${r.route_method} ${r.n}`).join(', ') || 'none yet'}`,
    '── escalations to duty officers (escalation) ──',
    ...escalations.map((e) => `  ${e.reason.padEnd(17)} → ${e.to_level.padEnd(8)} ${e.n}`),
    '── deliveries (delivery: webhook = mobile terminal, sms) ──',
    ...deliveries.map((d) => `  ${d.channel.padEnd(8)} ${d.status.padEnd(8)} ${d.n}`),
    ...latency
      .filter((l) => Number(l.n) > 0)
      .map(
        (l) =>
          `  red alerts, stored event → delivered (${l.n} tasks): grid worker p50 ${l.worker_p50} ms / max ${l.worker_max} ms; county duty officer p50 ${l.county_p50} ms / max ${l.county_max} ms`,
      ),
    '── most urgent cases ──',
    ...top.flatMap((t) => [
      `  [${LEVEL_ZH[t.risk_level]}] ${t.source}:${t.source_ref} ${t.division} 风险分 ${t.risk_score}`,
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
    const { rows } = await pool.query<{
      task_id: string;
      risk_level: string;
      village: string | null;
      to_level: string;
      reason_text: string;
      at: Date;
      created_at: Date;
      recipients: string | null;
    }>(
      `SELECT e.task_id, t.risk_level, v.name AS village, e.to_level, e.reason_text, e.at, t.created_at,
              (SELECT string_agg(d.recipient_id || '/' || d.channel || ' ' || d.status, ', ') FROM delivery d
                WHERE d.task_id = e.task_id AND d.purpose = 'escalation' AND d.created_at >= e.at) AS recipients
       FROM escalation e JOIN grid_task t ON t.task_id = e.task_id LEFT JOIN division v ON v.code = t.village_code
       WHERE e.reason = 'accept_overdue' AND t.created_at >= $1 AND t.state = 'reported'
       ORDER BY e.at LIMIT 1`,
      [since],
    );
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
