import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { FEEDS, Header, Topic, topicName, type NormalizedEventV1 } from '../../libs/contracts/src';
import { eventIdFor } from '../../libs/domain/src';
import { courtFiling, ID_WIFE, petition, policeIncident } from '../support/builders';
import { eventually } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { readTopic, type ReadMessage } from '../support/kafka-probe';

/**
 * Every bad-input case of the upstream contract against the real broker: each either passes with a
 * flag or lands on the feed's dead-letter topic with the original bytes and headers and the reason.
 */
describe('ingest: the upstream contract on the real broker', () => {
  const stack = useHubStack({ apps: ['ingest'], terminal: false, env: { INGEST_MAX_MESSAGE_BYTES: '8192', INGEST_MAX_TEXT_CHARS: '500' } });
  let topics: HubStack['topics'];
  let pg: Client;
  let producer: Producer;
  const police = () => topicName(Topic.Police110Incident, topics.suffix);
  beforeAll(() => ({ topics, pg, producer } = stack));

  async function publish(topic: string, value: string | Buffer, key: string | null = 'k1'): Promise<string> {
    const correlationId = randomUUID();
    await producer.send({
      topic,
      messages: [{ key, value, headers: { [Header.CorrelationId]: correlationId, 'x-upstream-trace': 'abc' } }],
    });
    return correlationId;
  }

  async function deadLetter(topic: string, correlationId: string): Promise<ReadMessage> {
    const found = await readTopic(topics.kafka, topic, (ms) => ms.some((m) => m.headers[Header.CorrelationId] === correlationId));
    return found.find((m) => m.headers[Header.CorrelationId] === correlationId)!;
  }

  async function storedEvent(correlationId: string): Promise<{ payload: NormalizedEventV1; flags: string[] }> {
    return eventually(`stored event ${correlationId}`, async () => {
      const r = await pg.query<{ payload: NormalizedEventV1; flags: string[] }>(
        'SELECT payload, flags FROM normalized_event WHERE correlation_id = $1',
        [correlationId],
      );
      return r.rows[0];
    });
  }

  const withoutField = (field: string) => {
    const o: Record<string, unknown> = { ...policeIncident() };
    delete o[field];
    return JSON.stringify(o);
  };

  it.each<[string, () => string | Buffer, string]>([
    ['not JSON', () => '报警内容 not json {', 'not_json'],
    ['JSON of the wrong shape', () => JSON.stringify(['an', 'array']), 'wrong_shape'],
    ['a missing version', () => withoutField('schemaVersion'), 'unsupported_version'],
    ['an unknown version', () => JSON.stringify({ ...policeIncident(), schemaVersion: 7 }), 'unsupported_version'],
    ['a required field missing', () => withoutField('callText'), 'missing_field'],
    ['a wrong type', () => JSON.stringify({ ...policeIncident(), revision: '2' }), 'wrong_type'],
    ['a text field over the size limit', () => JSON.stringify({ ...policeIncident(), callText: '打'.repeat(501) }), 'text_too_long'],
    ['an oversized message', () => JSON.stringify({ ...policeIncident(), dispositionText: 'x'.repeat(20_000) }), 'message_too_large'],
    ['an invalid date', () => JSON.stringify({ ...policeIncident(), receivedAt: '2026-02-30' }), 'invalid_date'],
    [
      'a date in the future beyond tolerance',
      () => JSON.stringify({ ...policeIncident(), receivedAt: new Date(Date.now() + 3_600_000).toISOString() }),
      'future_date',
    ],
  ])('dead-letters %s with the original bytes, headers and the reason', async (_, make, reason) => {
    const value = make();
    const correlationId = await publish(police(), value);
    const dead = await deadLetter(topicName(Topic.Police110IncidentDead, topics.suffix), correlationId);
    expect(dead.value?.toString()).toBe(value.toString());
    expect(dead.key).toBe('k1');
    expect(dead.headers['x-upstream-trace']).toBe('abc');
    expect(dead.headers[Header.DeadReason]).toBe(reason);
    expect(dead.headers[Header.DeadMessageZh]).toMatch(/[\u4e00-\u9fa5]/);
    expect(dead.headers[Header.DeadMessageEn]).toMatch(/[a-z]/);
    expect(dead.headers[Header.DeadSourceTopic]).toBe(police());
    expect(Number(dead.headers[Header.DeadSourceOffset])).toBeGreaterThanOrEqual(0);
    expect(dead.headers[Header.DeadSourcePartition]).toMatch(/^\d+$/);
    expect(new Date(dead.headers[Header.DeadFailedAt]).getTime()).toBeGreaterThan(Date.now() - 120_000);
    expect(dead.headers[Header.DeadConsumer]).toMatch(/^hub-ingest@/);
  });

  it('passes an unknown division code, an invalid ID number and an empty text with flags', async () => {
    const incident = policeIncident({
      callText: '',
      address: { text: '北京市朝阳区某街道', divisionCode: '110105001001' },
      persons: [{ role: 'caller', name: '张三', idNumber: '411202199003150024' }],
    });
    const { flags, payload } = await storedEvent(await publish(police(), JSON.stringify(incident), incident.incidentNo));
    expect(flags.sort()).toEqual(['empty_text', 'invalid_id_number', 'unknown_division']);
    expect(payload.persons[0].idValid).toBe(false);
    expect(payload.persons[0].idMasked).toBe('4112**********0024');
  });

  it('takes a duplicate once', async () => {
    const incident = policeIncident();
    const value = JSON.stringify(incident);
    const first = await publish(police(), value, incident.incidentNo);
    await publish(police(), value, incident.incidentNo);
    const later = await publish(police(), JSON.stringify(policeIncident({ incidentNo: `${incident.incidentNo}9` })), incident.incidentNo);
    await storedEvent(first);
    await storedEvent(later); // same partition, published after the duplicate: the duplicate was read
    const r = await pg.query('SELECT count(*)::int AS n FROM normalized_event WHERE source_ref = $1', [incident.incidentNo]);
    expect(r.rows[0].n).toBe(1);
  });

  it('never lets a late older revision overwrite a newer one, and does not publish it', async () => {
    const rev2 = policeIncident({ revision: 2, status: 'closed', dispositionText: '民警到场调解，双方和解。' });
    const rev1 = { ...rev2, revision: 1, status: 'received' as const, dispositionText: undefined };
    await storedEvent(await publish(police(), JSON.stringify(rev2), rev2.incidentNo));
    const late = await publish(police(), JSON.stringify(rev1), rev2.incidentNo);
    await storedEvent(late); // kept for history
    const head = await pg.query('SELECT revision, event_id FROM source_record_head WHERE source = $1 AND source_ref = $2', [
      'police110',
      rev2.incidentNo,
    ]);
    expect(head.rows[0]).toEqual({ revision: 2, event_id: eventIdFor('police110', rev2.incidentNo, 2) });
    const normalized = await readTopic(topics.kafka, topicName(Topic.NormalizedEvent, topics.suffix), (ms) =>
      ms.some((m) => (JSON.parse(m.value!.toString()) as NormalizedEventV1).sourceRef === rev2.incidentNo),
    );
    const published = normalized
      .map((m) => JSON.parse(m.value!.toString()) as NormalizedEventV1)
      .filter((e) => e.sourceRef === rev2.incidentNo);
    expect(published.map((e) => e.revision)).toEqual([2]);
  });

  it('does not stall behind a poison message: the next message on the partition gets in', async () => {
    await publish(police(), 'poison', 'same-key');
    const good = policeIncident();
    const id = await publish(police(), JSON.stringify(good), 'same-key');
    expect((await storedEvent(id)).payload.sourceRef).toBe(good.incidentNo);
  });

  it('takes court filings and petitions, linking them to the same persons by keyed hash', async () => {
    const c = await publish(topicName(FEEDS.court.topic, topics.suffix), JSON.stringify(courtFiling()), '(2026)豫1202民初1234号');
    const p = await publish(topicName(FEEDS.petition.topic, topics.suffix), JSON.stringify(petition()), 'XF1');
    const [court, pet] = [(await storedEvent(c)).payload, (await storedEvent(p)).payload];
    expect(court.persons.find((x) => x.role === 'plaintiff')!.idHash).toBe(pet.persons[0].idHash);
    expect(court.householdKey).toBe(pet.householdKey);
    expect(JSON.stringify([court, pet])).not.toContain(ID_WIFE);
  });

  it('exports counters per feed and reason', async () => {
    const text = await eventually('metrics with rejections', async () => {
      const t = await (await fetch(`http://127.0.0.1:${stack.apps.ingest!.port}/metrics`)).text();
      return t.includes('reason="future_date"') ? t : undefined;
    });
    expect(text).toMatch(/hub_ingest_rejected_total\{feed="police110",reason="not_json"\} [1-9]/);
    expect(text).toMatch(/hub_ingest_messages_total\{feed="police110",outcome="duplicate"\} [1-9]/);
    expect(text).toMatch(/hub_ingest_messages_total\{feed="police110",outcome="stale"\} [1-9]/);
  });
});
