import type { NormalizedEventV1 } from '@hub/contracts';
import type { DisputeDomain, RelationKind, RiskRules } from './risk-rules';
import {
  type AnalyzedText,
  analyze,
  clauseWords,
  cueBefore,
  dictionarySegmenter,
  findTerm,
  literalMatches,
  type TermMatch,
  originalSpan,
  type Segmenter,
  type TermIndex,
  termIndex,
  tokenAt,
  tokenEndingAt,
} from './text';

export type TextField = 'main' | 'disposition' | 'subject';

export interface Evidence {
  /** `<source>:<sourceRef>#<revision>`: the record an officer can open. */
  recordId: string;
  field: TextField | 'codes' | 'history' | 'model';
  start?: number;
  end?: number;
  text: string;
}

export interface DisputeClassification {
  domain: DisputeDomain;
  familyRomantic: boolean;
  relation?: RelationKind;
  evidence: Evidence[];
  /** A family or intimate relation named in a record no other domain explains: what a learned judgement may build on. */
  anchor?: { relation: RelationKind; evidence: Evidence };
}

export interface AnalyzedField {
  field: TextField;
  a: AnalyzedText;
}

/** A term found in a field: normalised offsets, mapped back to the original for evidence. */
export interface TextHit {
  field: TextField;
  a: AnalyzedText;
  term: string;
  start: number;
  end: number;
}

export function recordIdOf(e: Pick<NormalizedEventV1, 'source' | 'sourceRef' | 'revision'>): string {
  return `${e.source}:${e.sourceRef}#${e.revision}`;
}

/** Everything the rules derive once per rule set: word sets, the fallback segmenter. */
interface Lexicon {
  segmenter: Segmenter;
  negation: Set<string>;
  irrealis: Set<string>;
  foreign: Set<string>;
  companions: Set<string>;
  possessors: Set<string>;
  /** Pronouns that carry the people of one sentence into the next (他, 她, 其). */
  followers: Set<string>;
  persons: Set<string>;
  relationWords: Set<string>;
  /** Every literal term the rules read, searched for in one pass per text. */
  terms: TermIndex;
  /** Relation words by kind, strong and weak (`weakRelations`). */
  relations: Record<'strong' | 'weak' | 'strongByOrder', [RelationKind, string[]][]>;
  mutual: Set<string>;
  conflict: string[];
}

const lexicons = new WeakMap<RiskRules, Lexicon>();

/**
 * The project's own dictionary for the segmenter: the curated words (dialect, kin, violence, means),
 * the relation words, the words that name persons and the cue words. Not the factor terms: phrases
 * such as 打了 or 又打 are matched across words and must not swallow their neighbours (又打了我).
 */
export function projectDictionary(rules: RiskRules): string[] {
  const words = new Set<string>(rules.dictionary);
  const add = (t: string) => {
    const w = termText(t);
    if (!w.startsWith('re:')) words.add(w);
  };
  Object.values(rules.relations).flat().forEach(add);
  Object.values(rules.familyMatters).flat().forEach(add);
  [...rules.negation.cues, ...rules.irrealis.cues, ...rules.foreign.cues, ...rules.persons].forEach(add);
  return [...words];
}

export function lexiconOf(rules: RiskRules): Lexicon {
  let lx = lexicons.get(rules);
  if (!lx) {
    const relationWords = new Set(Object.values(rules.relations).flat().map(termText));
    lx = {
      segmenter: rules.segmenter ?? dictionarySegmenter(projectDictionary(rules)),
      negation: new Set(rules.negation.cues),
      irrealis: new Set(rules.irrealis.cues),
      foreign: new Set(rules.foreign.cues),
      companions: new Set(rules.foreign.companions),
      possessors: new Set(rules.foreign.possessors ?? []),
      followers: new Set(rules.relationFollowers ?? []),
      persons: new Set([...rules.persons, ...relationWords]),
      relationWords,
      terms: termIndex(
        [
          ...Object.values(rules.relations).flat(),
          ...Object.values(rules.familyMatters).flat(),
          ...rules.conflictCues,
          ...rules.factors.flatMap((f) => f.terms),
          ...Object.values(rules.otherDomains).flatMap((d) => d.terms),
          ...rules.coupleMarkers,
        ].map(termText),
      ),
      relations: {
        strong: (Object.keys(rules.relations) as RelationKind[]).map((k) => [
          k,
          rules.relations[k].filter((w) => !rules.weakRelations.includes(w)),
        ]),
        weak: (Object.keys(rules.relations) as RelationKind[]).map((k) => [
          k,
          rules.relations[k].filter((w) => rules.weakRelations.includes(w)),
        ]),
        strongByOrder: (Object.keys(rules.relations) as RelationKind[])
          .sort((x, y) => order(x) - order(y))
          .map((k) => [k, rules.relations[k].filter((w) => !rules.weakRelations.includes(w))]),
      },
      mutual: new Set(rules.mutualActs),
      conflict: [
        ...new Set([...rules.conflictCues, ...rules.factors.filter((f) => f.weight > 0 && !f.aggravating).flatMap((f) => f.terms)]),
      ],
    };
    lexicons.set(rules, lx);
  }
  return lx;
}

/** The record's texts, normalised and cut into words once, for every rule to read. */
export function textFields(e: NormalizedEventV1, rules: RiskRules): AnalyzedField[] {
  const { segmenter } = lexiconOf(rules);
  const out: AnalyzedField[] = [{ field: 'main', a: analyze(e.texts.main, segmenter) }];
  if (e.texts.disposition) out.push({ field: 'disposition', a: analyze(e.texts.disposition, segmenter) });
  if (e.texts.subject) out.push({ field: 'subject', a: analyze(e.texts.subject, segmenter) });
  return out;
}

export interface HitOptions {
  /** Skip occurrences that are only threatened or wished (扬言要打她): for factors that describe what happened. */
  actual?: boolean;
  /** Skip relation words that belong to someone else (与邻居夫妻, 朋友的老公). */
  own?: boolean;
  /** Words of which one must stand in the same clause for a `c:` term to count (拿着 for 菜刀). */
  context?: readonly string[];
  /** A topic, not an event (离婚, 抚养费): negation does not remove it (对方不离婚怎么办 is still about a divorce). */
  topic?: boolean;
}

/**
 * A term in the rules: `p:打了` needs a person as the one it is done to (把她打了, 打了她; not 把鸡杀了,
 * 把事捅到村里); `c:菜刀` needs one of the factor's context words in its clause (拿着菜刀; not 菜刀坏了).
 */
const termText = (t: string) => (t.startsWith('p:') || t.startsWith('c:') ? t.slice(2) : t);

interface TermEntry {
  raw: string;
  term: string;
  order: number;
  /** The term's number in the rules' term index; -1 for a term it does not hold. */
  id: number;
}
/** A term list of the rules, read once: each term with its number in the rules' term index. */
interface TermPlan {
  /** Every term, in the list's order. */
  entries: TermEntry[];
}
const plans = new WeakMap<readonly string[], TermPlan>();
function planOf(terms: readonly string[], index: TermIndex): TermPlan {
  let p = plans.get(terms);
  if (!p) {
    p = {
      entries: terms.map((raw, order) => {
        const term = termText(raw);
        return { raw, term, order, id: index.ids.get(term) ?? -1 };
      }),
    };
    plans.set(terms, p);
  }
  return p;
}

/** A candidate occurrence of a term of a list: where, and the term's place in the list (ties go to the earlier term). */
interface Candidate {
  e: TermEntry;
  m: TermMatch;
}
const byPlace = (x: Candidate, y: Candidate) => x.m.start - y.m.start || x.e.order - y.e.order;
const NO_OPTIONS: HitOptions = {};

/** First occurrence of any of the terms that is not denied, searching the fields in order. */
export function firstHit(
  fields: AnalyzedField[],
  terms: readonly string[],
  rules: RiskRules,
  options: HitOptions = NO_OPTIONS,
): TextHit | undefined {
  const lx = lexiconOf(rules);
  const plan = planOf(terms, lx.terms);
  for (const { field, a } of fields) {
    // The candidates: the list's terms the text holds (all terms found in one pass per text, looked up by number).
    const found = literalMatches(a, lx.terms);
    let candidates: Candidate[] | undefined;
    for (const e of plan.entries) {
      const ms = e.id >= 0 ? found[e.id] : findTerm(a, e.term);
      if (ms) for (const m of ms) (candidates ??= []).push({ e, m });
    }
    if (!candidates) continue;
    if (candidates.length > 1) candidates.sort(byPlace);
    for (const { e, m } of candidates) {
      if (acceptable(a, e, m, rules, lx, options)) return { field, a, term: m.text, start: m.start, end: m.end };
    }
  }
  return undefined;
}

/** Every occurrence of the terms that counts, field by field, in text order. */
function allOccurrences(
  fields: AnalyzedField[],
  terms: readonly string[],
  rules: RiskRules,
  options: HitOptions = NO_OPTIONS,
  where?: (field: TextField, a: AnalyzedText, m: TermMatch) => boolean,
): TextHit[] {
  const lx = lexiconOf(rules);
  const plan = planOf(terms, lx.terms);
  const out: TextHit[] = [];
  for (const { field, a } of fields) {
    const found = literalMatches(a, lx.terms);
    const here: Candidate[] = [];
    for (const e of plan.entries) {
      const ms = e.id >= 0 ? found[e.id] : findTerm(a, e.term);
      if (ms) for (const m of ms) if (!where || where(field, a, m)) here.push({ e, m });
    }
    here.sort(byPlace);
    let last = -1;
    for (const { e, m } of here) {
      if (m.start === last || !acceptable(a, e, m, rules, lx, options)) continue;
      last = m.start;
      out.push({ field, a, term: m.text, start: m.start, end: m.end });
    }
  }
  return out;
}

const sentenceOf = (a: AnalyzedText, start: number) => a.tokens[tokenAt(a, start)].sentence;

/**
 * The first relation (by kind, then place) with a conflict it is a party to, in one sentence or the
 * next: only the sentences where both kinds of word stand are read closely (a long text is not).
 */
function linkedPair(
  fields: AnalyzedField[],
  rules: RiskRules,
  lx: Lexicon,
): { linked: { kind: RelationKind; hit: TextHit }; conflict: TextHit } | undefined {
  const window = rules.relationSentences ?? Infinity;
  // Where conflict words stand at all (not yet read closely): relation words elsewhere need no reading.
  const plan = planOf(lx.conflict, lx.terms);
  const conflictAt = new Map<AnalyzedText, Set<number>>();
  for (const { a } of fields) {
    const found = literalMatches(a, lx.terms);
    const at = new Set<number>();
    for (const e of plan.entries) for (const m of (e.id >= 0 ? found[e.id] : findTerm(a, e.term)) ?? []) at.add(sentenceOf(a, m.start));
    conflictAt.set(a, at);
  }
  const nearConflict = (_: TextField, a: AnalyzedText, m: TermMatch) => {
    const s = sentenceOf(a, m.start);
    for (const [b, at] of conflictAt) {
      if (b !== a && at.size) return true;
      if (b === a) for (const c of at) if (c - s <= window + 1 && s - c <= window) return true;
    }
    return false;
  };
  for (const [kind, words] of lx.relations.strongByOrder) {
    for (const hit of allOccurrences(fields, words, rules, { own: true }, nearConflict)) {
      const conflict = allOccurrences(
        fields,
        lx.conflict,
        rules,
        NO_OPTIONS,
        (_f, a, m) => a !== hit.a || linkedAt(a, hit.start, m.start, rules, lx),
      )[0];
      if (conflict) return { linked: { kind, hit }, conflict };
    }
  }
  return undefined;
}

/** An occurrence counts unless negated, only threatened or wished (for acts), someone else's (relations), or an act on no person. */
function acceptable(a: AnalyzedText, e: TermEntry, m: TermMatch, rules: RiskRules, lx: Lexicon, options: HitOptions): boolean {
  const k = tokenAt(a, m.start);
  if (!options.topic && cueBefore(a, k, lx.negation, rules.negation.window)) return false;
  if (options.actual && !habitual(a, k) && (cueBefore(a, k, lx.irrealis, rules.irrealis.window) || conditional(a, k, rules))) return false;
  if (options.own && foreign(a, k, lx)) return false;
  if (e.raw.startsWith('p:') && !hasPersonPatient(a, k, tokenEndingAt(a, m.end), lx)) return false;
  if (e.raw.startsWith('c:') && !clauseWords(a, k).some((t) => options.context?.includes(t.word))) return false;
  return true;
}

/** 一喝酒就打她: what follows 一…就 happens each time, it is not a threat. */
function habitual(a: AnalyzedText, k: number): boolean {
  const words = clauseWords(a, k).filter((t) => t.start < a.tokens[k].start);
  const yi = words.findIndex((t) => t.word === '一' || t.word === '每次' || t.word === '一旦');
  return yi >= 0 && words.slice(yi + 1).some((t) => t.word === '就' || t.word === '便');
}

/** 不给钱就打她, 再闹就打死她: 就 after a condition, shortly before the act, makes it a threat. */
function conditional(a: AnalyzedText, k: number, rules: RiskRules): boolean {
  const before = clauseWords(a, k).filter((t) => t.end <= a.tokens[k].start);
  const jiu = before.findLastIndex((t) => t.word === '就');
  return jiu >= before.length - 3 && jiu > 0 && before.slice(0, jiu).some((t) => rules.irrealis.conditionals.includes(t.word));
}

/** A relation word someone else owns: 与邻居夫妻 (the dispute is with them), 朋友的老公. Not 隔壁两口子打架. */
function foreign(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const clause = a.tokens[k].clause;
  for (let j = k - 1; j >= 0 && j >= k - 4 && a.tokens[j].clause === clause; j--) {
    if (!lx.foreign.has(a.tokens[j].word)) continue;
    if (j === k - 1 && lx.possessors.has(a.tokens[j].word)) return true;
    const next = a.tokens[j + 1]?.word;
    const before = a.tokens.slice(Math.max(0, j - 2), j).filter((t) => t.clause === clause);
    return next === '的' || next === '家' || before.some((t) => lx.companions.has(t.word));
  }
  return false;
}

const SKIP_AFTER_ACT = new Set(['了', '死', '伤', '得', '着', '过', '一顿', '一下', '几下', '一巴掌', '起来', '成', '坏', '残']);
const OBJECT_MARKERS = new Set(['把', '将']);
const TOWARD = new Set(['对', '给', '朝', '向', '冲', '往']);

/**
 * Who the act is done to: a person (把她打了, 打了她, 对我动手, 她被打) — or, with nothing after the
 * act, a person named before it in the clause (老公又动手了). 把鸡杀了 and 把事捅到村里 name a thing.
 */
function hasPersonPatient(a: AnalyzedText, k0: number, k1: number, lx: Lexicon): boolean {
  const { tokens } = a;
  let act = '';
  for (let j = k0; j <= k1; j++) act += tokens[j].word;
  if (lx.mutual.has(act)) return true;
  const clause = tokens[k0].clause;
  // The clause's words before the act (walked back from it: a long text is not re-read per act).
  let s = k0;
  while (s > 0 && tokens[s - 1].clause === clause) s--;
  for (let j = k0 - 1; j >= s; j--) {
    if (OBJECT_MARKERS.has(tokens[j].word)) return j + 1 < k0 && lx.persons.has(tokens[j + 1].word);
  }
  let towardPerson = false;
  let personBefore = false;
  for (let j = s; j < k0; j++) {
    const w = tokens[j].word;
    if (w === '被') return true;
    if (TOWARD.has(w) && j + 1 < k0 && lx.persons.has(tokens[j + 1].word)) towardPerson = true;
    if (lx.persons.has(w)) personBefore = true;
  }
  if (towardPerson) return true;
  let j = k1 + 1;
  while (tokens[j] && tokens[j].clause === clause && SKIP_AFTER_ACT.has(tokens[j].word)) j++;
  const next = tokens[j];
  if (next && next.clause === clause) return lx.persons.has(next.word);
  return personBefore;
}

/** The first hit of each term of a list (each term's own first occurrence), in the list's order. */
function allHits(fields: AnalyzedField[], terms: readonly string[], rules: RiskRules): TextHit[] {
  const lx = lexiconOf(rules);
  const plan = planOf(terms, lx.terms);
  const out: TextHit[] = [];
  for (const e of plan.entries) {
    for (const { field, a } of fields) {
      const ms = findTerm(a, e.term, lx.terms);
      const m = ms?.find((x) => acceptable(a, e, x, rules, lx, NO_OPTIONS));
      if (m) {
        out.push({ field, a, term: m.text, start: m.start, end: m.end });
        break;
      }
    }
  }
  return out;
}

const clauseNo = (h: TextHit) => h.a.tokens[tokenAt(h.a, h.start)].clause;
const clauseOf = (h: TextHit) => `${h.field}:${h.a.tokens[tokenAt(h.a, h.start)].clause}`;

/**
 * Which kind of dispute a record is about. Structured codes (警情细类, 案由, 信访分类) decide when they
 * name a family or romantic matter; otherwise the text must show a family or intimate relation and a
 * conflict, and another domain's vocabulary must not be where they are: 小舅子借钱不还 is a debt,
 * 姐夫开车撞了人 is traffic, but a father who pushed the mother till she bled is a family matter even
 * if the record also recalls a quarrel over a boundary with a neighbour.
 */
export function classifyDispute(
  e: NormalizedEventV1,
  rules: RiskRules,
  fields: AnalyzedField[] = textFields(e, rules),
): DisputeClassification {
  const recordId = recordIdOf(e);
  const codeEvidence = (text: string): Evidence => ({ recordId, field: 'codes', text });
  const lx = lexiconOf(rules);

  const relationHits = (weak: boolean) =>
    lx.relations[weak ? 'weak' : 'strong']
      .map(([kind, words]) => ({ kind, hit: firstHit(fields, words, rules, { own: true }) }))
      .filter((r): r is { kind: RelationKind; hit: TextHit } => !!r.hit)
      // Ex-partners before partners: 前男友 also contains 男友.
      .sort((x, y) => order(x.kind) - order(y.kind));
  const relation = relationHits(false)[0] ?? coupleOf(fields, rules);
  // 父母, 家人, 男人: often someone's, not a party's (学生父母, 那个男人). Enough for a learned judgement or a
  // matter of family law, not for the rules' relation-and-conflict reading.
  const weakRelation = relation ? undefined : relationHits(true)[0];
  const romanticText = relation ? rules.romanticRelations.includes(relation.kind) : false;

  const codes = [e.codes.subCategory, e.codes.cause, e.codes.category].filter((c): c is string => !!c);
  const familyCode = codes.find(
    (c) => rules.familyCodes.subCategory.includes(c) || rules.familyCodes.cause.includes(c) || rules.familyCodes.category.includes(c),
  );
  if (familyCode) {
    const romantic =
      rules.familyCodes.romanticCause.includes(familyCode) ||
      (familyCode === '婚恋纠纷' && romanticText) ||
      (romanticText && !familyCode.includes('离婚'));
    return {
      domain: romantic ? '恋爱情感' : '婚姻家庭',
      familyRomantic: true,
      relation: relation?.kind,
      evidence: [codeEvidence(familyCode), ...(relation ? [hitEvidence(recordId, relation.hit)] : [])],
    };
  }

  // The relation must be one of the parties of the conflict: read together only when they stand in
  // one sentence or the next (a story that names the victim's husband three sentences later is not a
  // family dispute). The first relation and conflict when they are linked; else the first linked pair.
  let conflict = firstHit(fields, lx.conflict, rules);
  let linked: { kind: RelationKind; hit: TextHit } | undefined = relation;
  // A relation the text names apart from every conflict it tells is not a party to it: no anchor for the model either.
  let unlinked = false;
  if (relation && conflict && !near(relation.hit, conflict, rules, lx)) {
    const pair = linkedPair(fields, rules, lx);
    linked = pair?.linked;
    conflict = pair?.conflict;
    unlinked = !pair;
  }
  // The clauses where the relation and the conflict are: another domain's words count there.
  const here = new Set<string>();
  if (linked) here.add(clauseOf(linked.hit));
  if (conflict) here.add(clauseOf(conflict));
  const others = Object.values(rules.otherDomains)
    .map((d) => {
      const hits = allHits(fields, d.terms, rules);
      return {
        domain: d.domain,
        decisive: !!d.decisive,
        n: hits.length,
        near: hits.filter((h) => here.has(clauseOf(h))).length,
        hit: hits[0],
      };
    })
    .filter((d) => d.n > 0)
    .sort((x, y) => y.near - x.near || y.n - x.n);
  const otherCode = codes.map((c) => rules.otherCodes[c]).find((d) => !!d);

  const strongestOther = others[0];
  // Between intimates a word of money in the same clause does not make it someone else's dispute
  // (因为借钱跟老公吵架); between wider kin it does (小舅子借钱不还).
  const intimate = !!linked && ['spouse', 'ex_spouse', 'partner', 'ex_partner'].includes(linked.kind);
  const outsider = others.some((o) => o.decisive && o.near > 0);
  const nearOther = strongestOther?.near ?? 0;
  // Relation and conflict in one clause or the next (父亲把母亲推倒): only another domain's words
  // there count against them. Far apart in a long text, any of the other domain's words do.
  const tight = !!linked && !!conflict && linked.hit.field === conflict.field && Math.abs(clauseNo(linked.hit) - clauseNo(conflict)) <= 2;
  const against = tight ? nearOther : (strongestOther?.n ?? 0);
  if (linked && conflict && !outsider && (against === 0 || (intimate && against <= 1))) {
    return {
      domain: rules.romanticRelations.includes(linked.kind) ? '恋爱情感' : '婚姻家庭',
      familyRomantic: true,
      relation: linked.kind,
      evidence: [hitEvidence(recordId, linked.hit), hitEvidence(recordId, conflict)],
    };
  }
  const matter = familyMatterOf(fields, rules);
  const named = relation ?? weakRelation;
  if (matter && !outsider && (nearOther === 0 || others.every((o) => !o.hit || clauseOf(o.hit) !== clauseOf(matter.hit)))) {
    const kind = named?.kind ?? matter.kind;
    return {
      domain: rules.romanticRelations.includes(kind) ? '恋爱情感' : '婚姻家庭',
      familyRomantic: true,
      relation: kind,
      evidence: [...(named ? [hitEvidence(recordId, named.hit)] : []), hitEvidence(recordId, matter.hit)],
    };
  }
  const anchor = named && !unlinked ? { anchor: { relation: named.kind, evidence: hitEvidence(recordId, named.hit) } } : {};
  if (strongestOther) {
    return { domain: strongestOther.domain, familyRomantic: false, evidence: [hitEvidence(recordId, strongestOther.hit)] };
  }
  if (otherCode) return { domain: otherCode, familyRomantic: false, evidence: [codeEvidence(codes.find((c) => rules.otherCodes[c])!)] };
  if (conflict || codes.some((c) => c.includes('纠纷'))) {
    return { domain: '其他', familyRomantic: false, evidence: conflict ? [hitEvidence(recordId, conflict)] : [], ...anchor };
  }
  return { domain: '非纠纷', familyRomantic: false, evidence: [], ...anchor };
}

/** The first matter of family law named, and the relation it is between. */
function familyMatterOf(fields: AnalyzedField[], rules: RiskRules): { kind: RelationKind; hit: TextHit } | undefined {
  let best: { kind: RelationKind; hit: TextHit } | undefined;
  for (const [kind, terms] of Object.entries(rules.familyMatters) as [RelationKind, string[]][]) {
    const hit = firstHit(fields, terms, rules, { topic: true });
    if (hit && (!best || hit.start < best.hit.start)) best = { kind, hit };
  }
  return best;
}

/** 男方 and 女方 both named: the two parties of a couple, as police notes and filings call them. */
function coupleOf(fields: AnalyzedField[], rules: RiskRules): { kind: RelationKind; hit: TextHit } | undefined {
  const hits = allHits(fields, rules.coupleMarkers, rules);
  if (hits.length < 2) return undefined;
  const [m, f] = hits;
  return { kind: 'spouse', hit: m.start <= f.start && m.field === f.field ? m : f };
}

/**
 * A relation and a conflict read together: in two fields of the record (a call and its disposition),
 * or in one field within one sentence (`relationSentences`), or the conflict in the next sentence with
 * a pronoun standing for the people just named (我老公脾气不好。他经常打我).
 */
function near(x: TextHit, y: TextHit, rules: RiskRules, lx: Lexicon): boolean {
  // Another field of the record (the disposition: 双方系夫妻) speaks of the same incident and its parties.
  return x.a !== y.a || linkedAt(x.a, x.start, y.start, rules, lx);
}

function linkedAt(a: AnalyzedText, relationAt: number, conflictAt: number, rules: RiskRules, lx: Lexicon): boolean {
  const window = rules.relationSentences ?? Infinity;
  const k = tokenAt(a, conflictAt);
  const d = a.tokens[k].sentence - a.tokens[tokenAt(a, relationAt)].sentence;
  if (Math.abs(d) <= window) return true;
  return d === window + 1 && clauseWords(a, k).some((t) => lx.followers.has(t.word));
}

function order(kind: RelationKind): number {
  return ['ex_partner', 'ex_spouse', 'spouse', 'partner', 'in_law', 'parent_child', 'sibling'].indexOf(kind);
}

export function hitEvidence(recordId: string, hit: TextHit): Evidence {
  return { recordId, field: hit.field, ...originalSpan(hit.a, hit.start, hit.end) };
}
