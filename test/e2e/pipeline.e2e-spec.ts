import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { Header, QueueName, Topic, topicName } from '../../libs/contracts/src';
import { redisConnectionOptions } from '../../libs/messaging/src';
import { type TerminalGateway } from '../../libs/simulation/src';
import { policeIncident } from '../support/builders';
import { eventually } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { testEnv } from '../support/test-env';

/**
 * The whole pipe on real services: an incident published on the upstream 110 topic is consumed by
 * ingest, stored in PostgreSQL, assessed by risk, relayed through the outbox to BullMQ and picked up
 * by dispatch's worker, with one correlation id from the Kafka header to the job and the logs.
 */
describe('pipeline smoke test', () => {
  const stack = useHubStack({ apps: ['ingest', 'risk', 'dispatch'] });
  let topics: HubStack['topics'];
  let pg: Client;
  let producer: Producer;
  let terminal: TerminalGateway;
  beforeAll(() => ({ topics, pg, producer, terminal } = stack));

  it('turns a 110 call into a stored event, a red assessment, a grid task and a county duty-officer alert', async () => {
    const correlationId = randomUUID();
    const incident = policeIncident();
    await producer.send({
      topic: topicName(Topic.Police110Incident, topics.suffix),
      messages: [{ key: incident.incidentNo, value: JSON.stringify(incident), headers: { [Header.CorrelationId]: correlationId } }],
    });

    const task = await eventually('a grid task for the incident', async () => {
      const r = await pg.query<{ task_id: string; risk_level: string; job_id: string; correlation_id: string }>(
        `SELECT t.task_id, t.risk_level, a.job_id, t.correlation_id FROM grid_task t JOIN task_alert a ON a.task_id = t.task_id
         WHERE t.correlation_id = $1`,
        [correlationId],
      );
      return r.rows[0];
    });
    expect(task.risk_level).toBe('red');

    const stored = await pg.query<{ source_ref: string; payload: { persons: { idMasked: string; idHash: string }[] } }>(
      'SELECT source_ref, payload FROM normalized_event WHERE correlation_id = $1',
      [correlationId],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].source_ref).toBe(incident.incidentNo);
    // Persons are stored hashed and masked, never raw.
    const raw = JSON.stringify(stored.rows[0].payload);
    expect(raw).not.toContain(incident.persons[0].idNumber!);
    expect(raw).not.toContain(incident.persons[0].phone!);
    expect(stored.rows[0].payload.persons[0].idMasked).toBe('4112**********0023');

    const assessment = await pg.query<{ risk_level: string; correlation_id: string }>(
      'SELECT risk_level, correlation_id FROM risk_assessment WHERE correlation_id = $1',
      [correlationId],
    );
    expect(assessment.rows[0].risk_level).toBe('red');

    const queue = new Queue(QueueName.GridAlerts, { connection: redisConnectionOptions(testEnv().REDIS_URL), prefix: topics.suffix });
    try {
      const job = await eventually('the completed BullMQ job', async () => {
        // finishedOn and returnvalue are written together when the job completes: a copy fetched before
        // then has neither, even if the job completes before isCompleted() is asked.
        const j = await queue.getJob(task.job_id);
        return j?.finishedOn && (await j.isCompleted()) ? j : undefined;
      });
      expect(job.data.correlationId).toBe(correlationId);
      expect(job.returnvalue).toEqual({ taskId: task.task_id, outcome: 'created', route: 'address' });
    } finally {
      await queue.close();
    }

    // The grid worker of 新园社区's first grid (人民路) gets the task; the county (湖滨区) duty officer is alerted at once.
    const short = task.task_id.slice(0, 8).toUpperCase();
    const got = await eventually('the grid worker and the county duty officer (webhook and SMS)', async () => {
      const mine = terminal.received.filter((m) => String(m.body.text).includes(short));
      return mine.length >= 3 ? mine : undefined;
    });
    expect(got.map((m) => `${m.channel} ${String(m.body.terminalId ?? m.body.account)}`).sort()).toEqual([
      'sms mt-d-411202000000-1',
      'terminal mt-d-411202000000-1',
      'terminal mt-w-411202001001001-1',
    ]);
    for (const m of got) {
      expect(JSON.stringify(m.body)).not.toContain(incident.persons[0].phone!);
      expect(JSON.stringify(m.body)).not.toContain(incident.persons[0].idNumber!);
    }

    // The same correlation id runs through every app's structured logs; no raw identifiers do.
    for (const app of Object.values(stack.apps)) {
      const lines = readFileSync(app.logFile, 'utf8');
      if (app.name !== 'ingest') expect(lines).toContain(correlationId);
      expect(lines).not.toContain(incident.persons[0].idNumber!);
      expect(lines).not.toContain(incident.persons[0].phone!);
    }
  });
});
