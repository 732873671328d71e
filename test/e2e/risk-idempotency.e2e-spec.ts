import { Queue } from 'bullmq';
import type { Message } from 'kafkajs';
import { Client } from 'pg';
import { Header, QueueName, Topic, topicName } from '../../libs/contracts/src';
import { admitUpstreamMessage, PersonIdentity, RISK_RULES_V1 } from '../../libs/domain/src';
import { redisConnectionOptions } from '../../libs/messaging/src';
import { generateSanmenxia, DEFAULT_OPTIONS, generateFeeds } from '../../libs/simulation/src';
import { appEnv, crashBetweenStoreAndCommit, eventually, startApp } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { committedTotal } from '../support/kafka-probe';
import { testEnv } from '../support/test-env';

/**
 * Assessments are idempotent under redelivery on real Kafka and PostgreSQL: every normalized event is
 * published twice, and the risk app is killed between storing a batch and committing it. Each event
 * revision still has exactly one assessment, each alert one outbox row and one BullMQ job.
 */
describe('risk: idempotent under redelivery', () => {
  const stack = useHubStack({ terminal: false });
  let db: HubStack['db'];
  let topics: HubStack['topics'];
  let pg: Client;
  beforeAll(() => ({ db, topics, pg } = stack));

  it('stores one assessment per event revision and one job per alert', async () => {
    const identity = new PersonIdentity(testEnv().PERSON_HASH_KEY);
    const villages = generateSanmenxia().filter((r) => r.level === 'village');
    const now = new Date();
    const events = generateFeeds({
      ...DEFAULT_OPTIONS,
      seed: 99,
      days: 2,
      eventsPerDay: 400,
      end: new Date(now.getTime() - 60_000),
      villages,
    }).map((m) =>
      admitUpstreamMessage(m.feed, Buffer.from(JSON.stringify(m.value)), {
        policy: { maxMessageBytes: 1 << 20, maxTextChars: 8000, futureToleranceMinutes: 10 },
        identity,
        divisions: { isKnown: () => true },
        now,
        correlationId: `c-${m.key}`,
      }),
    );
    const distinct = new Set(events.map((e) => e.eventId)).size;
    const topic = topicName(Topic.NormalizedEvent, topics.suffix);
    const producer = topics.kafka.producer();
    await producer.connect();
    const messages: Message[] = events.map((e) => ({
      key: e.householdKey,
      value: JSON.stringify(e),
      headers: { [Header.CorrelationId]: e.correlationId },
    }));
    for (const copy of [messages, messages]) {
      for (let i = 0; i < copy.length; i += 400) await producer.send({ topic, messages: copy.slice(i, i + 400) });
    }
    await producer.disconnect();
    const total = messages.length * 2;

    // The rule and model version comes from configuration; every assessment keeps it.
    const env = appEnv(db.url, topics.suffix, { RISK_RULES_VERSION: RISK_RULES_V1.version });
    const stored = async () => Number((await pg.query<{ n: string }>('SELECT count(*)::text AS n FROM risk_assessment')).rows[0].n);
    const first = await startApp('risk', { ...env, HUB_FAILPOINT_CRASH_BEFORE_COMMIT: '1' });
    const crash = await crashBetweenStoreAndCommit(
      first,
      stored,
      () => committedTotal(topics.kafka, `${topics.suffix}.risk`, topic),
      (s, c) => s > 0 && c < messages.length,
      // Classification is most of a batch's time (words and a model since 2026-11-30), so the store-to-commit
      // window is a smaller share of it and, on a loaded machine, takes more looks to catch.
      180_000,
    );
    const crashed = crash !== undefined;
    expect(crashed).toBe(true);

    const second = await startApp('risk', env);
    try {
      await eventually(
        'all offsets committed',
        async () => (await committedTotal(topics.kafka, `${topics.suffix}.risk`, topic)) === total,
        90_000,
      );
      const rows = await pg.query<{ n: number; events: number }>(
        'SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS events FROM risk_assessment',
      );
      expect(rows.rows[0]).toEqual({ n: distinct, events: distinct });
      const versions = await pg.query<{ v: string }>('SELECT DISTINCT rules_version AS v FROM risk_assessment');
      expect(versions.rows).toEqual([{ v: RISK_RULES_V1.version }]);
      // Dispute threads count each assessment once, redelivered or not; pairs span households and feeds.
      const threads = await pg.query<{ records: number; assessments: number; pairs: number }>(
        `SELECT (SELECT sum(records)::int FROM dispute_thread) AS records, (SELECT count(*)::int FROM risk_assessment) AS assessments,
                (SELECT count(*)::int FROM dispute_thread WHERE basis = 'pair') AS pairs`,
      );
      expect(threads.rows[0].records).toBe(threads.rows[0].assessments);
      expect(threads.rows[0].pairs).toBeGreaterThan(0);
      const alerts = await pg.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM risk_assessment WHERE family_romantic AND risk_level IN ('red', 'orange', 'yellow')`,
      );
      const outbox = await pg.query<{ n: number; jobs: number }>(
        'SELECT count(*)::int AS n, count(DISTINCT job_id)::int AS jobs FROM outbox',
      );
      expect(alerts.rows[0].n).toBeGreaterThan(0);
      expect(outbox.rows[0]).toEqual({ n: alerts.rows[0].n, jobs: alerts.rows[0].n });
      await eventually('the outbox relayed', async () => (await pg.query('SELECT 1 FROM outbox WHERE relayed_at IS NULL')).rowCount === 0);
      const queue = new Queue(QueueName.GridAlerts, { connection: redisConnectionOptions(testEnv().REDIS_URL), prefix: topics.suffix });
      try {
        const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(alerts.rows[0].n);
      } finally {
        await queue.close();
      }
    } finally {
      await second.stop();
    }
  }, 300_000); // the crash phase freezes the app between looks: on a loaded 2-core machine it needs minutes
});
