import { readFileSync } from 'node:fs';
import { PlainRecord, type NormalizedEventV1 } from '../../libs/contracts/src';
import { assessRisk, PersonIdentity, plainRecordToEvent, RISK_RULES_V1, scoreTexts, textFields } from '../../libs/domain/src';
import { withJieba } from '../../libs/segmentation/src';
import { EVAL_SET, REAL_SET } from '../../libs/evaluation/src';
import { SeededRandom } from '../../libs/simulation/src';
import { fmt } from './bench-support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/**
 * Events per second of this process's own CPU time (user and system): what one core does, however
 * busy the machine's other processes keep the cores (wall time on a shared machine measures them).
 * Other work on the machine still slows a round down (shared caches, the core's other hardware
 * thread), never speeds it up: the fastest round is the figure (as Python's timeit takes the
 * minimum), and the median round is printed beside it to show how much the machine interfered.
 */
function timeLoop(label: string, rounds: number, n: number, body: () => void): number {
  body(); // warm-up round
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.cpuUsage();
    body();
    const used = process.cpuUsage(t0);
    perRound.push((used.user + used.system) / 1e6);
  }
  perRound.sort((a, b) => a - b);
  const rate = n / perRound[0];
  const median = n / perRound[Math.floor(rounds / 2)];
  console.log(
    `[bench classify] ${label.padEnd(52)} ${fmt(rate).padStart(9)} events/s  ${(1e6 / rate).toFixed(1).padStart(7)} µs/event  (median round ${fmt(median)}/s)`,
  );
  return rate;
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown> & { text: string; feed: string; source?: string; split?: string });

/**
 * Records of realistic lengths in the synthetic feeds' proportions (80 % 110, 12 % court, 8 %
 * petitions): 110 narratives of 50–300 characters (development call texts and dispositions, joined
 * as a long call note runs on), court facts of 300–2,000 characters (development judgment excerpts
 * joined), petitions as written (development messages, up to 400 characters).
 */
function corpus(): { kind: string; record: Record<string, unknown> }[] {
  const rng = new SeededRandom(7);
  const out: { kind: string; record: Record<string, unknown> }[] = [];
  const calls = lines(EVAL_SET)
    .filter((x) => x.feed === 'police110')
    .map((r) => `${r.text}${typeof r.disposition === 'string' ? r.disposition : ''}`);
  const real = lines(REAL_SET).filter((x) => x.split === 'dev');
  const judgments = real.filter((x) => x.source?.startsWith('cail')).map((x) => x.text);
  const petitions = real.filter((x) => x.source?.startsWith('wenzheng')).map((x) => x.text);
  const joined = (pool: string[], min: number, max: number) => {
    const want = min + Math.floor(rng.next() * (max - min));
    let text = rng.pick(pool);
    while (text.length < want) text += rng.pick(pool);
    return text.slice(0, Math.max(want, min));
  };
  for (let i = 0; i < 800; i++)
    out.push({ kind: '110 narrative', record: { id: `N${i}`, feed: 'police110', text: joined(calls, 50, 300) } });
  for (let i = 0; i < 120; i++)
    out.push({ kind: 'court facts', record: { id: `C${i}`, feed: 'court', text: joined(judgments, 300, 2000) } });
  for (let i = 0; i < 80; i++) out.push({ kind: 'petition', record: { id: `P${i}`, feed: 'petition', text: rng.pick(petitions) } });
  return out;
}

/**
 * The classifier alone on one core (this process, single-threaded). Breakdown per event, each part
 * timed on its own: normalisation and segmentation (jieba, every text field), the learned model
 * (scoring texts already segmented), and the rules (the rest of the classifier's time). Baseline in the same run:
 * reading the records and mapping them to events, the work any classifier must do first.
 */
export async function benchClassify(): Promise<void> {
  const items = corpus();
  const identity = new PersonIdentity('bench-key-0123456789abcdef');
  const now = new Date();
  const toEvent = (r: Record<string, unknown>) => plainRecordToEvent(PlainRecord.parse(r), identity, now);
  const events: NormalizedEventV1[] = items.map((x) => toEvent(x.record));
  const rules = withJieba(RISK_RULES_V1);
  const noModel = { ...rules, model: undefined };
  const kinds = [...new Set(items.map((x) => x.kind))];
  for (const k of kinds) {
    const ls = items.filter((x) => x.kind === k).map((x) => (x.record.text as string).length);
    console.log(
      `[bench classify] ${k}: ${ls.length} records, ${Math.min(...ls)}–${Math.max(...ls)} characters, mean ${Math.round(ls.reduce((a, b) => a + b) / ls.length)}`,
    );
  }
  console.log(
    `[bench classify] ${ROUNDS} rounds over ${fmt(items.length)} records, one core (rates per second of CPU time, fastest round)`,
  );
  let sink = 0;
  const baseline = timeLoop('baseline: parse and map records to events', ROUNDS, items.length, () => {
    for (const x of items) sink += toEvent(x.record).texts.main.length;
  });
  const seg = timeLoop('  normalise and segment (jieba)', ROUNDS, events.length, () => {
    for (const e of events) sink += textFields(e, rules).length;
  });
  const analysed = events.map((e) => textFields(e, rules).map((f) => f.a));
  const model = timeLoop('  the learned model alone (texts already segmented)', ROUNDS, events.length, () => {
    for (const texts of analysed) sink += scoreTexts(rules.model!, texts).family;
  });
  const withoutModel = timeLoop('  classify and score, rules only', ROUNDS, events.length, () => {
    for (const e of events) sink += assessRisk(e, [], noModel).riskScore;
  });
  const classifier = timeLoop('classifier: classify and score (rules and model)', ROUNDS, events.length, () => {
    for (const e of events) sink += assessRisk(e, [], rules).riskScore;
  });
  for (const k of kinds) {
    const some = events.filter((_, i) => items[i].kind === k);
    timeLoop(`  of which ${k}`, ROUNDS, some.length, () => {
      for (const e of some) sink += assessRisk(e, [], rules).riskScore;
    });
  }
  if (sink < 0) console.log(sink); // keeps the loops from being optimised away
  const us = (rate: number) => 1e6 / rate;
  console.log(
    `[bench classify] per event: segmentation ${us(seg).toFixed(1)} µs, model ${us(model).toFixed(1)} µs, rules (the rest) ${(us(classifier) - us(seg) - us(model)).toFixed(1)} µs of ${us(classifier).toFixed(1)} µs` +
      ` (rules only, without the model: ${us(withoutModel).toFixed(1)} µs)`,
  );
  console.log(
    `classify: classifier ${fmt(classifier)} events/s, baseline (parse and map) ${fmt(baseline)} events/s, ratio ${(classifier / baseline).toFixed(2)}`,
  );
}
