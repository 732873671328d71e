import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { IHeaders, Producer } from 'kafkajs';
import { Client } from 'pg';
import { FEEDS, type FeedSource, Header, topicName } from '../../libs/contracts/src';
import { eventIdFor } from '../../libs/domain/src';
import { courtFiling, petition, policeIncident } from '../support/builders';
import { appEnv, eventually, freshDatabase, freshTopics, type RunningApp, startApp } from '../support/infra';
import { readTopic } from '../support/kafka-probe';

/**
 * A hostile upstream against the running ingest and risk apps: each kind of message that once stopped its
 * partition for good, and a property-based fuzz of the three feed schemas, each followed by a valid
 * message under the same key (so on the same partition), which must be stored within seconds. Every
 * hostile message is either stored (cleaned and flagged) or set aside with a reason: none is lost.
 */
describe('a hostile upstream never stops a partition', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let topics: Awaited<ReturnType<typeof freshTopics>>;
  let ingest: RunningApp;
  let risk: RunningApp;
  let pg: Client;
  let producer: Producer;
  const SECONDS = 10_000;
  /** Fuzzed messages per feed, each followed by a valid one on its partition (about a second a pair). */
  const RUNS_PER_FEED = 25;

  beforeAll(async () => {
    [db, topics] = await Promise.all([freshDatabase(), freshTopics()]);
    [ingest, risk] = await Promise.all([
      startApp('ingest', appEnv(db.url, topics.suffix)),
      startApp('risk', appEnv(db.url, topics.suffix)),
    ]);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    producer = topics.kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await pg?.end();
    await Promise.all([ingest?.stop(), risk?.stop()]);
    await topics?.drop();
    await db?.drop();
  });

  const feedTopic = (f: FeedSource) => topicName(FEEDS[f].topic, topics.suffix);

  /** Sends one message; returns the partition it landed on. */
  async function send(feed: FeedSource, key: string, value: string | Buffer, headers: IHeaders = {}, partition?: number): Promise<number> {
    const [meta] = await producer.send({ topic: feedTopic(feed), acks: -1, messages: [{ key, value, headers, partition }] });
    return meta.partition;
  }

  async function stored(source: FeedSource, ref: string, timeoutMs = SECONDS) {
    return eventually(
      `${source} ${ref} stored`,
      async () =>
        (
          await pg.query<{ flags: string[]; correlation_id: string; payload: { texts: { main: string } } }>(
            'SELECT flags, correlation_id, payload FROM normalized_event WHERE source = $1 AND source_ref = $2',
            [source, ref],
          )
        ).rows[0],
      timeoutMs,
    );
  }

  async function assessed(source: FeedSource, ref: string) {
    const eventId = eventIdFor(source, ref, 1);
    return eventually(
      `${ref} assessed`,
      async () => (await pg.query('SELECT 1 FROM risk_assessment WHERE event_id = $1', [eventId])).rowCount === 1,
      SECONDS,
    );
  }

  /** A valid message of `feed` and its source reference. */
  function validOf(feed: FeedSource): { ref: string; value: object } {
    const n = randomUUID().replace(/-/g, '').slice(0, 10);
    if (feed === 'court') {
      const caseNo = `(2026)豫1202民初${parseInt(n.slice(0, 8), 16) % 999_999}号`;
      return { ref: caseNo, value: courtFiling({ caseNo }) };
    }
    if (feed === 'petition') return { ref: `XFNEXT${n}`, value: petition({ petitionNo: `XFNEXT${n}` }) };
    return { ref: `JNEXT${n}`, value: policeIncident({ incidentNo: `JNEXT${n}` }) };
  }

  /**
   * Sends a valid message of the same feed after the hostile one, under the same key and to the same
   * partition (the one the hostile message landed on): it must be stored and assessed within seconds.
   */
  async function followedByValid(feed: FeedSource, key: string, partition: number): Promise<void> {
    const next = validOf(feed);
    expect(await send(feed, key, JSON.stringify(next.value), { [Header.CorrelationId]: randomUUID() }, partition)).toBe(partition);
    await stored(feed, next.ref);
    await assessed(feed, next.ref);
  }

  async function deadLetterFor(feed: FeedSource, correlationId: string) {
    const found = await readTopic(topics.kafka, topicName(FEEDS[feed].deadLetterTopic, topics.suffix), (ms) =>
      ms.some((m) => m.headers[Header.CorrelationId] === correlationId),
    );
    return found.find((m) => m.headers[Header.CorrelationId] === correlationId)!;
  }

  const incidentNo = () => `JH${randomUUID().replace(/-/g, '').slice(0, 16)}`;

  it.each<[string, (no: string) => string]>([
    ['a NUL in the call text', (no) => JSON.stringify(policeIncident({ incidentNo: no, callText: '丈夫\u0000打人' }))],
    ['a lone surrogate in the call text', (no) => JSON.stringify(policeIncident({ incidentNo: no, callText: '丈夫\ud800打人' }))],
    [
      'a NUL in a person’s name',
      (no) => JSON.stringify(policeIncident({ incidentNo: no, persons: [{ role: 'caller', name: '李\u0000秀英' }] })),
    ],
  ])('stores %s cleaned and flagged text_cleaned, then the next message', async (_, make) => {
    const no = incidentNo();
    await followedByValid('police110', no, await send('police110', no, make(no), { [Header.CorrelationId]: randomUUID() }));
    const row = await stored('police110', no);
    expect(row.flags).toContain('text_cleaned');
    expect(JSON.stringify(row.payload)).not.toMatch(/\\u0000|\\ud800/i);
    await assessed('police110', no);
  });

  it.each<[string, (no: string) => object, string]>([
    ['revision 2147483648', (no) => policeIncident({ incidentNo: no, revision: 2_147_483_648 }), 'invalid_value'],
    ['receivedAt in year 0000', (no) => policeIncident({ incidentNo: no, receivedAt: '0000-01-01T00:00:00Z' }), 'invalid_date'],
  ])('dead-letters %s with a reason, then takes the next message', async (_, make, reason) => {
    const no = incidentNo();
    const correlationId = randomUUID();
    await followedByValid(
      'police110',
      no,
      await send('police110', no, JSON.stringify(make(no)), { [Header.CorrelationId]: correlationId }),
    );
    expect((await deadLetterFor('police110', correlationId)).headers[Header.DeadReason]).toBe(reason);
  });

  it.each<[string, string]>([
    ['a NUL in x-correlation-id', 'abc\u0000def'],
    ['a 64 KB x-correlation-id', 'c'.repeat(65_536)],
  ])('replaces %s and flags the event, then takes the next message', async (_, header) => {
    const no = incidentNo();
    await followedByValid(
      'police110',
      no,
      await send('police110', no, JSON.stringify(policeIncident({ incidentNo: no })), { [Header.CorrelationId]: header }),
    );
    const row = await stored('police110', no);
    expect(row.flags).toContain('correlation_id_replaced');
    expect(row.correlation_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('dead-letters GBK bytes without a declared charset (invalid_encoding) and reads them as GB18030 when x-charset says so', async () => {
    // All ASCII but the call text: 打人 in GBK, as an older government system writes it.
    const gbk = (no: string) => {
      const [head, tail] = JSON.stringify({
        ...policeIncident({ incidentNo: no, callText: 'X', persons: [] }),
        category: { code: '04', name: 'dispute' },
        subCategory: undefined,
        address: { text: 'Renmin Road 12', divisionCode: '411202001001' },
        policeStation: { code: 'PS1', name: 'Hubin' },
      }).split('"X"');
      return Buffer.concat([Buffer.from(`${head}"`), Buffer.from([0xb4, 0xf2, 0xc8, 0xcb]), Buffer.from(`"${tail}`)]);
    };
    const undeclared = incidentNo();
    const correlationId = randomUUID();
    await followedByValid(
      'police110',
      undeclared,
      await send('police110', undeclared, gbk(undeclared), { [Header.CorrelationId]: correlationId }),
    );
    expect((await deadLetterFor('police110', correlationId)).headers[Header.DeadReason]).toBe('invalid_encoding');

    const declared = incidentNo();
    await followedByValid(
      'police110',
      declared,
      await send('police110', declared, gbk(declared), { [Header.CorrelationId]: randomUUID(), 'x-charset': 'GBK' }),
    );
    const row = await stored('police110', declared);
    expect(row.payload.texts.main).toBe('打人');
    expect(row.flags).toContain('transcoded_gb18030');
  });

  describe('property: valid shapes carrying hostile values', () => {
    const hostileString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\u0000\ud83d', '\u202e', '\ufeff', '𠀀😀', '\\u0000', "'; DROP TABLE x; --", ''),
      fc.string({ unit: fc.constantFrom('\u0000', '\ud800', '打', 'x'), minLength: 1, maxLength: 60 }),
    );
    const hostileNumber = fc.oneof(
      fc.integer(),
      fc.constantFrom(0, -1, 2_147_483_647, 2_147_483_648, Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    const hostileDate = fc.oneof(
      fc.constantFrom(
        '0000-01-01T00:00:00Z',
        '9999-12-31T23:59:59Z',
        '1970-01-01T00:00:00Z',
        '2026-02-30T00:00:00Z',
        '+275760-09-13T00:00:00Z',
        'now',
        '',
      ),
      fc
        .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    );
    const hostileHeader = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constant('h'.repeat(65_536)), fc.uuid());
    let sent = 0;
    const refs = new Set<string>();

    const sample = fc.record({
      text: hostileString,
      name: hostileString,
      number: hostileNumber,
      date: hostileDate,
      header: hostileHeader,
      which: fc.nat(3),
    });
    type Sample = typeof sample extends fc.Arbitrary<infer T> ? T : never;

    async function fuzz(feed: FeedSource, build: (ref: string, s: Sample) => { ref: string; value: object }) {
      await fc.assert(
        fc.asyncProperty(sample, async (s) => {
          const ref = `${Date.now().toString(36)}${randomUUID().slice(0, 6)}`;
          const { ref: sourceRef, value } = build(ref, s);
          refs.add(`${feed}|${sourceRef}`);
          sent++;
          const key = `fuzz-${ref}`;
          await followedByValid(feed, key, await send(feed, key, JSON.stringify(value), { [Header.CorrelationId]: s.header }));
        }),
        { numRuns: RUNS_PER_FEED, endOnFailure: true },
      );
    }

    it('110 incidents', async () => {
      await fuzz('police110', (ref, s) => {
        const no = `JF${ref}`.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40);
        const base = policeIncident({ incidentNo: no });
        const value = [
          { ...base, callText: s.text, dispositionText: s.name },
          { ...base, revision: s.number, persons: [{ role: 'caller' as const, name: s.name || 'x', age: s.number }] },
          { ...base, receivedAt: s.date, closedAt: s.date },
          {
            ...base,
            address: { ...base.address, text: s.text, lat: s.number },
            category: { code: s.name || 'c', name: s.text || 'n' },
          },
        ][s.which];
        return { ref: no, value };
      });
    });

    it('court filings', async () => {
      await fuzz('court', (ref, s) => {
        const caseNo = `(2026)豫1202民初${String(parseInt(ref.slice(-6), 36) % 999_999)}号`;
        const base = courtFiling({ caseNo });
        const value = [
          { ...base, claimsText: s.text },
          { ...base, revision: s.number },
          { ...base, filedAt: s.date },
          { ...base, parties: [{ role: 'plaintiff' as const, name: s.name || 'x', phone: s.text }] },
        ][s.which];
        return { ref: caseNo, value };
      });
    });

    it('petitions', async () => {
      await fuzz('petition', (ref, s) => {
        const no = `XF${ref}`.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40);
        const base = petition({ petitionNo: no });
        const value = [
          { ...base, content: s.text, subject: s.name },
          { ...base, revision: s.number },
          { ...base, receivedAt: s.date },
          { ...base, petitioners: [{ name: s.name || 'x', idNumber: s.text }], address: { ...base.address, text: s.text } },
        ][s.which];
        return { ref: no, value };
      });
    });

    it('lost none: every fuzzed message was stored or set aside with a reason', async () => {
      expect(sent).toBe(3 * RUNS_PER_FEED);
      const admin = topics.kafka.admin();
      await admin.connect();
      try {
        await eventually(
          'every fuzzed message accounted for',
          async () => {
            let dead = 0;
            for (const f of ['police110', 'court', 'petition'] as const) {
              for (const p of await admin.fetchTopicOffsets(topicName(FEEDS[f].deadLetterTopic, topics.suffix))) dead += Number(p.high);
            }
            const pairs = [...refs].map((r) => r.split('|'));
            const { rows } = await pg.query<{ n: number }>(
              `SELECT count(DISTINCT (source, source_ref))::int AS n FROM normalized_event
               WHERE (source, source_ref) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
              [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
            );
            // Dead letters of the earlier cases in this file are on the same topics: 3 of them.
            return rows[0].n + dead - 3 === refs.size;
          },
          SECONDS,
        );
      } finally {
        await admin.disconnect();
      }
    });
    it('the apps stayed up and healthy throughout', async () => {
      for (const app of [ingest, risk]) {
        expect(app.process.exitCode).toBeNull();
        const res = await fetch(`http://127.0.0.1:${app.port}/health`);
        expect(res.status).toBe(200);
      }
    });
  });
});
