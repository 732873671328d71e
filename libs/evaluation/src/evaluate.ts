import { PlainRecord } from '@hub/contracts';
import { assessRisk, PersonIdentity, plainRecordToEvent, RISK_RULES_V1, type RiskAssessment, type RiskRules } from '@hub/domain';
import { withJieba } from '@hub/segmentation';
import {
  EVAL_SET,
  FEED_HELDOUT,
  FEED_V2,
  FEED_V3,
  FEED_V4,
  FEED_V5,
  FEED_V6,
  FEED_V7,
  FEED_V8,
  FEED_V9,
  FEED_V10,
  FEED_V11,
  FEED_V12,
  FEED_V13,
  FEED_V14,
  FEED_V15,
  FEED_V16,
  FEED_V17,
  FEED_V18,
  FEED_V19,
  FEED_V20,
  FEED_V21,
  FEED_V22,
  FEED_V23,
  FEED_V24,
  FEED_V25,
  FEED_V26,
  FEED_V27,
  FEED_V28,
  FEED_V29,
  FEED_V30,
  FEED_V31,
  FEED_V32,
  FEED_V33,
  FEED_V34,
  FEED_V35,
  FEED_V36,
  FEED_V37,
  FEED_V38,
  FEED_V39,
  FEED_V40,
  FEED_V41,
  FEED_V42,
  type Labelled,
  readJsonl,
  REAL_SET,
} from './eval-sets';
import { keywordBaseline } from './keyword-baseline';
import { type Judgement, type Label, type Scores, renderScores, score } from './scores';

const FEEDS = ['police110', 'court', 'petition'] as const;

export interface SetResult {
  name: string;
  engine: Scores;
  baseline: Scores;
  mistakes: string[];
}

const RECORD_FIELDS = Object.keys(PlainRecord.shape);

/**
 * The engine's assessment of each record: the same assessment `classify` and the live app make, without history
 * (the records are independent); `textOnly` leaves the upstream category and cause out.
 */
export function assessLabelled(
  records: Labelled[],
  rules: RiskRules,
  textOnly: boolean,
): { record: Labelled; assessment: RiskAssessment }[] {
  const identity = new PersonIdentity('evaluation-key-0123456789');
  const now = new Date('2026-12-01T00:00:00Z');
  return records.map((record) => {
    const fields = Object.fromEntries(
      Object.entries(record).filter(([k]) => RECORD_FIELDS.includes(k) && !(textOnly && (k === 'category' || k === 'cause'))),
    );
    return { record, assessment: assessRisk(plainRecordToEvent(PlainRecord.parse(fields), identity, now), [], rules) };
  });
}

/** Scores one set with the engine and with the keyword baseline, on the same records. */
function scoreSet(name: string, records: Labelled[], rules: RiskRules, textOnly: boolean): SetResult {
  const mistakes: string[] = [];
  const engine: ({ label: Label } & Judgement)[] = [];
  const baseline: ({ label: Label } & Judgement)[] = [];
  for (const { record: r, assessment: a } of assessLabelled(records, rules, textOnly)) {
    engine.push({ label: r.label, familyRomantic: a.familyRomantic, level: a.riskLevel });
    const text = [r.text, r.disposition, r.subject].filter((t) => typeof t === 'string').join('。');
    baseline.push({ label: r.label, ...keywordBaseline(text) });
    if (a.riskLevel !== r.label.level || a.familyRomantic !== r.label.familyRomantic) {
      mistakes.push(
        `  ${r.id} labelled ${r.label.familyRomantic ? 'family' : 'other'}/${r.label.level}, assessed ${a.domain}/${a.riskLevel} (${a.riskScore}) ` +
          `${r.text.slice(0, 70)} :: ${a.factors.map((f) => `${f.code}+${f.weight}`).join(' ')}`,
      );
    }
  }
  return { name, engine: score(engine), baseline: score(baseline), mistakes };
}

/**
 * The feed-style editions written by independent evaluators, and what each is for now. `development`: its
 * figures under `--dev` and its mistakes under `--errors`, the model trains on it. `validation`: its figures
 * under `--dev`, to tell a change that generalises to a writer it was not found on from one that fixes a
 * writer's phrasing; never its records, never trained on. `held-out`: figures only without `--dev`, never its
 * records. Each edition was held out until its figures were recorded (docs/evaluation.md, the sets table).
 */
export const FEED_EDITIONS: readonly { edition: string; file: string; role: 'development' | 'validation' | 'held-out' }[] = [
  { edition: 'v2', file: FEED_V2, role: 'development' }, // since 2026-12-01
  { edition: 'v3', file: FEED_V3, role: 'development' }, // since round 5
  { edition: 'v4', file: FEED_V4, role: 'development' }, // since round 6
  { edition: 'v5', file: FEED_V5, role: 'development' }, // since round 6
  { edition: 'v6', file: FEED_V6, role: 'validation' }, // since round 7, after two scorings as held out
  { edition: 'v7', file: FEED_V7, role: 'development' }, // since round 8, after two scorings as held out (written before round 7)
  { edition: 'v8', file: FEED_V8, role: 'development' }, // since round 9, after three scorings as held out (written before round 8)
  { edition: 'v9', file: FEED_V9, role: 'development' }, // written beside v8 by other writers, for round 8 to learn from
  { edition: 'v10', file: FEED_V10, role: 'development' }, // from round 10, after two scorings as held out (written before round 9)
  { edition: 'v11', file: FEED_V11, role: 'development' }, // from round 11, after two scorings as held out (written before round 10)
  { edition: 'v12', file: FEED_V12, role: 'development' }, // from round 12, after two scorings as held out (written before round 11)
  { edition: 'v13', file: FEED_V13, role: 'development' }, // from round 12, after two scorings as held out (written during round 11, unread by it)
  { edition: 'v14', file: FEED_V14, role: 'development' }, // from round 13, after two scorings as held out (written during round 12, unread by it)
  { edition: 'v15', file: FEED_V15, role: 'development' }, // from round 14, after two scorings as held out (written after round 12)
  { edition: 'v16', file: FEED_V16, role: 'development' }, // from round 14, after two scorings as held out (written during round 13, unread by it)
  { edition: 'v17', file: FEED_V17, role: 'development' }, // from round 15, after two scorings as held out (written during round 14, unread by it)
  { edition: 'v18', file: FEED_V18, role: 'development' }, // from round 16, after two scorings as held out (written during round 15, unread by it)
  { edition: 'v19', file: FEED_V19, role: 'development' }, // from round 17, after two scorings as held out (written during round 16, unread by it)
  { edition: 'v20', file: FEED_V20, role: 'development' }, // from round 18, after three scorings as held out (written before round 17, unread by it)
  { edition: 'v21', file: FEED_V21, role: 'development' }, // from round 20, after three scorings as held out (written before round 18, unread by it)
  { edition: 'v22', file: FEED_V22, role: 'development' }, // from round 26, after three scorings and more as held out (written after round 18, after round 19 had branched)
  { edition: 'v23', file: FEED_V23, role: 'development' }, // from round 26, after three scorings and more as held out (written after round 19, after round 20 had branched)
  { edition: 'v24', file: FEED_V24, role: 'development' }, // from round 26, after three scorings and more as held out (written after round 21, after round 22 had branched)
  { edition: 'v25', file: FEED_V25, role: 'development' }, // from round 26, after three scorings as held out (written after round 23, after round 24 had branched)
  { edition: 'v26', file: FEED_V26, role: 'development' }, // from round 27, after three scorings as held out (written after round 25, after round 26 had branched)
  { edition: 'v27', file: FEED_V27, role: 'development' }, // from round 31, after four scorings as held out (written after round 26's review, after round 27 had branched)
  { edition: 'v28', file: FEED_V28, role: 'development' }, // from round 31, after two scorings as held out (written after round 27, after round 28 had branched)
  { edition: 'v29', file: FEED_V29, role: 'development' }, // from round 55, spent as held out (written after round 29, before round 30's engine changes; held out for rounds 30 to 54)
  { edition: 'v30', file: FEED_V30, role: 'development' }, // from round 55, spent as held out (written after round 30, before round 31's engine changes; held out for rounds 31 to 54)
  { edition: 'v31', file: FEED_V31, role: 'held-out' }, // for round 40 (written after round 39, before round 40's engine changes)
  { edition: 'v32', file: FEED_V32, role: 'held-out' }, // scored with -62 and -64 (written after round 43's review, before any later engine change)
  { edition: 'v33', file: FEED_V33, role: 'held-out' }, // scored with -64 and -66 (written after round 46, -63, before its review was scored)
  { edition: 'v34', file: FEED_V34, role: 'held-out' }, // scored with -66 (written after round 49, -65, before its review was scored)
  { edition: 'v35', file: FEED_V35, role: 'held-out' }, // written after round 51's review (-70), before round 52 (-71) landed; scored once with -72
  { edition: 'v36', file: FEED_V36, role: 'held-out' }, // written after round 54's review (-76), before round 55 (-77) landed; scored once with -78
  { edition: 'v37', file: FEED_V37, role: 'held-out' }, // written after round 57's review (-82), before any later engine change; scored once with -84
  { edition: 'v38', file: FEED_V38, role: 'held-out' }, // written while round 58 was under review (-83), before round 59; scored once with -86
  { edition: 'v39', file: FEED_V39, role: 'held-out' }, // written after round 61's review (-90), before any later engine change; scored once with -92
  { edition: 'v40', file: FEED_V40, role: 'held-out' }, // written while round 62 (-91) was under review, before round 63 landed; scored once with -94
  { edition: 'v41', file: FEED_V41, role: 'held-out' }, // written after round 66's review (-100), before round 67 landed; scored once with -104
  { edition: 'v42', file: FEED_V42, role: 'held-out' }, // written with -102 on main, before round 68 landed; not yet scored
];

/** The name an edition's figures go under: its role is in it, so that a report says what a figure is worth. */
export const editionSetName = (e: (typeof FEED_EDITIONS)[number]): string =>
  e.role === 'development' ? `feed-style ${e.edition}` : `feed-style ${e.role} ${e.edition}`;

/**
 * `npm run eval`: every evaluation set, per set and per source, engine beside the keyword baseline.
 * Mistakes (`--errors`) are listed for development parts only: validation, held-out and test parts are for
 * measuring, never for tuning.
 */
export function evaluate(options: { showErrors: boolean; devOnly?: boolean; rules?: RiskRules }): { text: string; sets: SetResult[] } {
  const scored = scoreEvaluation(options.rules);
  return { text: renderEvaluation(scored, options), sets: scored.sets };
}

/** Every set scored once, with what each is for: a report (`renderEvaluation`) is made from it as often as needed. */
export interface Evaluation {
  version: string;
  sets: (SetResult & { dev: boolean; errors: boolean })[];
}

/** Scores every evaluation set, per set and per source (the slow part: every record assessed twice). */
export function scoreEvaluation(given?: RiskRules): Evaluation {
  const rules = given ?? withJieba(RISK_RULES_V1);
  const feedDev = readJsonl(EVAL_SET);
  const heldout = readJsonl(FEED_HELDOUT);
  const real = readJsonl(REAL_SET);
  const editions = FEED_EDITIONS.map((e) => ({
    name: editionSetName(e),
    records: readJsonl(e.file),
    dev: e.role !== 'held-out',
    errors: e.role === 'development',
  }));
  const sources = [...new Set(real.map((r) => r.source!))];
  const sets: (SetResult & { dev: boolean; errors: boolean })[] = [];
  const add = (name: string, records: Labelled[], dev: boolean, errors = dev) =>
    sets.push(
      { ...scoreSet(`${name} (with upstream codes)`, records, rules, false), dev, errors },
      { ...scoreSet(`${name}, text alone`, records, rules, true), dev, errors },
    );
  add('feed-style development', feedDev, true);
  add('feed-style held-out', heldout, false);
  for (const e of editions) add(e.name, e.records, e.dev, e.errors);
  // Per feed: a 110 call, a filing and a petition read differently, and their upstream codes differ in worth.
  for (const e of editions)
    for (const feed of FEEDS)
      add(
        `${e.name}: ${feed}`,
        e.records.filter((r) => r.feed === feed),
        e.dev,
        e.errors,
      );
  for (const part of ['dev', 'test'] as const) {
    for (const source of sources) {
      const records = real.filter((r) => r.source === source && r.split === part);
      if (records.length)
        sets.push({
          ...scoreSet(`real ${part}: ${source}, text alone`, records, rules, true),
          dev: part === 'dev',
          errors: part === 'dev',
        });
    }
  }
  return { version: rules.version, sets };
}

/** The report of a scored evaluation: figures per set (`devOnly`: development and validation only) and mistakes. */
export function renderEvaluation(e: Evaluation, options: { showErrors: boolean; devOnly?: boolean }): string {
  const lines = [`rules ${e.version}`, ''];
  // `--dev`: development and validation parts only, so that figures of parts never tuned on are not seen while tuning.
  for (const s of e.sets.filter((x) => x.dev || !options.devOnly)) lines.push(renderScores(s.name, s.engine, s.baseline), '');
  if (options.showErrors) {
    for (const s of e.sets.filter((x) => x.errors && x.mistakes.length)) lines.push(`mistakes, ${s.name}:`, ...s.mistakes, '');
  }
  return lines.join('\n');
}
