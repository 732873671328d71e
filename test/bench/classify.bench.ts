import { readFileSync } from 'node:fs';
import { PlainRecord, type NormalizedEventV1 } from '../../libs/contracts/src';
import { assessRisk, PersonIdentity, plainRecordToEvent, RISK_RULES_V1 } from '../../libs/domain/src';
import { EVAL_SET } from '../../apps/hubctl/src/commands/evaluate';
import { fmt } from './bench-support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

function timeLoop(label: string, rounds: number, n: number, body: () => void): number {
  body(); // warm-up round
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) body();
  const rate = (rounds * n) / ((performance.now() - t0) / 1000);
  console.log(`[bench classify] ${label.padEnd(46)} ${fmt(rate).padStart(9)} events/s`);
  return rate;
}

/**
 * The classifier alone on one core (this process, single-threaded), over the evaluation set repeated.
 * Baseline in the same run: reading the records and mapping them to events, the work any classifier
 * must do before it can look at a text.
 */
export async function benchClassify(): Promise<void> {
  const lines = readFileSync(EVAL_SET, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const identity = new PersonIdentity('bench-key-0123456789abcdef');
  const now = new Date();
  const toEvent = (l: string) => {
    const { label: _l, split: _s, hard: _h, scenario: _c, ...record } = JSON.parse(l) as Record<string, unknown>;
    return plainRecordToEvent(PlainRecord.parse(record), identity, now);
  };
  const events: NormalizedEventV1[] = lines.map(toEvent);
  console.log(`[bench classify] ${fmt(events.length)} records of the evaluation set, ${ROUNDS} rounds each, one core`);
  let sink = 0;
  const baseline = timeLoop('baseline: parse and map records to events', ROUNDS, lines.length, () => {
    for (const l of lines) sink += toEvent(l).texts.main.length;
  });
  const classifier = timeLoop('classifier: classify and score (no history)', ROUNDS, events.length, () => {
    for (const e of events) sink += assessRisk(e, [], RISK_RULES_V1).riskScore;
  });
  const full = timeLoop('both: parse, map, classify and score', ROUNDS, lines.length, () => {
    for (const l of lines) sink += assessRisk(toEvent(l), [], RISK_RULES_V1).riskScore;
  });
  if (sink < 0) console.log(sink); // keeps the loops from being optimised away
  console.log(
    `classify: classifier ${fmt(classifier)} events/s, baseline (parse and map) ${fmt(baseline)} events/s, ratio ${(classifier / baseline).toFixed(2)}; end to end ${fmt(full)} events/s`,
  );
}
