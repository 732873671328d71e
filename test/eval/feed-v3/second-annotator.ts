/**
 * A second annotator on the feed-style held-out set v3, by the real set's procedure
 * (test/eval/real/second-annotator.ts, LABELLING.md "Second annotator").
 *
 *   npx tsx test/eval/feed-v3/second-annotator.ts export    # writes second-annotator-sample.tsv: texts only, no labels
 *   npx tsx test/eval/feed-v3/second-annotator.ts compare   # agreement and Cohen's kappa against the set's labels
 *
 * The sample is the first 100 records ordered by sha256("second-annotator-v3|2026-12-01|" + id). The export
 * carries id, feed, text and the 110 disposition only: no upstream category, cause or subject (they would
 * hint at the domain) and no label, so the second annotator labels blind. The labels are written to
 * second-annotator-labels.tsv (id, family 0/1, level, note) and committed before `compare` is first run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedRecord } from '../feed-source';
import { cohensKappa, firstByHash, parseSecondLabels, type SecondLabel } from '../real/second-annotator';

const DIR = __dirname;
export const SEED = 'second-annotator-v3|2026-12-01|';
const SAMPLE = 100;
export const SAMPLE_FILE = join(DIR, 'second-annotator-sample.tsv');
export const LABELS_FILE = join(DIR, 'second-annotator-labels.tsv');
export const SAMPLE_HEADER = 'id\tfeed\ttext\tdisposition';

export function readFeedV3(): FeedRecord[] {
  return readFileSync(join(DIR, 'feed-v3.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FeedRecord);
}

export function drawSample(records: FeedRecord[]): FeedRecord[] {
  return firstByHash(records, SEED, SAMPLE);
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/** The blind export: one row per sampled record, nothing but what the second annotator may see. */
export function sampleRows(records: FeedRecord[]): string[] {
  return drawSample(records).map((r) => [r.id, r.feed, oneLine(r.text), oneLine(r.disposition ?? '')].join('\t'));
}

const high = (level: string) => level === 'red' || level === 'orange';

export interface Agreement {
  size: number;
  family: { agreement: number; kappa: number; set: number; second: number };
  redOrange: { agreement: number; kappa: number; set: number; second: number };
  exactLevel: number;
  /** Per feed: records, and how many agree on both family and level. */
  perFeed: { feed: string; records: number; bothAgree: number }[];
  disagreements: { id: string; feed: string; set: string; second: string; note: string }[];
}

/** Agreement of the second annotator's labels with the set's, on exactly the drawn sample. */
export function agreement(records: FeedRecord[], second: SecondLabel[]): Agreement {
  const byId = new Map(records.map((r) => [r.id, r]));
  const sample = new Set(drawSample(records).map((r) => r.id));
  if (second.length !== sample.size || new Set(second.map((s) => s.id)).size !== second.length || second.some((s) => !sample.has(s.id)))
    throw new Error('the labels do not cover exactly the sample');
  const set = second.map((s) => byId.get(s.id)!);
  const family = cohensKappa(
    set.map((r) => r.label.familyRomantic),
    second.map((s) => s.familyRomantic),
  );
  const redOrange = cohensKappa(
    set.map((r) => high(r.label.level)),
    second.map((s) => high(s.level)),
  );
  const same = (i: number) => set[i].label.familyRomantic === second[i].familyRomantic && set[i].label.level === second[i].level;
  const show = (familyRomantic: boolean, level: string) => `${familyRomantic ? 'family' : 'other'}/${level}`;
  return {
    size: second.length,
    family: {
      ...family,
      set: set.filter((r) => r.label.familyRomantic).length,
      second: second.filter((s) => s.familyRomantic).length,
    },
    redOrange: {
      ...redOrange,
      set: set.filter((r) => high(r.label.level)).length,
      second: second.filter((s) => high(s.level)).length,
    },
    exactLevel: second.filter((s, i) => s.level === set[i].label.level).length / second.length,
    perFeed: [...new Set(set.map((r) => r.feed))].sort().map((feed) => {
      const idx = set.map((r, i) => i).filter((i) => set[i].feed === feed);
      return { feed, records: idx.length, bothAgree: idx.filter(same).length };
    }),
    disagreements: second.flatMap((s, i) =>
      same(i)
        ? []
        : [
            {
              id: s.id,
              feed: set[i].feed,
              set: show(set[i].label.familyRomantic, set[i].label.level),
              second: show(s.familyRomantic, s.level),
              note: s.note,
            },
          ],
    ),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function exportSample(): void {
  const rows = sampleRows(readFeedV3());
  writeFileSync(SAMPLE_FILE, [SAMPLE_HEADER, ...rows].join('\n') + '\n');
  console.log(`wrote ${rows.length} records (texts only) to second-annotator-sample.tsv`);
}

function compare(): void {
  const a = agreement(readFeedV3(), parseSecondLabels(readFileSync(LABELS_FILE, 'utf8')));
  console.log(`sample ${a.size} records of feed-v3 (seed "${SEED}")`);
  console.log(`family-or-romantic: agreement ${pct(a.family.agreement)}, Cohen's kappa ${a.family.kappa.toFixed(3)}`);
  console.log(`red-or-orange:      agreement ${pct(a.redOrange.agreement)}, Cohen's kappa ${a.redOrange.kappa.toFixed(3)}`);
  console.log(`exact level:        agreement ${pct(a.exactLevel)}`);
  console.log(
    `family records: set ${a.family.set}, second annotator ${a.family.second}; ` +
      `red or orange: set ${a.redOrange.set}, second annotator ${a.redOrange.second}`,
  );
  for (const f of a.perFeed) console.log(`  ${f.feed}: ${f.records} records, family and level both agree on ${f.bothAgree}`);
  console.log('disagreements (id, feed, set label → second label, second annotator note):');
  for (const d of a.disagreements) console.log(`  ${d.id} ${d.feed}: ${d.set} → ${d.second}: ${d.note}`);
}

if (require.main === module) {
  const command = process.argv[2];
  if (command === 'export') exportSample();
  else if (command === 'compare') compare();
  else {
    console.error('usage: second-annotator.ts export|compare');
    process.exitCode = 2;
  }
}
