import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { Header, QueueName, Topic, topicName } from '../../libs/contracts/src';
import { redisConnectionOptions } from '../../libs/messaging/src';
import { policeIncident } from '../support/builders';
import { appEnv, eventually, freshDatabase, freshTopics, type RunningApp, startApp } from '../support/infra';
import { testEnv } from '../support/test-env';

/**
 * The whole pipe on real services: an incident published on the upstream 110 topic is consumed by
 * ingest, stored in PostgreSQL, assessed by risk, relayed through the outbox to BullMQ and picked up
 * by dispatch's worker, with one correlation id from the Kafka header to the job and the logs.
 */
describe('pipeline smoke test', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let topics: Awaited<ReturnType<typeof freshTopics>>;
  let apps: RunningApp[] = [];
  let pg: Client;
  let producer: Producer;

  beforeAll(async () => {
    [db, topics] = await Promise.all([freshDatabase(), freshTopics()]);
    const env = appEnv(db.url, topics.suffix);
    apps = await Promise.all([startApp('ingest', env), startApp('risk', env), startApp('dispatch', env)]);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    producer = topics.kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await pg?.end();
    await Promise.all(apps.map((a) => a.stop()));
    await topics?.drop();
    await db?.drop();
  });

  it('turns a 110 call into a stored event, a red assessment and a grid task picked up by the worker', async () => {
    const correlationId = randomUUID();
    const incident = policeIncident();
    await producer.send({
      topic: topicName(Topic.Police110Incident, topics.suffix),
      messages: [{ key: incident.incidentNo, value: JSON.stringify(incident), headers: { [Header.CorrelationId]: correlationId } }],
    });

    const task = await eventually('a grid task for the incident', async () => {
      const r = await pg.query<{ task_id: string; risk_level: string; last_alert_job: string; correlation_id: string }>(
        'SELECT task_id, risk_level, last_alert_job, correlation_id FROM grid_task WHERE correlation_id = $1',
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
        const j = await queue.getJob(task.last_alert_job);
        return j && (await j.isCompleted()) ? j : undefined;
      });
      expect(job.data.correlationId).toBe(correlationId);
      expect(job.returnvalue).toEqual({ taskId: task.task_id, outcome: 'created' });
    } finally {
      await queue.close();
    }

    // The same correlation id runs through every app's structured logs; no raw identifiers do.
    for (const app of apps) {
      const lines = readFileSync(app.logFile, 'utf8');
      if (app.name !== 'ingest') expect(lines).toContain(correlationId);
      expect(lines).not.toContain(incident.persons[0].idNumber!);
      expect(lines).not.toContain(incident.persons[0].phone!);
    }
  });
});
