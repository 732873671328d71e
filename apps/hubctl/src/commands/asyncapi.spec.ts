import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { FEEDS } from '@hub/contracts';
import { asyncApiText, CONTRACTS_DIR, feedExamples } from './asyncapi';

describe('AsyncAPI document', () => {
  const committed = readFileSync(join(CONTRACTS_DIR, 'asyncapi.json'), 'utf8');

  it('is the one generated from the schemas (run `npm run hubctl -- asyncapi` after a contract change)', () => {
    expect(committed).toBe(asyncApiText());
  });

  it('validates as AsyncAPI 3 with no errors', async () => {
    const { document, diagnostics } = await new Parser().parse(committed);
    const errors = diagnostics.filter((d) => Number(d.severity) === 0);
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
    expect(
      document
        ?.channels()
        .all()
        .map((c) => c.address()),
    ).toEqual(expect.arrayContaining(Object.values(FEEDS).flatMap((f) => [f.topic, f.deadLetterTopic])));
  });

  it('carries example messages that the consumers accept', () => {
    const examples = feedExamples();
    for (const feed of Object.values(FEEDS)) {
      const parsed = feed.schema.safeParse(examples[feed.topic]);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });
});
