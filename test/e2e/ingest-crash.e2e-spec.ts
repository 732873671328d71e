import { Client } from 'pg';
import { FEEDS, Topic, topicName, type NormalizedEventV1 } from '../../libs/contracts/src';
import { upstreamMessage } from '../../libs/simulation/src';
import { policeIncident } from '../support/builders';
import { appEnv, crashBetweenStoreAndCommit, eventually, startApp } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { committedTotal, readTopic } from '../support/kafka-probe';

const N = 6000;

/**
 * A crash between storing a batch and committing its offsets: the process is frozen (SIGSTOP) at
 * moments chosen by looking, and killed (SIGKILL) as soon as PostgreSQL holds more events than the
 * group has committed. The restarted consumer gets the uncommitted batch again; nothing is lost and
 * nothing is stored twice.
 */
describe('ingest: crash between store and commit', () => {
  const stack = useHubStack({ terminal: false });
  let db: HubStack['db'];
  let topics: HubStack['topics'];
  let pg: Client;
  beforeAll(() => ({ db, topics, pg } = stack));

  it('loses nothing and duplicates nothing', async () => {
    const env = appEnv(db.url, topics.suffix);
    const feed = topicName(FEEDS.police110.topic, topics.suffix);
    const group = `${topics.suffix}.ingest`;
    const producer = topics.kafka.producer();
    await producer.connect();
    const refs: string[] = [];
    for (let i = 0; i < N; i += 500) {
      const batch = Array.from({ length: Math.min(500, N - i) }, (_, j) => {
        const incident = policeIncident({ incidentNo: `J411202C${String(i + j).padStart(7, '0')}` });
        refs.push(incident.incidentNo);
        return upstreamMessage('police110', JSON.stringify(incident), 'crash-test');
      });
      await producer.send({ topic: feed, messages: batch });
    }
    await producer.disconnect();

    const stored = async () => Number((await pg.query<{ n: string }>('SELECT count(*)::text AS n FROM normalized_event')).rows[0].n);
    const first = await startApp('ingest', { ...env, HUB_FAILPOINT_CRASH_BEFORE_COMMIT: '1' });
    const caught = await crashBetweenStoreAndCommit(
      first,
      stored,
      () => committedTotal(topics.kafka, group, feed),
      (s) => s < N,
    );
    expect(caught).toBeDefined();
    const { stored: storedAtCrash, committed: committedAtCrash } = caught!;
    expect(storedAtCrash).toBeGreaterThan(committedAtCrash);

    const second = await startApp('ingest', env);
    try {
      await eventually('every message stored', async () => (await stored()) === N, 60_000);
      await eventually('offsets committed to the end', async () => (await committedTotal(topics.kafka, group, feed)) === N, 90_000);
      const rows = await pg.query<{ n: number; refs: number }>(
        'SELECT count(*)::int AS n, count(DISTINCT source_ref)::int AS refs FROM normalized_event',
      );
      expect(rows.rows[0]).toEqual({ n: N, refs: N });

      // The redelivered batch was recognised as already stored, and published downstream again.
      const metrics = await (await fetch(`http://127.0.0.1:${second.port}/metrics`)).text();
      const duplicates = Number(/outcome="duplicate"\} (\d+)/.exec(metrics)?.[1] ?? 0);
      expect(duplicates).toBeGreaterThanOrEqual(storedAtCrash - committedAtCrash);
      // Read until every reference has been seen: the redelivered batch was published twice, so the
      // first N messages on the topic need not cover all N references.
      const seen = new Set<string>();
      let read = 0;
      const normalized = await readTopic(
        topics.kafka,
        topicName(Topic.NormalizedEvent, topics.suffix),
        (ms) => {
          for (; read < ms.length; read++) seen.add((JSON.parse(ms[read].value!.toString()) as NormalizedEventV1).sourceRef);
          return seen.size >= N;
        },
        60_000,
      );
      const published = new Set(normalized.map((m) => (JSON.parse(m.value!.toString()) as NormalizedEventV1).sourceRef));
      expect(refs.every((r) => published.has(r))).toBe(true);
    } finally {
      await second.stop();
    }
  });
});
