import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { Header, type NormalizedEventV1, Topic, topicName } from '../../libs/contracts/src';
import { admitUpstreamMessage, HISTORY_BOUNDS, PersonIdentity } from '../../libs/domain/src';
import { policeIncident } from '../support/builders';
import { appEnv, eventually, freshDatabase, freshTopics, type RunningApp, startApp } from '../support/infra';
import { testEnv } from '../support/test-env';

const EARLIER = 10_000;

/**
 * A household with 10,000 earlier records (a hostel, a police station's address, a default address)
 * is assessed like any other: the look-up reads a bounded number of records and the stored assessment
 * is no larger than one with a few hundred earlier records. Speed is measured in `npm run bench -- risk`.
 */
describe('risk: a household with 10,000 earlier records', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let topics: Awaited<ReturnType<typeof freshTopics>>;
  let risk: RunningApp;
  let pg: Client;
  let producer: Producer;

  beforeAll(async () => {
    [db, topics] = await Promise.all([freshDatabase(), freshTopics()]);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    // Earlier violent family incidents, the newest an hour ago: `hh_crowded` has 10,000, `hh_few` 300.
    // Record numbers of the same length in both, so the sizes compare the bounds, not the names.
    for (const [household, n] of [
      ['hh_crowded', EARLIER],
      ['hh_few', 300],
    ] as const) {
      await pg.query(
        `INSERT INTO risk_assessment (assessment_id, event_id, source, source_ref, revision, occurred_at, household_key, person_hashes,
           division_code, domain, family_romantic, risk_score, risk_level, factor_codes, factors, links, rules_version, correlation_id)
         SELECT gen_random_uuid(), gen_random_uuid(), 'police110', left($1, 4) || i, 1, now() - interval '1 hour' - i * interval '20 minutes', $1,
           '{}', '411202001001', '婚姻家庭', true, 40, 'orange', '{violence}', '{}'::json, '[]'::json, 'seed', 'seed-' || i
         FROM generate_series(1, $2::int) i`,
        [household, n],
      );
    }
    risk = await startApp('risk', appEnv(db.url, topics.suffix));
    producer = topics.kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await pg?.end();
    await risk?.stop();
    await topics?.drop();
    await db?.drop();
  });

  const identity = new PersonIdentity(testEnv().PERSON_HASH_KEY);
  function eventOf(household: string): NormalizedEventV1 {
    const e = admitUpstreamMessage(
      'police110',
      Buffer.from(JSON.stringify(policeIncident({ incidentNo: `JCR${randomUUID().slice(0, 12)}` }))),
      {
        policy: { maxMessageBytes: 1 << 20, maxTextChars: 8000, futureToleranceMinutes: 10 },
        identity,
        divisions: { isKnown: () => true },
        now: new Date(),
        correlationId: randomUUID(),
      },
    );
    // No persons: the thread is the household's alone, as at a shared address.
    return { ...e, householdKey: household, persons: [], mentions: undefined };
  }

  async function historyRowsRead(): Promise<number> {
    const text = await (await fetch(`http://127.0.0.1:${risk.port}/metrics`)).text();
    return Number(/hub_risk_history_rows_total (\d+)/.exec(text)?.[1] ?? 0);
  }

  async function assess(household: string) {
    const e = eventOf(household);
    const before = await historyRowsRead();
    await producer.send({
      topic: topicName(Topic.NormalizedEvent, topics.suffix),
      messages: [{ key: household, value: JSON.stringify(e), headers: { [Header.CorrelationId]: e.correlationId } }],
    });
    const row = await eventually(`${household} assessed`, async () => {
      const { rows } = await pg.query<{ size: number; factors: { thread: { linkedRecords: number } }; links: unknown[] }>(
        `SELECT octet_length(factors::text) + octet_length(links::text) AS size, factors, links FROM risk_assessment WHERE event_id = $1`,
        [e.eventId],
      );
      return rows[0];
    });
    return { ...row, rowsRead: (await historyRowsRead()) - before };
  }

  it('reads a bounded history and stores an assessment no larger than with 300 earlier records', async () => {
    const few = await assess('hh_few');
    const crowded = await assess('hh_crowded');
    expect(crowded.rowsRead).toBeLessThanOrEqual(HISTORY_BOUNDS.priorsPerKey);
    expect(crowded.factors.thread.linkedRecords).toBe(HISTORY_BOUNDS.priorsPerKey);
    expect(crowded.links).toHaveLength(HISTORY_BOUNDS.links);
    expect(crowded.size).toBeLessThanOrEqual(few.size + 64);
    expect(crowded.size).toBeLessThan(30_000);
    // A second event of the same household: as bounded, and not stuck behind the first.
    const again = await assess('hh_crowded');
    expect(again.rowsRead).toBeLessThanOrEqual(HISTORY_BOUNDS.priorsPerKey + 1);
    expect(again.size).toBeLessThanOrEqual(few.size + 64);
  });
});
