import { FEEDS } from '@hub/contracts';
import { generateSanmenxia } from '../area-seed';
import { DEFAULT_OPTIONS, generateFeeds, type GeneratorOptions } from './feed-generator';

const villages = generateSanmenxia().filter((r) => r.level === 'village');
const options = (o: Partial<GeneratorOptions> = {}): GeneratorOptions => ({
  ...DEFAULT_OPTIONS,
  days: 10,
  eventsPerDay: 300,
  end: new Date('2026-11-27T00:00:00Z'),
  villages,
  ...o,
});

describe('generateFeeds', () => {
  const messages = generateFeeds(options());

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateFeeds(options()))).toBe(JSON.stringify(messages));
    expect(JSON.stringify(generateFeeds(options({ seed: 7 })))).not.toBe(JSON.stringify(messages));
  });

  it('writes only messages the contract accepts, none in the future', () => {
    for (const m of messages) expect(FEEDS[m.feed].schema.safeParse(m.value).success).toBe(true);
    const times = messages.map((m) => Date.parse('receivedAt' in m.value ? m.value.receivedAt : m.value.filedAt));
    expect(times.every((t) => t <= Date.parse('2026-11-27T00:00:00Z'))).toBe(true);
  });

  it('mixes the three feeds, with revisions of 110 incidents keyed by their number', () => {
    const by = (f: string) => messages.filter((m) => m.feed === f).length;
    expect(by('police110')).toBeGreaterThan(by('court'));
    expect(by('court')).toBeGreaterThan(0);
    expect(by('petition')).toBeGreaterThan(0);
    const revs = messages.filter((m) => m.feed === 'police110' && m.value.revision === 2);
    expect(revs.length).toBeGreaterThan(0);
    expect(revs.every((m) => m.key === (m.value as { incidentNo: string }).incidentNo)).toBe(true);
  });

  it('follows the family share and repeats households across calls and feeds', () => {
    const calls = messages
      .filter((m) => m.feed === 'police110' && m.value.revision === 1)
      .map((m) => m.value as { subCategory?: { name: string }; persons: { idNumber?: string }[] });
    const family = calls.filter((c) => c.subCategory && ['家庭纠纷', '婚恋纠纷'].includes(c.subCategory.name));
    expect(family.length / calls.length).toBeGreaterThan(0.2);
    expect(family.length / calls.length).toBeLessThan(0.4);
    const callerIds = family.map((c) => c.persons[0].idNumber);
    expect(new Set(callerIds).size).toBeLessThan(callerIds.length); // repeat callers
    const courtIds = new Set(
      messages
        .filter((m) => m.feed === 'court')
        .flatMap((m) => (m.value as { parties: { idNumber?: string }[] }).parties.map((p) => p.idNumber)),
    );
    expect(callerIds.some((id) => courtIds.has(id))).toBe(true); // the same household in court
  });

  it('scales with days and events per day', () => {
    const small = generateFeeds(options({ days: 1, eventsPerDay: 100, withRevisions: false }));
    expect(small.length).toBeGreaterThan(90);
    expect(small.length).toBeLessThan(130);
  });
});
