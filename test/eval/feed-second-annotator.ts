/**
 * A blind second annotator on a feed-style set, by the real set's procedure (test/eval/real/second-annotator.ts,
 * LABELLING.md "Second annotator"); one instance per set (feed-v3/second-annotator.ts, feed-v5/second-annotator.ts).
 *
 *   npx tsx test/eval/<set>/second-annotator.ts export    # writes second-annotator-sample.tsv: texts only, no labels
 *   npx tsx test/eval/<set>/second-annotator.ts compare   # agreement and Cohen's kappa against the set's labels
 *
 * The sample is the first 100 records ordered by sha256(seed + id). The export carries id, feed, text and the 110
 * disposition only: no upstream category, cause or subject (they would hint at the domain) and no label, so the
 * second annotator labels blind. The labels are written to second-annotator-labels.tsv (id, family 0/1, level,
 * note) and committed before `compare` is first run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedRecord } from './feed-source';
import { cohensKappa, firstByHash, parseSecondLabels, type SecondLabel } from './real/second-annotator';

const SAMPLE = 100;
export const SAMPLE_HEADER = 'id\tfeed\ttext\tdisposition';

export interface Agreement {
  size: number;
  family: { agreement: number; kappa: number; set: number; second: number };
  redOrange: { agreement: number; kappa: number; set: number; second: number };
  exactLevel: number;
  /** Per feed: records, and how many agree on both family and level. */
  perFeed: { feed: string; records: number; bothAgree: number }[];
  disagreements: { id: string; feed: string; set: string; second: string; note: string }[];
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
const high = (level: string) => level === 'red' || level === 'orange';
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The second-annotator procedure bound to one set: its directory, JSONL file, name and seed. */
export function feedSecondAnnotator(set: { name: string; dir: string; jsonl: string; seed: string }) {
  const SAMPLE_FILE = join(set.dir, 'second-annotator-sample.tsv');
  const LABELS_FILE = join(set.dir, 'second-annotator-labels.tsv');

  function read(): FeedRecord[] {
    return readFileSync(join(set.dir, set.jsonl), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as FeedRecord);
  }

  function drawSample(records: FeedRecord[]): FeedRecord[] {
    return firstByHash(records, set.seed, SAMPLE);
  }

  /** The blind export: one row per sampled record, nothing but what the second annotator may see. */
  function sampleRows(records: FeedRecord[]): string[] {
    return drawSample(records).map((r) => [r.id, r.feed, oneLine(r.text), oneLine(r.disposition ?? '')].join('\t'));
  }

  /** Agreement of the second annotator's labels with the set's, on exactly the drawn sample. */
  function agreement(records: FeedRecord[], second: SecondLabel[]): Agreement {
    const byId = new Map(records.map((r) => [r.id, r]));
    const sample = new Set(drawSample(records).map((r) => r.id));
    if (second.length !== sample.size || new Set(second.map((s) => s.id)).size !== second.length || second.some((s) => !sample.has(s.id)))
      throw new Error('the labels do not cover exactly the sample');
    const labelled = second.map((s) => byId.get(s.id)!);
    const family = cohensKappa(
      labelled.map((r) => r.label.familyRomantic),
      second.map((s) => s.familyRomantic),
    );
    const redOrange = cohensKappa(
      labelled.map((r) => high(r.label.level)),
      second.map((s) => high(s.level)),
    );
    const same = (i: number) =>
      labelled[i].label.familyRomantic === second[i].familyRomantic && labelled[i].label.level === second[i].level;
    const show = (familyRomantic: boolean, level: string) => `${familyRomantic ? 'family' : 'other'}/${level}`;
    return {
      size: second.length,
      family: {
        ...family,
        set: labelled.filter((r) => r.label.familyRomantic).length,
        second: second.filter((s) => s.familyRomantic).length,
      },
      redOrange: {
        ...redOrange,
        set: labelled.filter((r) => high(r.label.level)).length,
        second: second.filter((s) => high(s.level)).length,
      },
      exactLevel: second.filter((s, i) => s.level === labelled[i].label.level).length / second.length,
      perFeed: [...new Set(labelled.map((r) => r.feed))].sort().map((feed) => {
        const idx = labelled.map((r, i) => i).filter((i) => labelled[i].feed === feed);
        return { feed, records: idx.length, bothAgree: idx.filter(same).length };
      }),
      disagreements: second.flatMap((s, i) =>
        same(i)
          ? []
          : [
              {
                id: s.id,
                feed: labelled[i].feed,
                set: show(labelled[i].label.familyRomantic, labelled[i].label.level),
                second: show(s.familyRomantic, s.level),
                note: s.note,
              },
            ],
      ),
    };
  }

  function exportSample(): void {
    const rows = sampleRows(read());
    writeFileSync(SAMPLE_FILE, [SAMPLE_HEADER, ...rows].join('\n') + '\n');
    console.log(`wrote ${rows.length} records (texts only) to second-annotator-sample.tsv`);
  }

  function compare(): void {
    // Refused rather than compared against nothing: the labels must be committed before the first comparison.
    if (!existsSync(LABELS_FILE)) throw new Error(`${LABELS_FILE}: no second annotator's labels yet`);
    const a = agreement(read(), parseSecondLabels(readFileSync(LABELS_FILE, 'utf8')));
    console.log(`sample ${a.size} records of ${set.name} (seed "${set.seed}")`);
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

  /** The command line: `export` or `compare`. */
  function main(command: string | undefined): void {
    if (command === 'export') exportSample();
    else if (command === 'compare') compare();
    else {
      console.error('usage: second-annotator.ts export|compare');
      process.exitCode = 2;
    }
  }

  return { SEED: set.seed, SAMPLE_FILE, LABELS_FILE, read, drawSample, sampleRows, agreement, main };
}
