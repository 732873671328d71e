import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { Header, type Police110IncidentV1, Topic, topicName } from '@hub/contracts';
import { makeIdNumber } from '@hub/simulation';

interface Step {
  label: string;
  sql: string;
}

/**
 * Publishes one red-level 110 call (a husband threatening his wife with a kitchen knife) and follows it
 * through the hub, printing when each stage had it: stored, assessed, grid task, grid worker's terminal,
 * county duty officer. The times are as PostgreSQL recorded them, relative to the publish. SQL on the pool
 * hubctl (and the board check) hand it: one small query per stage, polled.
 */
export async function traceRedCase(
  kafka: Kafka,
  pool: Pool,
  topicSuffix: string,
  timeoutMs = 30_000,
): Promise<{ text: string; complete: boolean; incidentNo: string; publishedAt: number }> {
  const correlationId = randomUUID();
  const now = new Date();
  const incidentNo = `J411202${now.getTime()}`;
  const born = (y: number) => new Date(Date.UTC(y, 2, 15));
  const incident: Police110IncidentV1 = {
    schemaVersion: 1,
    incidentNo,
    revision: 1,
    status: 'received',
    receivedAt: now.toISOString(),
    category: { code: '04', name: '纠纷' },
    subCategory: { code: '040101', name: '家庭纠纷' },
    callText: '报警人称其丈夫酒后拿菜刀威胁要杀了她，还掐她脖子，她现在躲在邻居家，很害怕。',
    // A new household each run, so the call opens a task of its own instead of joining an earlier one.
    address: {
      text: `新园社区人民路${(now.getTime() % 900) + 100}号5号楼1单元${(now.getTime() % 29) + 1}02室`,
      divisionCode: '411202001001',
    },
    policeStation: { code: 'PS411202', name: '湖滨派出所' },
    persons: [
      {
        role: 'caller',
        name: '赵丽娟',
        idNumber: makeIdNumber('411202', born(1991), now.getTime() % 1000, false),
        phone: '13903987766',
        gender: 'F',
        age: 35,
      },
      {
        role: 'suspect',
        name: '孙海涛',
        idNumber: makeIdNumber('411202', born(1988), (now.getTime() + 7) % 1000, true),
        phone: '13803981122',
        gender: 'M',
        age: 38,
      },
    ],
  };
  const producer = kafka.producer();
  await producer.connect();
  const t0 = Date.now();
  await producer.send({
    topic: topicName(Topic.Police110Incident, topicSuffix),
    messages: [{ key: incidentNo, value: JSON.stringify(incident), headers: { [Header.CorrelationId]: correlationId } }],
  });
  await producer.disconnect();

  const steps: Step[] = [
    { label: '入库 stored (ingest)', sql: `SELECT ingested_at AS at FROM normalized_event WHERE correlation_id = $1` },
    {
      label: '研判 assessed (risk)',
      sql: `SELECT assessed_at AS at, risk_level || ' ' || risk_score AS note FROM risk_assessment WHERE correlation_id = $1`,
    },
    {
      label: '网格任务 grid task (dispatch)',
      sql: `SELECT t.created_at AS at, g.name AS note FROM grid_task t LEFT JOIN grid g ON g.code = t.grid_code WHERE t.correlation_id = $1`,
    },
    {
      label: '网格员终端 grid worker terminal',
      sql: `SELECT d.sent_at AS at, d.recipient_id AS note FROM delivery d JOIN grid_task t ON t.task_id = d.task_id
            WHERE t.correlation_id = $1 AND d.purpose = 'task_assigned' AND d.sent_at IS NOT NULL`,
    },
    {
      label: '县级值班 county duty officer',
      sql: `SELECT min(d.sent_at) AS at, string_agg(DISTINCT d.recipient_id || '/' || d.channel, ', ') AS note FROM delivery d
            JOIN grid_task t ON t.task_id = d.task_id
            WHERE t.correlation_id = $1 AND d.purpose = 'escalation' AND d.sent_at IS NOT NULL HAVING count(*) > 0`,
    },
  ];
  const found = new Map<string, { at: Date; note?: string }>();
  while (found.size < steps.length && Date.now() - t0 < timeoutMs) {
    for (const s of steps.filter((x) => !found.has(x.label))) {
      const { rows } = await pool.query<{ at: Date; note?: string }>(s.sql, [correlationId]);
      if (rows[0]?.at) found.set(s.label, rows[0]);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const lines = [`traced one red 110 call ${incidentNo} (correlation ${correlationId}):`];
  for (const s of steps) {
    const f = found.get(s.label);
    lines.push(`  ${s.label.padEnd(34)} ${f ? `+${String(f.at.getTime() - t0).padStart(5)} ms  ${f.note ?? ''}` : 'not reached'}`);
  }
  return { text: lines.join('\n'), complete: found.size === steps.length, incidentNo, publishedAt: t0 };
}
