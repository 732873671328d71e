import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { Header, Topic, topicName } from '../../libs/contracts/src';
import { admitUpstreamMessage, PersonIdentity } from '../../libs/domain/src';
import { policeIncident } from '../support/builders';
import { tokenOf } from '../support/identity';
import { eventually, type RunningApp } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { testEnv } from '../support/test-env';

/** Links are stored with each assessment and explained; an officer's correction keeps a wrong one out of later assessments. */
describe('thread links and their correction', () => {
  const stack = useHubStack({ apps: ['risk', 'gateway'], terminal: false });
  let topics: HubStack['topics'];
  let gateway: RunningApp;
  let pg: Client;
  let producer: Producer;
  const identity = new PersonIdentity(testEnv().PERSON_HASH_KEY);
  beforeAll(() => {
    ({ topics, pg, producer } = stack);
    gateway = stack.apps.gateway!;
  });

  async function assess(incidentNo: string, daysAgo: number, revision = 1) {
    const incident = policeIncident({
      incidentNo,
      revision,
      callText: '报警人称与老公吵架，老公推了她一把。',
      receivedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
    });
    const e = admitUpstreamMessage('police110', Buffer.from(JSON.stringify(incident)), {
      policy: { maxMessageBytes: 1 << 20, maxTextChars: 8000, futureToleranceMinutes: 10 },
      identity,
      divisions: { isKnown: () => true },
      now: new Date(),
      correlationId: incidentNo,
    });
    await producer.send({
      topic: topicName(Topic.NormalizedEvent, topics.suffix),
      messages: [{ key: e.householdKey, value: JSON.stringify(e), headers: { [Header.CorrelationId]: incidentNo } }],
    });
    return eventually(`assessment of ${incidentNo}`, async () => {
      const r = await pg.query<{ links: { recordId: string; via: string }[] }>(
        'SELECT links FROM risk_assessment WHERE source_ref = $1 AND revision = $2',
        [incidentNo, revision],
      );
      return r.rows[0];
    });
  }

  // The 湖滨区 duty officer, signed in through Keycloak.
  const OFFICER = 'D4112020000001';
  const auth = async () => ({ authorization: `Bearer ${await tokenOf(OFFICER)}` });
  const post = async (body: unknown) =>
    fetch(`http://127.0.0.1:${gateway.port}/api/link-corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await auth()) },
      body: JSON.stringify(body),
    });

  it('stores why records were linked, and leaves a corrected link out of later assessments', async () => {
    await assess('J411202LINK01', 20);
    const second = await assess('J411202LINK02', 10);
    expect(second.links).toEqual([{ recordId: 'police110:J411202LINK01#1', via: 'household' }]);

    const bad = await post({ recordA: 'fax|1', recordB: 'police110|J411202LINK01', reason: 'x', decidedBy: '' });
    expect(bad.status).toBe(400);
    const message = JSON.stringify(await bad.json());
    expect(message).toContain('recordA');
    expect(message).toContain('reason');

    const third = await assess('J411202LINK03', 1);
    expect(third.links.map((l) => l.recordId).sort()).toEqual(['police110:J411202LINK01#1', 'police110:J411202LINK02#1']);
    // Only records that exist can be unlinked, and the officer who decided is the one signed in.
    const unknown = await post({ recordA: 'police110|J411202LINK99', recordB: 'police110|J411202LINK01', reason: '并无此记录' });
    expect(unknown.status).toBe(404);
    const ok = await post({ recordA: 'police110|J411202LINK03', recordB: 'police110|J411202LINK01', reason: '同一地址的另一户人家' });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ created: true, decidedBy: OFFICER });

    const revised = await assess('J411202LINK03', 1, 2);
    expect(revised.links).toEqual([{ recordId: 'police110:J411202LINK02#1', via: 'household' }]);
    const earlier = await pg.query<{ links: unknown[] }>('SELECT links FROM risk_assessment WHERE source_ref = $1', ['J411202LINK02']);
    expect(earlier.rows[0].links).toHaveLength(1); // append-only: the earlier assessment is unchanged

    // The three calls name the same couple (caller and suspect with their ID numbers): one dispute thread.
    const key = await pg.query<{ thread_key: string }>('SELECT DISTINCT thread_key FROM risk_assessment');
    expect(key.rows).toHaveLength(1);
    const { thread_id } = (await pg.query<{ thread_id: string }>('SELECT thread_id FROM dispute_thread')).rows[0];
    const res = await fetch(`http://127.0.0.1:${gateway.port}/api/threads/${thread_id}`, { headers: await auth() });
    const thread = (await res.json()) as {
      basis: string;
      records: { sourceRef: string }[];
      parties: string[];
    };
    expect(thread.basis).toBe('pair');
    expect(thread.records.map((r) => r.sourceRef)).toEqual(['J411202LINK01', 'J411202LINK02', 'J411202LINK03', 'J411202LINK03']);
    expect(thread.parties).toBeUndefined(); // the parties' keyed hashes never leave the hub
    expect(JSON.stringify(thread)).not.toContain('411202199003150023');
    expect(JSON.stringify(thread)).not.toContain(key.rows[0].thread_key);
  });
});
