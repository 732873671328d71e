import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Header, Topic, topicName } from '../../libs/contracts/src';
import { redriveDeadLetters, replayFile } from '../../libs/simulation/src';
import { policeIncident } from '../support/builders';
import { eventually } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { readTopic } from '../support/kafka-probe';

/** The operators' tools: replay a JSONL file onto a feed; redrive dead letters after a fix. */
describe('replay and redrive', () => {
  const stack = useHubStack({ terminal: false });
  let topics: HubStack['topics'];
  let pg: Client;
  beforeAll(() => ({ topics, pg } = stack));

  const count = async () => Number((await pg.query<{ n: string }>('SELECT count(*)::text AS n FROM normalized_event')).rows[0].n);

  it('replays a file line by line, and after the limit is raised redrives what was set aside', async () => {
    const long = policeIncident({ incidentNo: 'J411202LONG0001', callText: `报警人称其丈夫酒后打人，${'并反复辱骂'.repeat(30)}。` });
    const lines = [
      JSON.stringify(policeIncident({ incidentNo: 'J411202OK000001' })),
      JSON.stringify(long),
      'not json at all',
      JSON.stringify(policeIncident({ incidentNo: 'J411202OK000002' })),
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'replay-')), 'police.jsonl');
    writeFileSync(file, lines.join('\n') + '\n\n');

    // A text limit too small for one of the messages: it is set aside, not lost.
    const ingest = await stack.start('ingest', { INGEST_MAX_TEXT_CHARS: '60' });
    expect(await replayFile(topics.kafka, 'police110', file, topics.suffix)).toBe(4);
    await eventually('two messages stored', async () => (await count()) === 2);
    const dead = await readTopic(topics.kafka, topicName(Topic.Police110IncidentDead, topics.suffix), (ms) => ms.length === 2);
    expect(dead.map((d) => d.headers[Header.DeadReason]).sort()).toEqual(['not_json', 'text_too_long']);
    expect(dead.find((d) => d.headers[Header.DeadReason] === 'text_too_long')!.key).toBe('J411202LONG0001');

    const dry = await redriveDeadLetters(topics.kafka, 'police110', topics.suffix, topics.suffix, true);
    expect(dry).toEqual({ redriven: 0, byReason: { not_json: 1, text_too_long: 1 } });

    // The fix: a larger limit. The redriven long message now gets in; the broken line goes back.
    await ingest.stop();
    await stack.start('ingest', { INGEST_MAX_TEXT_CHARS: '8000' });
    const result = await redriveDeadLetters(topics.kafka, 'police110', topics.suffix, topics.suffix, false);
    expect(result).toEqual({ redriven: 2, byReason: { not_json: 1, text_too_long: 1 } });
    await eventually('the redriven message stored', async () => (await count()) === 3);
    const stored = await pg.query('SELECT source_ref FROM normalized_event WHERE source_ref = $1', ['J411202LONG0001']);
    expect(stored.rowCount).toBe(1);

    const again = await readTopic(topics.kafka, topicName(Topic.Police110IncidentDead, topics.suffix), (ms) => ms.length === 3);
    expect(again[2].headers[Header.Redriven]).toMatch(new RegExp(`^${topicName(Topic.Police110IncidentDead, topics.suffix)}/0/\\d+$`));
    expect(again[2].headers[Header.DeadReason]).toBe('not_json');

    // Nothing is redriven twice: the next run starts after what it already sent back.
    expect(await redriveDeadLetters(topics.kafka, 'police110', topics.suffix, topics.suffix, false)).toEqual({
      redriven: 1,
      byReason: { not_json: 1 },
    });
  });
});
