import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** `npm run -s classify` as an analyst runs it: JSONL in, one JSON line out per line, in order. */
describe('npm run -s classify', () => {
  it('answers every input line in order, errors included, and writes nothing else', () => {
    const input = [
      JSON.stringify({ id: 'a', feed: 'police110', text: '报警人称前男友说不复合就同归于尽。' }),
      'broken line',
      JSON.stringify({ id: 'c', feed: 'court', cause: '民间借贷纠纷', text: '被告借款八万元到期未还。' }),
    ].join('\n');
    const run = spawnSync('npm', ['run', '-s', 'classify'], { cwd: ROOT, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a', domain: '恋爱情感', familyRomantic: true, riskLevel: 'red' });
    expect(lines[1]).toEqual({ error: expect.stringMatching(/^not JSON/) });
    expect(lines[2]).toMatchObject({ id: 'c', domain: '经济/借贷', familyRomantic: false, riskLevel: 'none', riskScore: 0 });
  });
});
