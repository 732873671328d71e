import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Topic, topicName } from '../../libs/contracts/src';
import { policeIncident } from '../support/builders';
import { appEnv, eventually, freshDatabase, freshTopics, type RunningApp, startApp } from '../support/infra';
import { kafkaUser, testEnv } from '../support/test-env';

const ROOT = join(__dirname, '..', '..');
/** The broker's own jars (deploy/local/kafka.sh fetched them from Maven Central): Kafka's Java client and its codecs. */
const KAFKA_LIBS = join(process.env.KAFKA_STATE_DIR ?? join(ROOT, '.local', 'kafka'), 'libs');

/**
 * Upstream systems written in Java produce with `compression.type` gzip, snappy, lz4 or zstd. Each codec
 * here is written by Kafka's own console producer (the standard Java client), one batch of several
 * messages per codec, each followed by an uncompressed message on the same partition: all are stored.
 */
describe('ingest reads every compression codec of the standard Java producer', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let topics: Awaited<ReturnType<typeof freshTopics>>;
  let ingest: RunningApp;
  let pg: Client;
  let dir: string;

  beforeAll(async () => {
    [db, topics] = await Promise.all([freshDatabase(), freshTopics()]);
    ingest = await startApp('ingest', appEnv(db.url, topics.suffix));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    dir = mkdtempSync(join(tmpdir(), 'hub-codecs-'));
    const admin = kafkaUser('hub-admin');
    writeFileSync(
      join(dir, 'client.properties'),
      [
        'security.protocol=SASL_PLAINTEXT',
        'sasl.mechanism=SCRAM-SHA-512',
        `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${admin.username}" password="${admin.password}";`,
        'linger.ms=200',
      ].join('\n'),
      { mode: 0o600 },
    );
    writeFileSync(
      join(dir, 'log4j.properties'),
      'log4j.rootLogger=ERROR, stderr\nlog4j.appender.stderr=org.apache.log4j.ConsoleAppender\nlog4j.appender.stderr.Target=System.err\nlog4j.appender.stderr.layout=org.apache.log4j.SimpleLayout\n',
    );
  });

  afterAll(async () => {
    await pg?.end();
    await ingest?.stop();
    await topics?.drop();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs kafka.tools.ConsoleProducer with `lines` (key|value) on stdin; resolves when it has flushed and exited. */
  function consoleProducer(topic: string, codec: string, lines: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        'java',
        [
          '-Xmx256m',
          `-Dlog4j.configuration=file:${join(dir, 'log4j.properties')}`,
          '-cp',
          `${KAFKA_LIBS}/*`,
          'kafka.tools.ConsoleProducer',
          '--bootstrap-server',
          testEnv().KAFKA_BROKERS,
          '--topic',
          topic,
          '--compression-codec',
          codec,
          '--producer.config',
          join(dir, 'client.properties'),
          '--property',
          'parse.key=true',
          '--property',
          'key.separator=|',
        ],
        { stdio: ['pipe', 'ignore', 'pipe'] },
      );
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`ConsoleProducer (${codec}) exited ${code}: ${err.slice(-2000)}`)),
      );
      child.stdin.end(lines.map((l) => `${l}\n`).join(''));
    });
  }

  async function storedAt(ref: string): Promise<{ partition: number }> {
    return eventually(
      `${ref} stored`,
      async () =>
        (await pg.query<{ partition: number }>('SELECT kafka_partition AS partition FROM normalized_event WHERE source_ref = $1', [ref]))
          .rows[0],
      20_000,
    );
  }

  it.each(['none', 'gzip', 'snappy', 'lz4', 'zstd'])(
    '%s: a batch from the Java producer, then an uncompressed message on its partition',
    async (codec) => {
      const topic = topicName(Topic.Police110Incident, topics.suffix);
      const key = `codec-${codec}`;
      const refs = Array.from({ length: 5 }, (_, i) => `JC${codec}${Date.now()}${i}`);
      // Real call texts compress; one key keeps the batch on one partition.
      await consoleProducer(
        topic,
        codec,
        refs.map((ref) => `${key}|${JSON.stringify(policeIncident({ incidentNo: ref }))}`),
      );
      const partitions = new Set((await Promise.all(refs.map(storedAt))).map((r) => r.partition));
      expect(partitions.size).toBe(1);
      const [partition] = partitions;

      const producer = topics.kafka.producer();
      await producer.connect();
      const after = `JC${codec}after${Date.now()}`;
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key, partition, value: JSON.stringify(policeIncident({ incidentNo: after })) }],
      });
      await producer.disconnect();
      expect((await storedAt(after)).partition).toBe(partition);
    },
  );
});
