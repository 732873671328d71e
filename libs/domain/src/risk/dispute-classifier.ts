import type { NormalizedEventV1 } from '@hub/contracts';
import type { DisputeDomain, FactorRule, RelationKind, RiskRules } from './risk-rules';
import {
  type AnalyzedText,
  analyze,
  clauseWords,
  cueBefore,
  dictionarySegmenter,
  findTerm,
  foundTermIds,
  literalMatches,
  type TermMatch,
  originalSpan,
  type Segmenter,
  type TermIndex,
  termIndex,
  TextMemo,
  type Token,
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
  /**
   * How a family reading was made: `near` when only a relation word standing near a conflict makes it (not codes, not
   * the parties' stated relation, a relative named as a party of the act, or a matter of family law).
   */
  basis?: 'near';
  /**
   * With `basis: 'near'`, the reading the rules give the record without its family one (another domain's words, else
   * a conflict with no domain, else none): what stands where a learned judgement drops the family reading.
   */
  otherwise?: { domain: DisputeDomain; evidence: Evidence[] };
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
  /** Authorities, institutions and companies a claim is made against (`counterparties`). */
  counterparties: Set<string>;
  claimVerbs: Set<string>;
  /** Words of an outcome or a state (住院, 受伤, 离婚): no act, no parties. */
  consequenceTerms: Set<string>;
  /** Every literal term the rules read, searched for in one pass per text. */
  terms: TermIndex;
  /** Relation words by kind, strong and weak (`weakRelations`). */
  relations: Record<'strong' | 'weak' | 'strongByOrder', [RelationKind, string[]][]>;
  mutual: Set<string>;
  /** Weapons and dangerous means (`c:` terms): things, never persons. */
  means: Set<string>;
  /** Every means factor's context words (拿着, 提着, 泼…): a means used so is an act, for linking a relation too. */
  meansContext: Set<string>;
  conflict: string[];
  /** Every risk factor's terms but the topics a question about a rule is asked about (a divorce, a custody, a pregnancy). */
  harmTerms: string[];
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

/**
 * Words the rules read that a segmenter may find inside a longer word (住院 in 住院治疗, 离婚 in
 * 离婚协议): literal terms of two characters or more. A word made of one of them and another whole
 * word is cut in two, so that terms still match words, not substrings.
 */
export function termHeads(rules: RiskRules): string[] {
  const heads = new Set<string>();
  const add = (t: string) => {
    const w = termText(t);
    if (!w.startsWith('re:') && w.length >= 2) heads.add(w);
  };
  [...rules.conflictCues, ...rules.factors.flatMap((f) => f.terms), ...Object.values(rules.relations).flat()].forEach(add);
  [...Object.values(rules.familyMatters).flat(), ...Object.values(rules.otherDomains).flatMap((d) => d.terms)].forEach(add);
  return [...heads];
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
      counterparties: new Set(rules.counterparties ?? []),
      claimVerbs: new Set(rules.claimVerbs ?? []),
      consequenceTerms: new Set(rules.factors.filter((f) => rules.consequences?.includes(f.code)).flatMap((f) => f.terms.map(termText))),
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
      means: new Set(rules.factors.flatMap((f) => f.terms.filter(inContext).map(termText))),
      meansContext: new Set(rules.factors.filter((f) => f.terms.some(inContext)).flatMap((f) => f.context ?? [])),
      // An outcome (受伤, 住院, 昏迷) is no conflict between two people: a relative who bled killing a
      // chicken, or who lies in hospital, is no party to a dispute. Only acts and quarrels link a relation.
      conflict: [
        ...new Set([
          ...rules.conflictCues,
          ...rules.factors.filter((f) => f.weight > 0 && !f.aggravating && !rules.consequences?.includes(f.code)).flatMap((f) => f.terms),
        ]),
      ],
      harmTerms: rules.factors.filter((f) => !TOPIC_FACTORS.has(f.code) && f.weight > 0).flatMap((f) => f.terms),
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
  /** Skip occurrences after 就 said or on a condition, not told as done (你敢回来…我就打断你的腿: the threat's words). */
  onCondition?: boolean;
  /** Skip relation words that belong to someone else (与邻居夫妻, 朋友的老公). */
  own?: boolean;
  /** Words of which one must stand in the same clause for a `c:` term to count (拿着 for 菜刀). */
  context?: readonly string[];
  /** A topic, not an event (离婚, 抚养费): negation does not remove it (对方不离婚怎么办 is still about a divorce). */
  topic?: boolean;
  /** Words of which one before the term in its clause makes it advice, a question or an intention (建议申请保护令, 可以申请吗). */
  notAfter?: readonly string[];
}
/** How a factor's terms are read: what it describes must have happened, not be threatened or advised (its rule says). */
export const factorHitOptions = (f: FactorRule): HitOptions => ({
  actual: f.actual,
  onCondition: f.onCondition,
  context: f.context,
  notAfter: f.notAfter,
});

/**
 * A term in the rules: `p:打了` needs a person as the one it is done to (把她打了, 打了她; not 把鸡杀了,
 * 把事捅到村里); `c:菜刀` needs one of the factor's context words in its clause (拿着菜刀; not 菜刀坏了); `d:` is an act
 * only when done, not threatened or on a condition (就把照片发到群里, 要是敢离就发给你单位: a threat, round 9). The marks
 * combine: `d:p:掐晕` is done, and to a person (round 68).
 */
const TERM_MARKS = /^(?:[pcd]:)+/;
const termText = (t: string) => t.replace(TERM_MARKS, '');
/** A `c:` term: one that needs its factor's context words in its clause. */
const inContext = (t: string) => !!TERM_MARKS.exec(t)?.[0].includes('c:');

interface TermEntry {
  raw: string;
  /** The term's marks (`p:`, `c:`, `d:`, in any number), read once with the list. */
  marks: string;
  term: string;
  order: number;
  /** The term's number in the rules' term index; -1 for a term it does not hold. */
  id: number;
}
/** A term list of the rules, read once: each term with its number in the rules' term index. */
interface TermPlan {
  /** Every term, in the list's order. */
  entries: TermEntry[];
  /** The list's entries by the index number of their text (打 and p:打 share one): an array, read for every term a text holds. */
  byId: (TermEntry[] | undefined)[];
  /** Entries the index does not hold, looked for one by one. */
  unindexed: TermEntry[];
}
// By index, then by list: a list shared by two rule sets (one spread from the other with a term added) is numbered by
// each set's own index, and a plan made for the other index would read its matches under shifted numbers.
const plans = new WeakMap<TermIndex, WeakMap<readonly string[], TermPlan>>();
function planOf(terms: readonly string[], index: TermIndex): TermPlan {
  let ofIndex = plans.get(index);
  if (!ofIndex) plans.set(index, (ofIndex = new WeakMap()));
  let p = ofIndex.get(terms);
  if (!p) {
    const entries = terms.map((raw, order) => {
      const term = termText(raw);
      return { raw, marks: raw.slice(0, raw.length - term.length), term, order, id: index.ids.get(term) ?? -1 };
    });
    const byId: (TermEntry[] | undefined)[] = new Array<TermEntry[] | undefined>(index.ids.size).fill(undefined);
    for (const e of entries) if (e.id >= 0) byId[e.id] = [...(byId[e.id] ?? []), e];
    p = { entries, byId, unindexed: entries.filter((e) => e.id < 0) };
    ofIndex.set(terms, p);
  }
  return p;
}

/**
 * Every occurrence of a list's terms in a text, by way of the terms the text holds (a few dozen)
 * rather than the list (hundreds): the same candidates, found without walking the whole list.
 */
function eachMatch(a: AnalyzedText, plan: TermPlan, index: TermIndex, visit: (e: TermEntry, m: TermMatch) => void): void {
  const found = literalMatches(a, index);
  const ids = foundTermIds(a, index);
  // A short list (a factor's terms) is walked as it is; a long one (every conflict word) by the terms found. (A step of
  // the list, a read of this text's matches, costs less than one of the terms found, a read of the list's own array.)
  if (plan.entries.length <= ids.length * 4) {
    for (const e of plan.entries) {
      const ms = e.id >= 0 ? found[e.id] : findTerm(a, e.term);
      if (ms) for (const m of ms) visit(e, m);
    }
    return;
  }
  for (const id of ids) {
    const es = plan.byId[id];
    if (es) for (const e of es) for (const m of found[id]!) visit(e, m);
  }
  for (const e of plan.unindexed) for (const m of findTerm(a, e.term) ?? []) visit(e, m);
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
    let candidates: Candidate[] | undefined;
    eachMatch(a, plan, lx.terms, (e, m) => (candidates ??= []).push({ e, m }));
    if (!candidates) continue;
    // The first in place is tried before sorting them all: it is often accepted. (The earliest of equal places, as
    // the stable sort puts first.)
    let first = candidates[0];
    for (const c of candidates) if (byPlace(c, first) < 0) first = c;
    if (acceptable(a, first.e, first.m, rules, lx, options))
      return { field, a, term: first.m.text, start: first.m.start, end: first.m.end };
    if (candidates.length === 1) continue;
    candidates.sort(byPlace);
    for (let k = 1; k < candidates.length; k++) {
      const { e, m } = candidates[k];
      if (acceptable(a, e, m, rules, lx, options)) return { field, a, term: m.text, start: m.start, end: m.end };
    }
  }
  return undefined;
}

/** Every occurrence of the terms that counts, field by field, in text order. */
export function allOccurrences(
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
    const here: Candidate[] = [];
    eachMatch(a, plan, lx.terms, (e, m) => {
      if (!where || where(field, a, m)) here.push({ e, m });
    });
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
    const at = new Set<number>();
    eachMatch(a, plan, lx.terms, (_, m) => at.add(sentenceOf(a, m.start)));
    conflictAt.set(a, at);
  }
  const nearConflict = (_: TextField, a: AnalyzedText, m: TermMatch) => {
    const s = sentenceOf(a, m.start);
    const after = Math.max(window + 1, courtshipSpan(m.text, rules));
    for (const [b, at] of conflictAt) {
      if (b !== a && at.size) return true;
      if (b === a) for (const c of at) if (c - s <= after && s - c <= window) return true;
    }
    return false;
  };
  // A petition's subject line sums up the main text: when the main text tells its conflict as one with an
  // outsider (儿子和同事打架), the subject's 儿子打架 is that conflict, not one between relatives.
  const main = fields.find((f) => f.field === 'main')?.a;
  const outsiderMain = () => !!main && outsiderConflictIn(main, rules, lx);
  for (const [kind, words] of lx.relations.strongByOrder) {
    for (const hit of allOccurrences(fields, words, rules, { own: true }, nearConflict)) {
      if (kind === 'ex_partner' && outgrown(hit, fields, rules, lx)) continue;
      const conflict = allOccurrences(
        fields,
        lx.conflict,
        rules,
        NO_OPTIONS,
        (f, a, m) =>
          (a !== hit.a
            ? !outsiderConflictIn(hit.a, rules, lx)
            : linkedAt(a, hit.start, m.start, rules, lx, courtshipSpan(hit.term, rules))) &&
          !outsiderAgent(a, tokenAt(a, m.start), lx) &&
          !mutualWithOutsider({ field: f, a, term: m.text, start: m.start, end: m.end }, lx) &&
          !(f === 'subject' && outsiderMain()),
      )[0];
      if (conflict) return { linked: { kind, hit }, conflict };
    }
  }
  return undefined;
}

/**
 * The text tells a conflict with an outsider (在网上跟人吵架, 跟医生吵起来了, 被同学打了): another field
 * of the record (the disposition's 言语冲突, 口角) then speaks of that conflict, not of one between relatives.
 */
function outsiderConflictIn(a: AnalyzedText, rules: RiskRules, lx: Lexicon): boolean {
  let known = outsiderConflicts.get(a);
  if (known === undefined) {
    const field: AnalyzedField = { field: 'main', a };
    // 村民卜某的儿子…不务正业: a way of living, done to no one, is no conflict with anyone (round 58).
    known = allOccurrences([field], lx.conflict, rules).some(
      (h) => !CONDUCT.has(h.term) && (outsiderAgent(a, tokenAt(a, h.start), lx) || mutualWithOutsider(h, lx)),
    );
    outsiderConflicts.set(a, known);
  }
  return known;
}
/** Conflict cues that tell how someone lives, not what they did to whom. */
const CONDUCT = new Set(['不务正业', '好吃懒做', '游手好闲', '不回家', '不管不顾']);
/** Per text, read once: the answer does not depend on which relation asks. */
const outsiderConflicts = new TextMemo<boolean>();

/** 把家里的鸡都杀了, 把狗砍伤了: the rest of a means' clause done to an animal, no person (nor relation word: 又去砍老婆) named in it (round 16 review; lead's review of 16–17). */
const ON_ANIMAL =
  /^(?!.*(?:老婆|妻子|媳妇|老公|丈夫|爱人|对象|女友|男友|前妻|前夫|妈|爸|儿|女|婆|原告|被告|申请人))[^把她我他人孩]{0,3}把(?:家里|院里|自家|圈里|笼子里)?的?(?:鸡|鸭|鹅|猪|狗|猫|羊|牛|鱼|兔子?)[^她我他人孩]*$/;
/** An occurrence counts unless negated, only threatened or wished (for acts), someone else's (relations), or an act on no person. */
function acceptable(a: AnalyzedText, e: TermEntry, m: TermMatch, rules: RiskRules, lx: Lexicon, options: HitOptions): boolean {
  const k = tokenAt(a, m.start);
  if (!options.topic && cueBefore(a, k, lx.negation, rules.negation.window)) return false;
  if (categoryLabel(a, k)) return false;
  if (options.actual && !habitual(a, k) && (cueBefore(a, k, lx.irrealis, rules.irrealis.window) || conditional(a, k, rules))) return false;
  // 怀孕期间家暴可以离婚吗: a question about the act in general (a question form, no party named, no act told as done)
  // asks about the law, it tells no act; 他怀孕期间打我，可以离婚吗 tells one (round 17 review).
  if (options.actual && generalQuestion(a, lx)) return false;
  // 丈夫威胁她，离婚就打断她的腿; 你敢回来分房子，我就打断你的腿; 你敢回来我打断你的腿: an injury threatened (said, or on
  // a condition such as 再, 敢, 要是) and not told as done (no 了, 过 after), is the threat's words, not an act (round 16
  // review; the assessor no longer re-reads the injury's words). 她要离婚，他就把她打到骨折住院 is done (lead's review of 16–17).
  if (options.onCondition && !habitual(a, k) && !/^[了过]/.test(a.text.slice(m.end)) && injuryThreatened(a, k, m, rules)) return false;
  if (
    e.marks.includes('d:') &&
    !habitual(a, k) &&
    // 她不同意复合，他就把她的私密照片发到了群里: the posting told as done (了) is done (round 9 review).
    a.text[m.end] !== '了' &&
    (cueBefore(a, k, lx.irrealis, rules.irrealis.window) || conditional(a, k, rules) || saidOnCondition(a, k, rules))
  )
    return false;
  // 如果我老公把我掐晕了，我能告他吗; 看新闻说有个男的把老婆打伤了: an act supposed or read of, even told with 了, is not
  // told as done (round 68 review).
  if (e.marks.includes('d:') && supposedOrReported(a, k)) return false;
  // 民警告知其散布他人隐私系违法行为, 告知威胁家庭成员同样属家庭暴力: the law told, not an act (round 9).
  if (!options.own && lawTold(a, k)) return false;
  if (options.own && foreign(a, k, lx)) return false;
  if (e.marks.includes('p:') && !hasPersonPatient(a, k, tokenEndingAt(a, m.end), lx)) return false;
  // A means found as a conflict (no factor's own context given) counts where any means factor's context word stands:
  // 提着一桶汽油到她家门口 is an act that links the suitor to her, as 拿刀追她 does.
  // Aimed at someone: the clause names her or her home (我, 她, 我家) and no institution (拎着汽油到村委会门口), nor only
  // him taking it (他喝了农药).
  // 拿菜刀把家里的鸡都杀了: a knife used on an animal, no person in its clause, is no weapon used on or shown to a
  // person (round 16 review).
  if (options.context && ON_ANIMAL.test(restOfClause(a.text, m.end))) return false;
  if (e.marks.includes('c:')) {
    const words = clauseWords(a, k);
    if (options.context ? !words.some((t) => options.context!.includes(t.word)) : !meansAimed(words, m.start, lx)) return false;
    // 他就当着我面喝农药: a poison he says he will drink is his suicide threat (orange), no means used against her
    // (round 13).
    // 还给她灌 in the next clause: forced on her, not drunk by himself (round 13 review).
    if (options.context && POISONS.test(m.text) && drunkBySelf(words, m.start) && !POISON_FORCED_AFTER.test(a.text.slice(m.end)))
      return false;
  }
  // 老公不准她离婚: a divorce or break-up he forbids is one she seeks, under way; a move he forbids (不准她回娘家) is none
  // (round 9 review).
  if (
    options.notAfter &&
    !(SOUGHT.test(m.text) && clauseWords(a, k).some((t) => t.start < m.start && FORBIDS.has(t.word))) &&
    clauseWords(a, k).some((t) => t.start < m.start && options.notAfter!.includes(t.word))
  )
    return false;
  // 我不想离婚，只是想让调解员说说他: the caller (or the woman told of) does not want out; no separation under way (round 13).
  // 她不想离婚，老公非要离: he seeks it, the separation stands (round 13 review).
  if (SOUGHT.test(m.text) && NOT_WANTED.test(a.text.slice(Math.max(0, m.start - 14), m.start)) && !OTHER_SEEKS.test(a.text.slice(m.end)))
    return false;
  // 她把自己锁在卧室, 门从里面反锁了: done by one to oneself, or a lock from inside: no one else's act on her (round 9).
  if (selfDone(a, k, m.text)) return false;
  // 我老公拿着刀在厨房切菜, 公公拿着镰刀去地里割麦子: a blade or a tool at its work, aimed at no one, is no weapon.
  if (TOOLS.test(m.text) && toolAtWork(clauseWords(a, k), m.end, lx)) return false;
  // As a conflict (no factor's context): 一个陌生男子拿着刀在我家门口 is the outsider's act, not one of her relative's.
  if (!options.context && TOOLS.test(m.text) && heldByOutsider(clauseWords(a, k), m.start, lx)) return false;
  return true;
}
const CLAUSE_END = /[，,。；;！!？?]/g;
/** The text from `from` to the next clause break, or to its end: `text.slice(from).split(breaks)[0]` without splitting all the rest. */
function restOfClause(text: string, from: number): string {
  CLAUSE_END.lastIndex = from;
  const end = CLAUSE_END.exec(text);
  return text.slice(from, end ? end.index : text.length);
}
/** Poisons one may drink oneself. */
const POISONS = /^(农药|百草枯|老鼠药|敌敌畏)$/;
/**
 * 就喝敌敌畏，还给她灌: forcing told in the sentence after the poison (round 13 review), with the one forced: 灌她, 给她灌,
 * 逼她喝 (round 15 review: 喝农药，逼我撤诉 forces a withdrawal, not the poison).
 */
const POISON_FORCED_AFTER =
  /^[^。！!？?]{0,12}(灌(着|了)?(她|我|俺|其|原告|申请人|孩子|儿子|女儿)|(给|往|朝)(她|我|俺|其|原告|申请人|孩子|儿子|女儿)[^，,。]{0,3}灌|逼(着|了)?(她|我|俺|其|原告|申请人|孩子|儿子|女儿)[^，,。]{0,2}(喝|吞|吃))/;
/** Drinking told right before the poison, and no word that shows it, aims it or gives it to another (拿着, 逼, 灌, 给她). */
const DRINK = new Set(['喝', '喝下去', '喝下', '喝了', '吞']);
/** Held or thrown: the poison right after (拿着农药, 揣着一瓶农药). */
const POISON_HELD = new Set(['拿', '拿着', '拿出', '提着', '拎', '拎着', '掏出', '带着', '揣着', '泼', '浇', '倒']);
/** Given or forced: right before the drink verb with the one made to drink (给她喝, 让我喝, 逼她喝, 灌她喝, 一起喝). */
const POISON_GIVEN = new Set(['给', '让', '逼', '灌', '叫', '逼着']);
const POISON_DRINKERS = new Set(['她', '我', '俺', '其', '原告', '申请人', '孩子', '儿子', '女儿', '我们', '她们', '全家']);
/**
 * The poison right after a drink verb that he drinks himself: no one made to drink it next to the verb and the poison not
 * held or thrown (round 15 review: 给, 让, 下, 带着 anywhere in the clause made 他给我打电话说要喝农药 red).
 */
function drunkBySelf(words: readonly Token[], at: number): boolean {
  const p = words.findIndex((t) => t.start >= at);
  let i = p - 1;
  while (i > 0 && ['了', '下', '下去', '一瓶', '瓶'].includes(words[i].word)) i--;
  if (i < 0 || !DRINK.has(words[i].word)) return false;
  const before = words[i - 1]?.word ?? '';
  if (['一起', '一块', '逼', '灌', '逼着'].includes(before)) return false;
  if (POISON_DRINKERS.has(before) && POISON_GIVEN.has(words[i - 2]?.word ?? '')) return false;
  return !words.some(
    (t, j) => POISON_HELD.has(t.word) && words.slice(j + 1, j + 4).some((n) => POISONS.test(n.word) || n.word.includes('瓶')),
  );
}
/** The term's clause tells what the law says of it: 违法 after it (散布隐私系违法行为, 发到网上是违法的), or a word of telling and one of classing before it (告知…属家庭暴力). */
function lawTold(a: AnalyzedText, k: number): boolean {
  // Read once per text: most texts tell no law, and every candidate of every list asks (speed).
  let mentions = lawMentioned.get(a);
  // A word of the text is in it: a text that holds none of the words as characters needs no walk of its words.
  if (mentions === undefined)
    lawMentioned.set(
      a,
      (mentions = LAW_WORDS.some((w) => a.text.includes(w)) && a.tokens.some((t) => UNLAWFUL.has(t.word) || TOLD.has(t.word))),
    );
  if (!mentions) return false;
  const words = clauseWords(a, k);
  const at = a.tokens[k].start;
  // 是不是犯法: a question about the law tells the act it asks about.
  if (words.some((t) => QUESTIONED.has(t.word))) return false;
  // 被告经常殴打原告系违法行为: 违法 after the act is the law told only where the text tells it (告知…, in the sentence
  // before the act); a filing's or a petition's own words about the act state the act (round 9 review).
  if (words.some((t) => t.start > at && UNLAWFUL.has(t.word)) && toldBefore(a, k)) return true;
  // 告知其行为构成骚扰: the officers' finding about his act, not the law (his act named between).
  const told = words.findIndex((t) => t.start < at && TOLD.has(t.word));
  const between = words.filter((t, i) => i > told && t.start < at);
  return told >= 0 && !between.some((t) => HIS_ACT.has(t.word)) && between.some((t) => CLASSED.has(t.word));
}
/** The whole text is a question (吗, 怎么办, 哪些…) naming no party (no person, relation word or pronoun) and telling nothing as done (了, 过, 被…). */
function generalQuestion(a: AnalyzedText, lx: Lexicon): boolean {
  let known = generalQuestions.get(a);
  if (known === undefined) {
    // (A word of the text is in it: a text that holds no question word as characters has none among its words.)
    const asked = () => GENERAL_ASKED_WORDS.some((w) => a.text.includes(w)) && a.tokens.some((t) => GENERAL_ASKED.has(t.word));
    known =
      (asked() || /[？?]\s*$/.test(a.text)) &&
      !a.tokens.some(({ word: w }) => (lx.persons.has(w) && !TOPICS.has(w)) || PARTIES.has(w) || TOLD_DONE.has(w)) &&
      // 正在家暴怎么办, 楼上邻居家暴，能不能来看看: an act now or a neighbour's household is a call, no general question
      // (lead's review of rounds 16 and 17).
      !NOW_OR_NEARBY.test(a.text);
    generalQuestions.set(a, known);
  }
  return known;
}
const generalQuestions = new TextMemo<boolean>();
const NOW_OR_NEARBY = /正在|现在(?!可以|能|还|是否|怎么|如何)|刚才|刚刚|昨晚|邻居|楼上|楼下|隔壁|对门/;
/** Relation words that name the topic, not a party (家暴 implies a family, it names no one). */
const TOPICS = new Set(['家暴', '家庭暴力']);
const GENERAL_ASKED = new Set([
  '吗',
  '么',
  '是否',
  '能否',
  '可否',
  '怎么',
  '怎么办',
  '如何',
  '哪些',
  '什么',
  '谁',
  '归谁',
  '可不可以',
  '能不能',
  '算不算',
]);
const GENERAL_ASKED_WORDS = [...GENERAL_ASKED];
const PARTIES = new Set([
  '我',
  '俺',
  '我们',
  '咱',
  '你',
  '他',
  '她',
  '他们',
  '她们',
  '本人',
  '对方',
  '其',
  '自己',
  '报警人',
  '来电人',
  '求助人',
]);
// 遭家暴, 受到家暴, 挨打: suffered, told as done to the asker (遭家暴能立马判离吗 asks about her own case).
const TOLD_DONE = new Set([
  '了',
  '过',
  '被',
  '曾',
  '曾经',
  '经常',
  '总是',
  '一直',
  '又',
  '老是',
  '天天',
  '多次',
  '屡次',
  '遭',
  '遭受',
  '遭到',
  '遭遇',
  '受到',
  '挨',
]);
function toldBefore(a: AnalyzedText, k: number): boolean {
  const { sentence } = a.tokens[k];
  for (let i = k - 1; i >= 0 && a.tokens[i].sentence === sentence; i--) if (TOLD.has(a.tokens[i].word)) return true;
  return false;
}
const QUESTIONED = new Set(['是不是', '吗', '么', '是否', '算不算', '犯不犯', '违不违法', '会不会', '能不能', '怎么', '怎么办']);
const HIS_ACT = new Set(['行为', '其行为', '做法', '所作所为', '所为', '举动']);
const lawMentioned = new TextMemo<boolean>();
const UNLAWFUL = new Set(['违法', '违法行为', '犯法', '违法犯罪', '犯罪行为']);
const TOLD = new Set(['告知', '警告', '告诫', '提醒', '普法', '讲解', '宣讲']);
const LAW_WORDS = [...UNLAWFUL, ...TOLD];
const CLASSED = new Set(['属', '属于', '系', '构成', '也是', '同样属', '都属于', '均属']);
const SOUGHT = /^(离婚|分手|离)$/;
/** 她不想离婚，老公非要离: the other one seeks it in the same sentence (round 13 review). */
const OTHER_SEEKS =
  /^[^。！!？?]{0,12}(老公|丈夫|他|男方|对方|男友|男朋友)[^，,。]{0,3}(非要|坚持|执意|一定要|提出)(要)?(离|分(?!家|房|钱|财|地|东西|存款|遗产|田|宅|红|担|摊))/;
/** 我不想离婚, 她并不打算跟他离婚, 本人从没想过离婚: the one telling (or the woman told of) does not seek it. */
const NOT_WANTED =
  /(?<![他男])(我|本人|她)(也|并|真|还|暂时|现在|目前|从来|从)?(不想|不打算|不愿意?|不准备|没打算|没想过?|不是想|并不想|不想要)(要|跟|和|与)?(他|丈夫|老公|男人|男友|男朋友|对象)?$/;
const FORBIDS = new Set(['不准', '不许', '不让']);
const TOOLS = /刀|斧|镰|锄|锹|锨|铲|锤|剪|酒瓶|擀面杖/;
function selfDone(a: AnalyzedText, k: number, term: string): boolean {
  const { tokens } = a;
  if (tokens[k - 1]?.word === '自己' && REFLEXIVE_MARK.has(tokens[k - 2]?.word ?? '') && tokens[k - 2].clause === tokens[k].clause)
    return true;
  if (!term.includes('锁')) return false;
  const clause = tokens[k].clause;
  // 他把她拽进卧室，从里面把门反锁了: he took her in and locked them in; the lock from inside is his act on her (round 9 review).
  let s = k;
  while (s > 0 && tokens[s - 1].sentence === tokens[k].sentence) s--;
  if (PUT_IN.test(a.text.slice(tokens[s].start, tokens[k].start))) return false;
  let before = '';
  for (let i = k - 1; i >= 0 && i >= k - 6 && tokens[i].clause === clause; i--) before = tokens[i].word + before;
  return /从(里面|里边|里头|屋里|屋里面|房间里)|自己(把门)?$/.test(before);
}
const REFLEXIVE_MARK = new Set(['把', '将']);
const PUT_IN = /(把|将)(她|我|他|其|你|孩子|老婆|妻子|女友|媳妇)[^。！？]{0,4}(拽|拖|拉|推|关|带|抱|扛|拎)(进|到)/;
/** After the tool, its work (切菜, 割麦子) and no one: no person, no relation word, no 我 or 她. */
function toolAtWork(words: readonly { word: string; start: number }[], end: number, lx: Lexicon): boolean {
  const after = words.filter((t) => t.start >= end);
  return TOOL_WORK.test(after.map((t) => t.word).join('')) && !after.some((t) => lx.persons.has(t.word) || AIMED_AT.has(t.word));
}
const TOOL_WORK = /切菜|炒菜|做饭|剁馅|割麦|割草|割稻|砍柴|劈柴|杀鸡|杀鱼|削苹果|削皮|种地|锄地|挖地/;
/** 我, 她, 我家 as the one a means is brought against; not 我 owning a relative (我老公). */
const aimedAt = (words: readonly { word: string }[], i: number, lx: Lexicon): boolean =>
  AIMED_AT.has(words[i].word) && !lx.relationWords.has(words[i + 1]?.word ?? '');

/**
 * A means with a word of use in a clause that names the one it is brought against and no institution. Not 我 as the
 * owner of a relative (我老公拿着刀: he holds it, no one is its target), not a means held by an outsider named before it
 * (一个喝醉的人拿着酒瓶冲进我家, 一个陌生男子拿着刀: his act, not her relative's), nor one used for its work (在厨房切菜,
 * 去地里割麦子).
 */
function meansAimed(words: readonly { word: string; start: number }[], at: number, lx: Lexicon): boolean {
  return (
    words.some((t) => lx.meansContext.has(t.word) && t.word !== '喝') &&
    words.some((_, i) => aimedAt(words, i, lx)) &&
    !words.some((t) => lx.counterparties.has(t.word) || MEANS_AT_WORK.test(t.word)) &&
    !heldByOutsider(words, at, lx)
  );
}
const heldByOutsider = (words: readonly { word: string; start: number }[], at: number, lx: Lexicon): boolean =>
  words.some((t) => t.start < at && (outsiderPerson(t.word, lx) || STRANGER_WORDS.has(t.word)));
/** Work a blade or a bottle is for: cooking, farming, cutting wood. */
const MEANS_AT_WORK = /^(切菜|做饭|炒菜|剁|割|砍柴|劈柴|杀鸡|杀鱼|削|种地|厨房|地里)/;
const STRANGER_WORDS = new Set(['陌生', '陌生人', '不认识', '有人', '一个人']);
const AIMED_AT = new Set(['我', '俺', '她', '你', '我家', '俺家', '她家', '原告', '申请人', '受害人', '被害人']);

/** 接警类别：家庭暴力: the upstream category quoted in the text is a code, not something stated as done. */
function categoryLabel(a: AnalyzedText, k: number): boolean {
  let has = categorised.get(a);
  if (has === undefined) categorised.set(a, (has = a.text.includes('类')));
  if (!has) return false;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const w = a.tokens[j].word;
    if (CATEGORY.has(w)) return true;
    if (!PUNCTUATION.test(w)) return false;
  }
  return false;
}
const categorised = new TextMemo<boolean>();
const CATEGORY = new Set(['类别', '警情类别', '接警类别', '类型', '警情类型']);

/**
 * 一喝酒就打她: what follows 一…就 happens each time, it is not a threat. So is an act after a word of
 * frequency (他经常会打我, 动不动就要动手): 会 and 要 there say what he does, not what he might do.
 */
function habitual(a: AnalyzedText, k: number): boolean {
  const words = clauseWords(a, k).filter((t) => t.start < a.tokens[k].start);
  const often = words.findLastIndex((t) => FREQUENCY.has(t.word));
  if (often >= 0 && !words.slice(often).some((t) => SAID_OR_WISHED.has(t.word))) return true;
  const yi = words.findIndex((t) => t.word === '一' || t.word === '每次' || t.word === '一旦');
  return yi >= 0 && words.slice(yi + 1).some((t) => t.word === '就' || t.word === '便');
}
const FREQUENCY = new Set(['经常', '总是', '老是', '总', '常常', '时常', '动不动', '动不动就', '动辄', '天天', '每天', '三天两头', '隔三差五']); // prettier-ignore
/** A threat or a wish said, even often (经常扬言要打她, 总说要离婚): the frequency does not make the act done. */
const SAID_OR_WISHED = new Set(['扬言', '威胁', '说', '说要', '称', '想', '准备', '打算', '要是', '如果', '不然', '否则', '恐吓']); // prettier-ignore

const SAID_THREATS = new Set(['说', '扬言', '威胁', '放话', '叫嚷']);
/** 不给钱就打她, 再闹就打死她: 就 after a condition, shortly before the act, makes it a threat. */
function conditional(a: AnalyzedText, k: number, rules: RiskRules): boolean {
  const before = clauseWords(a, k).filter((t) => t.end <= a.tokens[k].start);
  const jiu = before.findLastIndex((t) => t.word === '就');
  // 他说离婚就打断我的腿: what he said he would do on a condition is a threat, however the condition is put.
  return (
    jiu >= before.length - 3 &&
    jiu > 0 &&
    before
      .slice(0, jiu)
      // 我说了他两句他就打我: 说了 tells what was said before the act (a narrative), not a threat he said.
      .some((t, i) => rules.irrealis.conditionals.includes(t.word) || (SAID_THREATS.has(t.word) && before[i + 1]?.word !== '了'))
  );
}

const SUPPOSED = new Set(['如果', '假如', '万一', '假设', '假使', '倘若']);
const REPORTED = new Set(['新闻', '报道']);
/** A word of supposing before the act in its clause (如果…), or of a story read or heard before it in its sentence (看新闻说…). */
function supposedOrReported(a: AnalyzedText, k: number): boolean {
  const { tokens } = a;
  for (let i = k - 1; i >= 0 && tokens[i].sentence === tokens[k].sentence; i--) {
    if (REPORTED.has(tokens[i].word)) return true;
    if (tokens[i].clause === tokens[k].clause && SUPPOSED.has(tokens[i].word)) return true;
  }
  return false;
}

/**
 * 你要离，我就把聊天记录发到你们学校群里; 说我要是敢离，他就把照片发给学校: 就 before the act, with a condition or a word of
 * saying before it in its clause or the clause before, in one sentence (round 9, for `d:` terms: what is only done).
 */
function saidOnCondition(a: AnalyzedText, k: number, rules: RiskRules): boolean {
  const { tokens } = a;
  let jiu = -1;
  for (let i = k - 1; i >= 0 && tokens[i].clause === tokens[k].clause; i--)
    if (tokens[i].word === '就') {
      jiu = i;
      break;
    }
  if (jiu < 0) return false;
  const clause = tokens[k].clause;
  for (let i = jiu - 1; i >= 0 && tokens[i].sentence === tokens[k].sentence && tokens[i].clause >= clause - 2; i--) {
    // (the punctuation between two clauses is a clause of its own)
    const w = tokens[i].word;
    if (rules.irrealis.conditionals.includes(w) || w === '要' || (SAID_THREATS.has(w) && tokens[i + 1]?.word !== '了')) return true;
  }
  return false;
}

/**
 * An injury named as a threat, not as done (lead's review of rounds 16 and 17): a condition (再, 敢, 要是, 如果…) in its
 * clause or the two before, with or without 就 (你敢回来我打断你的腿); 不 or 要 only in 就's own clause (不给钱就打断你的腿,
 * not 她要离婚，他就把她打到骨折); a word of saying (说, 扬言, 威胁…, not 说了) in the two clauses before 就, unless the act
 * is told as done between 就 and the injury (原告说不离婚，被告就将其打至昏迷: 打至, 打到, 打成, 了, 过).
 */
function injuryThreatened(a: AnalyzedText, k: number, m: TermMatch, rules: RiskRules): boolean {
  const { tokens } = a;
  const clause = tokens[k].clause;
  let jiu = -1;
  for (let i = k - 1; i >= 0 && tokens[i].clause === clause; i--)
    if (tokens[i].word === '就') {
      jiu = i;
      break;
    }
  const from = jiu >= 0 ? jiu : k;
  const done = /[打揍砍捅踢踹砸摔推撞][到至成]|[了过]/.test(a.text.slice(tokens[from].end, m.start));
  for (let i = from - 1; i >= 0 && tokens[i].sentence === tokens[k].sentence && tokens[i].clause >= clause - 2; i--) {
    // (the punctuation between two clauses is a clause of its own)
    const w = tokens[i].word;
    if (w !== '不' && rules.irrealis.conditionals.includes(w) && (jiu >= 0 || !done)) return true;
    if (jiu >= 0 && tokens[i].clause === clause && (w === '不' || w === '要')) return true;
    if (jiu >= 0 && !done && SAID_THREATS.has(w) && tokens[i + 1]?.word !== '了') return true;
  }
  return false;
}

/** A relation word someone else owns: 与邻居夫妻 (the dispute is with them), 朋友的老公. Not 隔壁两口子打架. */
function foreign(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const clause = a.tokens[k].clause;
  // 我跟老板娘理论，她老公出来推我: a relative owned by 他/她 standing for an outsider is that outsider's relative.
  // Named so again later (她老公是派出所的，她老公出来说要让我好看), it is the same outsider's relative there too.
  if (k > 0 && OWNER_PRONOUNS.has(a.tokens[k - 1].word) && actsOnCaller(a, k) && pronounIsOutsider(a, k - 1, lx)) return true;
  // 我追她…现在她男朋友天天打电话骂我: 她 is no relative of the caller's and no one else names her: her partner acting on
  // the caller is a third person.
  if (k > 0 && OWNER_PRONOUNS.has(a.tokens[k - 1].word) && actsOnCaller(a, k) && strangerPronoun(a, k - 1, lx)) return true;
  // 闫家老大, 楼上那家的儿子 acting on the caller's side: another household's relative (round 14).
  if (otherHouseholdKin(a, k, lx)) return true;
  // 客户的老婆: a relative of an outsider's role named with 的; of a name the text gives an outsider (柏某的老公, round 14).
  if (k > 1 && a.tokens[k - 1].word === '的' && (personOutsider(a.tokens[k - 2].word, lx) || outsiderNameAt(a, k - 2, lx))) return true;
  // 房东大哥, 保安大叔, 司机师傅: a kin word right after an outsider's role is how the caller addresses them.
  const prev = a.tokens[k - 1];
  if (prev && prev.clause === clause && ADDRESS_KIN.has(a.tokens[k].word) && subjectNonKin(prev.word, lx)) return true;
  // 房东儿子来收房租…推了我一下, 老板老公出来骂我: any other kin word right after an outsider's role is that outsider's
  // relative, acting on the caller (round 12).
  if (
    prev &&
    prev.clause === clause &&
    kinWord(a.tokens[k].word, lx) &&
    (personOutsider(prev.word, lx) || lx.foreign.has(prev.word)) &&
    !callersOwnPost(a, k - 1) &&
    callerLaterInSentence(a, k)
  )
    return true;
  // 邻居两口子一起上来打他: that other household's couple (round 69).
  if (k > 0 && otherCouple(a, k - 1, lx)) return true;
  // 老板娘不给退…她男人出来推了我: the segmenter cuts 她男人, 她老汉 as one word; its 她 is read as the pronoun (round 12).
  const w0 = a.tokens[k].word;
  if (
    w0.length > 2 &&
    (w0[0] === '她' || w0[0] === '他') &&
    kinWord(w0.slice(1), lx) &&
    ownedActsOnCaller(a, k) &&
    pronounIsOutsider(a, k, lx)
  )
    return true;
  for (let j = k - 1; j >= 0 && j >= k - 4 && a.tokens[j].clause === clause; j--) {
    const w = a.tokens[j].word;
    const household = w.length > 1 && w.endsWith('家') && lx.foreign.has(w.slice(0, -1));
    if (!household && !lx.foreign.has(w)) continue;
    // 楼下的女的被她男人…, 邻居家老汉被他儿子锁在偏房里: a 被 or 把 between them starts another phrase; the place word
    // owns the woman or the old man, not the husband or the son, who are theirs (round 58).
    for (let i = j + 1; i < k; i++) if (a.tokens[i].word === '被' || OBJECT_MARKERS.has(a.tokens[i].word)) return false;
    // 邻居家儿子, 隔壁家的狗: the cue and 家 cut as one word.
    if (household) return true;
    if (j === k - 1 && lx.possessors.has(a.tokens[j].word)) return true;
    const next = a.tokens[j + 1]?.word;
    const before = a.tokens.slice(Math.max(0, j - 2), j).filter((t) => t.clause === clause);
    return next === '的' || next === '家' || before.some((t) => lx.companions.has(t.word));
  }
  return false;
}

const OWNER_PRONOUNS = new Set(['他', '她', '他家', '她家']);

/**
 * Whom 他/她 stands for: the person last named before it, within its sentence and the two before (Chinese
 * carries a person over by a pronoun or by nothing at all). An outsider's role named there (房东, 老板娘,
 * 高中同学鲁伟) makes the pronoun that outsider; a relative, a party word or a person word of the rules (丈夫,
 * 原告, 女的, 老头, 孩子) makes it no outsider: a neighbour so named is where a family lives (楼下女的…被她老公拽下来).
 * Not a speaker in the pronoun's own clause (邻居说他打老婆: one speaks of oneself as 我), not one who calls about
 * others, nor a person who courts the caller (男同事追我…他天天等我: the suitor is a party), nor an outsider named after
 * a relative of the caller's (我老公…我跟同事吃饭，他…: 他 may be the husband), nor when the caller names her own
 * relative after the pronoun in its sentence (晚上他回来又打我，我男朋友脾气一直不好). A relative owned by an outsider or
 * by a pronoun (客户的老婆, 她老公) is the outsider's, not the caller's: it neither stops the search nor counts as hers.
 */
function pronounIsOutsider(a: AnalyzedText, j: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const t = tokens[j];
  let speaker = false;
  for (let i = j - 1; i >= 0 && t.sentence - tokens[i].sentence <= 2; i--) {
    const w = tokens[i].word;
    if (tokens[i].clause === t.clause && SPEECH.has(w)) speaker = true;
    if (SELF.has(w) || OWNER_PRONOUNS.has(w)) continue;
    // 客户的老婆, 她老公: an outsider's relative (or the pronoun's own) is no relative of the caller's; read on.
    if (kinWord(w, lx) && othersKin(tokens, i, lx)) continue;
    if (kinWord(w, lx) || PARTY_PRONOUNS.has(w) || lx.persons.has(w)) return false;
    if (!personOutsider(w, lx)) continue;
    if (speaker && tokens[i].clause === t.clause) continue;
    // 出租车司机报警，说车上一个女的被她男朋友打了: the one who calls speaks of others, not of himself, as 他/她.
    if (CALLS.has(tokens[i + 1]?.word ?? '') || CALLS.has(tokens[i + 2]?.word ?? '')) continue;
    // 有个男同事从去年秋天起对我献殷勤: the courting anywhere later in the role's clause (round 14).
    for (let c = i + 1; c <= i + 8 && c < tokens.length && tokens[c].clause === tokens[i].clause; c++) if (courts(tokens, c)) return false;
    // 我老公…我跟同事吃饭，他冲进来打我: a relative of the caller's named earlier may be whom 他 stands for.
    for (let h = i - 1; h >= 0; h--) if (kinWord(tokens[h].word, lx) && !othersKin(tokens, h, lx)) return false;
    // …晚上他回来又打我，我男朋友脾气一直不好: so may one of the caller's named after it in its sentence.
    for (let h = j + 1; h < tokens.length && tokens[h].sentence === t.sentence; h++)
      if (kinWord(tokens[h].word, lx) && SELF.has(tokens[h - 1].word)) return false;
    return true;
  }
  return false;
}
/** 他/她 at j with no person before it in its text but the caller and the pronouns themselves: no one's relative. */
function strangerPronoun(a: AnalyzedText, j: number, lx: Lexicon): boolean {
  for (let i = j - 1; i >= 0; i--) {
    const w = a.tokens[i].word;
    if (SELF.has(w) || OWNER_PRONOUNS.has(w)) continue;
    if (kinWord(w, lx) || PARTY_PRONOUNS.has(w) || lx.persons.has(w) || personOutsider(w, lx)) return false;
  }
  return j > 0;
}
/** The kin word at i is an outsider's relative (客户的老婆, 房东老婆), or a pronoun's that stands for an outsider. */
function outsidersKin(a: AnalyzedText, i: number, lx: Lexicon): boolean {
  const before = a.tokens[i - 1]?.word ?? '';
  if (OWNER_PRONOUNS.has(before)) return pronounIsOutsider(a, i - 1, lx);
  if (otherHouseholdKin(a, i, lx)) return true;
  // 顾客柏某…柏某的老公进店后打了原告: the relative of a name the text gives an outsider (round 14).
  if (before === '的' && i > 1 && outsiderNameAt(a, i - 2, lx)) return true;
  return othersKin(a.tokens, i, lx);
}

/**
 * 闫家老大…堵在我家门口, 钟家媳妇拿扫把打了她, 楼上那家的儿子把她女儿推下来: a relative of another household (a
 * surname or 那 before 家, with or without 的) acting, in a sentence that goes on to name the caller (我, 俺) or a
 * relative of hers as what is done to, is that household's, an outsider (round 14). 楼上那家的后爹天天打孩子 and
 * 王家媳妇被她老公打了, 老张家儿子打他媳妇 stay the household's own dispute: nothing of the caller's is named, or 她 is
 * the agent's. 老大, 老二 after such a household are its sons.
 */
function otherHouseholdKin(a: AnalyzedText, i: number, lx: Lexicon): boolean {
  const { tokens } = a;
  let h = i - 1;
  if (tokens[h]?.word === '的') h--;
  const w = tokens[h]?.word ?? '';
  const owner = w === '家' ? (tokens[h - 1]?.word ?? '') : w.length === 2 && w.endsWith('家') ? w[0] : '';
  if (owner.length !== 1 || !HAN_WORD.test(owner) || NOT_HOUSEHOLD.has(owner) || tokens[h].clause !== tokens[i].clause) return false;
  // The household is told as the neighbours somewhere in the text (楼下的闫家系…邻居, 楼上那家, 隔壁张家): a household
  // not so told may be the one a relative of the caller's married into (我姐嫁到张家，张家儿子打她).
  // 我嫁给了张家老二, 我女儿嫁给了楼下那家的儿子, 刘家儿子是我老公: a household the caller's side married into or courts
  // in a sentence that names it is her own, neighbours or not (round 14 review). Both read once per text and household
  // (round 15 review: the scan over all tokens ran per occurrence).
  if (householdReading(a, owner, lx) !== 'neighbours') return false;
  const { sentence } = tokens[i];
  for (let j = i + 1; j < tokens.length && tokens[j].sentence === sentence; j++) {
    const x = tokens[j].word;
    // 楼上那家的男人又在打他老婆，我在楼下都听见了: his own relative is what is done to; the caller only hears it.
    if (x === '他' && kinWord(tokens[j + 1]?.word ?? '', lx)) return false;
    // 我 (or 我家) what the act is done to (打了我, 来我家闹), not the subject of a clause of her own (，我在楼下都听见了,
    // ，我看不下去): a neighbour's report of their child beaten keeps its family (round 15 review).
    if (x === '我' || x === '俺' || x === '我家' || x === '俺家') {
      if (tokens[j - 1].clause !== tokens[j].clause || CALLER_AS_SUBJECT.has(tokens[j + 1]?.word ?? '')) continue;
      return true;
    }
    // 她儿子 after a woman of that household (王家媳妇天天打她儿子): her own child, not the caller's (round 15 review).
    if (x === '她' && tokens[j - 1].word !== '被' && kinWord(tokens[j + 1]?.word ?? '', lx) && !FEMALE_KIN.test(tokens[i].word))
      return true;
  }
  return false;
}
/** Words after a clause's 我 that make it the one who hears, sees or acts, not what is done to. */
const CALLER_AS_SUBJECT = new Set(['在', '都', '也', '就', '听见', '听到', '看见', '看到', '看不下去', '报警', '报了警', '实在']);
/** A household's woman (媳妇, 老婆, 女儿, 婆婆): 她 after her is she herself. */
const FEMALE_KIN = /[媳婆妻女妈母姐妹娘嫂姑姨奶]/;
const householdReadings = new TextMemo<Map<string, 'neighbours' | 'own' | 'untold'>>();
/** How the text tells the household 张家 (owner 张): as the neighbours, as the caller's side's by marriage, or not at all. */
function householdReading(a: AnalyzedText, owner: string, lx: Lexicon): 'neighbours' | 'own' | 'untold' {
  let byOwner = householdReadings.get(a);
  if (!byOwner) householdReadings.set(a, (byOwner = new Map()));
  const known = byOwner.get(owner);
  if (known) return known;
  const { tokens } = a;
  const household = `${owner}家`;
  const at: number[] = [];
  tokens.forEach((t, j) => {
    if (t.word === household || (t.word === '家' && tokens[j - 1]?.word === owner)) at.push(j);
  });
  const told = at.some((j) =>
    tokens.some((n, m) => n.clause === tokens[j].clause && Math.abs(m - j) <= 6 && HOUSEHOLD_NEIGHBOURS.has(n.word)),
  );
  const sentences = new Set(at.map((j) => tokens[j].sentence));
  const own = tokens.some(
    (n, m) => sentences.has(n.sentence) && (MARRIED_INTO.test(n.word) || (n.word === '是' && isCallersKin(tokens, m + 1, lx))),
  );
  const reading = !told ? 'untold' : own ? 'own' : 'neighbours';
  byOwner.set(owner, reading);
  return reading;
}
/** Words that tie the caller's side to a household by marriage or courtship (嫁给, 娶了, 结婚, 谈恋爱, 处对象). */
const MARRIED_INTO = /^(嫁|娶)|^(结婚|结了婚|恋爱|谈恋爱|处对象|谈对象|对象|交往|同居|订婚|定亲|订亲|登记结婚)$/;
/** 是我老公, 是俺男人: the caller (我, 俺) and her relative at i. */
function isCallersKin(tokens: readonly Token[], i: number, lx: Lexicon): boolean {
  const w = tokens[i]?.word ?? '';
  if (w !== '我' && w !== '俺') return false;
  const next = tokens[i + 1]?.word === '的' ? tokens[i + 2] : tokens[i + 1];
  return !!next && kinWord(next.word, lx);
}
/** Characters before 家 that name the caller's own, a kind of family or no household at all (我家, 婆家, 全家, 回家). */
const NOT_HOUSEHOLD = new Set([...'我俺咱她他你自婆娘夫老亲人大国全一两回在到本公东这各万农商专作管住离搬持成当']);

/**
 * 对门住户汪某, 顾客柏某, 邻桌的被告聂某, 被告向某芬是他的房东: a name (a surname and 某) the text introduces with an
 * outsider's role, before it or as what the name 是/系; wherever that name acts, an outsider acts (round 14).
 * The names are keyed by surname and 某; word k ends such a name (汪/某 or 柏某).
 */
function outsiderNameAt(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const key = nameKeyAt(a.tokens, k);
  return !!key && outsiderNames(a, lx).has(key);
}
function nameKeyAt(tokens: readonly Token[], k: number): string | undefined {
  const w = tokens[k]?.word ?? '';
  // 向某芬: a given name's one character after 某.
  if (w.length === 1 && tokens[k - 1]?.word === '某' && HAN_WORD.test(w) && tokens[k - 1].clause === tokens[k].clause)
    return nameKeyAt(tokens, k - 1);
  if (w === '某') {
    const p = tokens[k - 1]?.word ?? '';
    return p.length === 1 && HAN_WORD.test(p) && tokens[k - 1].clause === tokens[k].clause ? `${p}某` : undefined;
  }
  return w.length === 2 && w.endsWith('某') && HAN_WORD.test(w[0]) ? w : undefined;
}
function outsiderNames(a: AnalyzedText, lx: Lexicon): Set<string> {
  let names = outsiderNameSets.get(a);
  if (names) return names;
  names = new Set();
  const { tokens } = a;
  const role = (j: number) => j >= 0 && (subjectNonKin(tokens[j].word, lx) || NON_KIN_TIES.has(tokens[j].word));
  for (let k = 1; k < tokens.length; k++) {
    const key = nameKeyAt(tokens, k);
    if (!key) continue;
    // 被申请人陈某原系同学，后同居, 与同事李某恋爱: a role the sentence goes on to make a couple is no outsider's (round
    // 14 review).
    if (tokens.some((t) => t.sentence === tokens[k].sentence && NAME_COUPLE_TOLD.has(t.word))) continue;
    // 同事许某去年追求她，她明确拒绝了; 我和邵某是同事，他跟我表白…: a role whose name the sentence goes on to make a suitor
    // is the courtship's other side, not an outsider, whatever the role (round 23; the rubric's refused relationship).
    if (suitorLaterInSentence(tokens, k)) continue;
    // 居民孔某与母亲同住: a name told living with a relative of its own is of that household, whatever role names it
    // (round 58).
    if (livesWithKin(tokens, k, lx)) continue;
    let j = k - (tokens[k].word === '某' ? 2 : 1);
    // 邻桌的被告聂某: a party word or 的 between the role and the name.
    while (
      j >= 0 &&
      j >= k - 4 &&
      tokens[j].clause === tokens[k].clause &&
      (tokens[j].word === '的' || PARTY_ROLES_ALL.has(tokens[j].word))
    )
      j--;
    if (j >= 0 && tokens[j].clause === tokens[k].clause && role(j)) {
      names.add(key);
      continue;
    }
    // 被告向某芬是他的房东: the name 是/系 (his, her, the plaintiff's) role, in its clause.
    let i = k + 1;
    if (tokens[i]?.word.length === 1 && tokens[i].clause === tokens[k].clause && !IS.has(tokens[i].word)) i++;
    if (!IS.has(tokens[i]?.word ?? '')) continue;
    // 陈某原系同学, 曾是同事: what the name was once, not what it is (round 14 review).
    if (['原', '曾', '原来', '曾经', '以前'].includes(tokens[i - 1]?.word ?? '')) continue;
    for (let m = i + 1; m <= i + 4 && m < tokens.length && tokens[m].clause === tokens[k].clause; m++) {
      if (kinWord(tokens[m].word, lx)) break;
      if (role(m)) {
        names.add(key);
        break;
      }
    }
  }
  outsiderNameSets.set(a, names);
  return names;
}
const outsiderNameSets = new TextMemo<Set<string>>();
/** The name at k is followed in its clause by 与/和/跟, a kin word and a word of living together (与母亲同住, 和老伴一起生活). */
function livesWithKin(tokens: readonly Token[], k: number, lx: Lexicon): boolean {
  const { clause } = tokens[k];
  let j = k + 1;
  if (tokens[j]?.word.length === 1 && !COMPANIONS.has(tokens[j].word) && tokens[j].clause === clause) j++; // 孔某/明
  if (!COMPANIONS.has(tokens[j]?.word ?? '')) return false;
  j++;
  if (tokens[j]?.word === '其') j++;
  if (!kinWord(tokens[j]?.word ?? '', lx)) return false;
  for (let i = j + 1; i <= j + 3 && i < tokens.length && tokens[i].clause === clause; i++)
    if (LIVING_TOGETHER.test(tokens[i].word)) return true;
  return false;
}
const LIVING_TOGETHER = /^(同住|一起住|住在一起|一起生活|共同生活|生活在一起|住|生活)$/;
/**
 * 二儿子高某, 小儿子韩某, 哥哥牛某: a name the text introduces with a kin word of its own right before it (not a relative
 * of someone else's: 邻居的儿子王某) is that relative; wherever the name acts, the relative acts (round 49), as round 14
 * reads a name introduced with an outsider's role as that outsider.
 */
function kinNameAt(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  // 郝某的债主, 高某之子: the name describes someone else (and 的 is no given name after 某).
  if (DESCRIBED_BY.has(tokens[k]?.word ?? '') || DESCRIBED_BY.has(tokens[k + 1]?.word ?? '')) return false;
  const key = kinNameKey(tokens, k);
  return !!key && kinNames(a, lx).has(key);
}
const DESCRIBED_BY = new Set(['的', '之']);
/** The name ending at word k, keyed as `nameKeyAt` keys it, but 刘某某 (cut 刘/某某) as itself, never as a bare 某某. */
function kinNameKey(tokens: readonly Token[], k: number): string | undefined {
  const w = tokens[k]?.word ?? '';
  if (w === '某某') {
    const p = tokens[k - 1]?.word ?? '';
    return p.length === 1 && HAN_WORD.test(p) && tokens[k - 1].clause === tokens[k].clause ? `${p}某某` : undefined;
  }
  const key = nameKeyAt(tokens, k);
  return key && !key.startsWith('某') ? key : undefined;
}
/** The first word of the name ending at word k: 高某, 高/某, 高/某/明, 刘/某某. */
function nameStart(tokens: readonly Token[], k: number): number {
  const w = tokens[k].word;
  if (w === '某' || w === '某某') return k - 1;
  return w.length === 1 && tokens[k - 1]?.word === '某' ? k - 2 : k;
}
function kinNames(a: AnalyzedText, lx: Lexicon): Set<string> {
  let names = kinNameSets.get(a);
  if (names) return names;
  names = new Set();
  const { tokens } = a;
  for (let k = 1; k < tokens.length; k++) {
    const key = kinNameKey(tokens, k);
    if (!key) continue;
    const j = nameStart(tokens, k) - 1;
    if (j < 0 || tokens[j].clause !== tokens[k].clause || !kinWord(tokens[j].word, lx) || foreign(a, j, lx)) continue;
    if (!outsiderNames(a, lx).has(key)) names.add(key);
  }
  kinNameSets.set(a, names);
  return names;
}
const kinNameSets = new TextMemo<Set<string>>();
/**
 * A courting word (`courts`) of the teller or the woman told of after the name at k in its sentence: 追求她, 追我, 向我表白,
 * 跟原告表白. Not one of someone else (跟领导表白了想法, 向女朋友表白).
 */
function suitorLaterInSentence(tokens: readonly Token[], k: number): boolean {
  for (let c = k + 1; c < tokens.length && tokens[c].sentence === tokens[k].sentence; c++) {
    if (!courts(tokens, c)) continue;
    const w = tokens[c].word;
    if (w === '追我' || w === '追她' || COURTED.has(tokens[c + 1]?.word ?? '')) return true;
    if (COURTED.has(tokens[c - 1]?.word ?? '') && TOWARD_HER.has(tokens[c - 2]?.word ?? '')) return true;
  }
  return false;
}
/** Whom a suitor courts in the records: the teller, the woman told of, a filing's plaintiff or applicant. */
const COURTED = new Set(['我', '她', '俺', '原告', '申请人']);
const TOWARD_HER = new Set(['向', '跟', '对', '和', '给']);
/** Words that tell a couple (恋爱, 同居, 结婚, 夫妻): a name told so in its sentence is a partner, whatever its role. */
const NAME_COUPLE_TOLD = new Set([
  '恋爱',
  '谈恋爱',
  '同居',
  '结婚',
  '登记结婚',
  '婚后',
  '夫妻',
  '交往',
  '处对象',
  '男女朋友',
  '情侣',
  '订婚',
]);
const IS = new Set(['是', '系']);
const WHEN = new Set(['时', '时候', '的时候']);
const SON_BY_ORDER = /^老[大二三四五六]$/;
const HOUSEHOLD_NEIGHBOURS = new Set(['邻居', '楼上', '楼下', '隔壁', '对门', '前院', '后院', '邻家', '街坊']);
/** The kin word at i is an outsider's relative (客户的老婆, 房东老婆) or a pronoun's (她老公), not the caller's. */
function othersKin(tokens: readonly Token[], i: number, lx: Lexicon): boolean {
  const before = tokens[i - 1]?.word ?? '';
  if (OWNER_PRONOUNS.has(before) || personOutsider(before, lx)) return true;
  return before === '的' && personOutsider(tokens[i - 2]?.word ?? '', lx);
}
/**
 * The caller or writer (我, 俺) is named after word k in its clause: what is told there is done to them (她老公出来推我,
 * 他…把我推出了门). An outsider's 他/她 is read so only there: 我同事说她男朋友打她 is her couple's dispute.
 */
function onCaller(a: AnalyzedText, k: number): boolean {
  const { tokens } = a;
  for (let j = k + 1; j < tokens.length && tokens[j].clause === tokens[k].clause; j++) if (SELF.has(tokens[j].word)) return true;
  return false;
}
const SELF = new Set(['我', '俺', '我们', '俺们', '咱', '咱们']);
/** The owned relative at k (她老公), here or where the same owner and word stand again, is told acting on the caller. */
function actsOnCaller(a: AnalyzedText, k: number): boolean {
  const { tokens } = a;
  for (let i = k; i < tokens.length; i++)
    if (tokens[i].word === tokens[k].word && tokens[i - 1].word === tokens[k - 1].word && onCaller(a, i)) return true;
  return false;
}
/** The caller (我, 俺) is named after word k in its sentence, and no relative of the caller's (我老公) before it there. */
function callerLaterInSentence(a: AnalyzedText, k: number): boolean {
  const { tokens } = a;
  for (let j = k + 1; j < tokens.length && tokens[j].sentence === tokens[k].sentence; j++) {
    if (!SELF.has(tokens[j].word)) continue;
    const next = tokens[j + 1]?.word ?? '';
    if (KIN_ENDING.test(next) || next === '家') return false;
    return true;
  }
  return false;
}
/**
 * The role at k is the caller's own post (我是司机, 我在饭店当服务员, 我做保姆): 我 and then 是 or a work verb before it in
 * its clause. A kin word right after it (told with no comma: 我是司机老公天天打我) is the caller's (round 12 review).
 */
function callersOwnPost(a: AnalyzedText, k: number): boolean {
  const { tokens } = a;
  let work = false;
  for (let j = k - 1; j >= 0 && tokens[j].clause === tokens[k].clause; j--) {
    if (tokens[j].word === '是' || WORKS.has(tokens[j].word)) work = true;
    else if (work && SELF.has(tokens[j].word)) return true;
  }
  return false;
}
/** The pronoun-owned relative cut as one word (她男人) at k, here or where the same word stands again, acts on the caller. */
function ownedActsOnCaller(a: AnalyzedText, k: number): boolean {
  for (let i = k; i < a.tokens.length; i++) if (a.tokens[i].word === a.tokens[k].word && onCaller(a, i)) return true;
  return false;
}
/** Words of courting the caller (追我, 追求她, 表白, 说喜欢我): the one who courts is a romantic party. */
const COURTS = new Set(['追求', '表白', '求爱', '提亲', '献殷勤']);
/** Bare 追 and 喜欢 (also "chase", "like"): courting only of 我/她 in a sentence that tells a courtship or a no to him. */
const COURTS_BARE = new Set(['追', '喜欢', '追我', '追她']);
const COURTSHIP_TOLD =
  /表白|处对象|谈恋爱|交往|做他女朋友|当他女朋友|(拒绝|没答应|不答应|没同意|不同意|说了?不行|不可能|没可能)(了|过)?(他|她)?([好几多两三]+[回次遍])?(?=[，,。；;！!？?]|$)/;
function courts(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.word ?? '';
  if (COURTS.has(w)) return true;
  if (!COURTS_BARE.has(w) || !(w.length > 1 || ['我', '她', '俺'].includes(tokens[i + 1]?.word ?? ''))) return false;
  // 同事说喜欢她的新手机: liking a thing of hers is no courtship of her (round 11 review).
  if (tokens[i + (w.length > 1 ? 1 : 2)]?.word === '的') return false;
  const sentence = tokens.filter((t) => t.sentence === tokens[i].sentence).map((t) => t.word);
  return COURTSHIP_TOLD.test(sentence.join(''));
}
/**
 * An outsider's role (房东, 同学, 老板, 老板娘, 司机, 合伙人): a word for a person, not a name (王某 is often a party of
 * the record), a place, money or an institution.
 */
const personOutsider = (w: string, lx: Lexicon): boolean => subjectNonKin(w, lx) || (NON_KIN_TIES.has(w) && !lx.foreign.has(w));

/** Kin words a caller addresses an outsider with (房东大哥, 保安大叔). */
const ADDRESS_KIN = new Set(['大哥', '大姐', '大叔', '大妈', '大爷', '大娘', '阿姨', '叔叔', '大嫂', '老哥', '大伯', '奶奶', '爷爷']);
const SKIP_AFTER_ACT = new Set(['了', '死', '伤', '得', '着', '过', '一顿', '一下', '几下', '一巴掌', '起来', '成', '坏', '残']);
const OBJECT_MARKERS = new Set(['把', '将']);
const CURSE_KIN = /^(他|她|你|我)(妈|爸|娘)的$/;
const TOWARD = new Set(['对', '给', '朝', '向', '冲', '往']);
/** 冲着, 朝着, 照着 (jieba keeps them whole) and 对/着 (cut in two): toward someone, read more narrowly (round 46). */
const TOWARD_HELD = new Set(['对着', '冲着', '朝着', '照着']);
/** 几拳, 两脚, 一巴掌, 一把 (a push), or a count cut from its unit (两/脚): how many blows, at j. */
const BLOW_COUNT = /^([一两几数三四五六七八九十]+(拳|脚|巴掌|耳光)|[一两几]把)$/;
const blowCountAt = (tokens: readonly Token[], j: number): boolean =>
  BLOW_COUNT.test(tokens[j]?.word ?? '') ||
  (/^[一两几数三四五六七八九十]+$/.test(tokens[j]?.word ?? '') && /^(拳|脚|巴掌|耳光)$/.test(tokens[j + 1]?.word ?? ''));

/**
 * 怀孕了需要打孩子, 逼我把孩子打掉: 打 a pregnancy's child (打掉, 打胎) is an abortion, no blow, where a pregnancy is told
 * near it (round 32); 喝醉了打孩子 stays a blow.
 */
function abortion(a: AnalyzedText, k0: number, k1: number): boolean {
  const { tokens } = a;
  if (!tokens[k0].word.startsWith('打')) return false;
  const next = tokens[k1 + 1]?.word ?? '';
  const before = tokens[k0 - 1]?.word ?? '';
  const child = /^(孩子|胎|胎儿|小孩)$/;
  if (!(child.test(next) || tokens[k1].word.endsWith('掉') || next === '掉' || (child.test(before) && tokens[k0 - 2]?.word === '把')))
    return false;
  const at = tokens[k0].start;
  return PREGNANT.test(a.text.slice(Math.max(0, at - 30), at + 12));
}
const PREGNANT = /怀孕|怀了|怀上|身孕|有了孩子|打胎|流产|堕胎|引产/;

/**
 * Who the act is done to: a person (把她打了, 打了她, 对我动手, 她被打) — or, with nothing after the
 * act, a person named before it in the clause (老公又动手了). 把鸡杀了 and 把事捅到村里 name a thing.
 */
function hasPersonPatient(a: AnalyzedText, k0: number, k1: number, lx: Lexicon): boolean {
  const { tokens } = a;
  let act = '';
  for (let j = k0; j <= k1; j++) act += tokens[j].word;
  if (lx.mutual.has(act)) return true;
  if (abortion(a, k0, k1)) return false;
  const clause = tokens[k0].clause;
  // The clause's words before the act (walked back from it: a long text is not re-read per act).
  let s = k0;
  while (s > 0 && tokens[s - 1].clause === clause) s--;
  for (let j = k0 - 1; j >= s; j--) {
    // 把他车窗全砸了, 把她手机摔了: the person owns the thing that follows, and the act is done to the thing (round 12).
    // 把我那份分红单独打给我: a share or money of hers after 那/这/份 is the thing too (round 13).
    if (OBJECT_MARKERS.has(tokens[j].word)) {
      let t = j + 2;
      while (t < k0 && OWNED_SHARE.has(tokens[t].word)) t++;
      // 把他妈的头往桌角上撞: jieba reads 他妈的 as the curse; before a part of the body it is his mother.
      const named = (w: string) => lx.persons.has(w) || (CURSE_KIN.test(w) && bodyPart(tokens[j + 2]?.word ?? ''));
      // 把她的花盆打倒, 把她的自行车推倒: after 的, what she owns is the thing unless it is a part of her body or a person (round 46 review).
      const owned = tokens[j + 2]?.word === '的' && t < k0 && !bodyPart(tokens[t].word) && !lx.persons.has(tokens[t].word);
      // 把她养的狗打伤, 把她家的猫掐晕: her animal is what it is done to (round 68 review).
      const animal = j + 1 < k0 && HER_ANIMAL.test(a.text.slice(tokens[j + 1].start + tokens[j + 1].word.length, tokens[k0].start));
      return j + 1 < k0 && named(tokens[j + 1].word) && !(t < k0 && THINGS.has(tokens[t].word)) && !owned && !animal;
    }
    // 拿我推到墙角 (dialect: 拿 for 把) names the person; 拿刀砍 names the means, read on.
    if (tokens[j].word === '拿' && j + 1 < k0 && lx.persons.has(tokens[j + 1].word)) return true;
  }
  let towardPerson = false;
  let towardHeld = false;
  let personBefore = false;
  for (let j = s; j < k0; j++) {
    const w = tokens[j].word;
    // 电视、茶几都被他砸过: what was done to is the thing before 被, not a person.
    if (w === '被') {
      for (let i = s; i < j; i++) if (THINGS.has(tokens[i].word)) return false;
      return true;
    }
    // 往我门口泼水: toward someone's door or home is toward a thing.
    if (TOWARD.has(w) && j + 1 < k0 && lx.persons.has(tokens[j + 1].word) && !PLACES.has(tokens[j + 2]?.word ?? '')) towardPerson = true;
    // 对着她, 冲着原告的肚子 (round 46); 冲着她的猫, 对着她的照片, 照着我的方法 are toward a thing (its review).
    const p = TOWARD_HELD.has(w) ? j + 1 : w === '对' && tokens[j + 1]?.word === '着' ? j + 2 : -1;
    if (p > 0 && p < k0 && lx.persons.has(tokens[p].word) && (tokens[p + 1]?.word !== '的' || bodyPart(tokens[p + 2]?.word ?? '')))
      towardHeld = true;
    if (lx.persons.has(w)) personBefore = true;
  }
  // 打几十个电话, 给她打了个招呼, 打他电话, 给我打了上百个电话: the act's object is a thing, whoever it is for; a count may
  // stand before it (round 32), a part of the body may not.
  for (let j = k1 + 1; j <= k1 + 5 && tokens[j] && tokens[j].clause === clause; j++) {
    if (NOT_BLOWS.has(tokens[j].word)) return false;
    if (j > k1 + 3 && !COUNT_WORD.test(tokens[j - 1].word)) break;
    if (bodyPart(tokens[j].word)) break;
  }
  if (towardPerson) return true;
  let j = k1 + 1;
  while (tokens[j] && tokens[j].clause === clause && SKIP_AFTER_ACT.has(tokens[j].word)) j++;
  const next = tokens[j];
  // Toward her with 着, the act is on her where nothing of its own follows it but a count of blows (冲着原告踹了两脚); 踢了一下球,
  // 拍了一张照片, 推了推眼镜 are done to the thing (round 46 review).
  if (towardHeld && (!next || next.clause !== clause || blowCountAt(tokens, j))) return true;
  if (next && next.clause === clause) {
    // A part of the body is a person's (砸了头, 咬我胳膊 reads 我; 击打面部): the act is done to someone.
    if (bodyPart(next.word)) return true;
    // 一拳打在原告下颌部, 砸在老大肩膀上, 扎向原告大腿: where the blow lands is a part of someone's body.
    if (LANDS.has(next.word)) {
      for (let i = j + 1; i <= j + 4 && tokens[i] && tokens[i].clause === clause; i++) if (bodyPart(tokens[i].word)) return true;
    }
    if (!lx.persons.has(next.word)) return false;
    // 砸她家门, 砸了他的车: the person owns what the act is done to.
    const after = tokens[j + 1];
    if (
      after &&
      after.clause === clause &&
      (after.word.startsWith('家') || (after.word === '的' && !BODY_PARTS.has(tokens[j + 2]?.word ?? '')))
    )
      return false;
    return true;
  }
  return personBefore;
}
const THINGS = new Set(['电视', '茶几', '东西', '手机', '车', '车窗', '门', '窗户', '玻璃', '家具', '碗', '桌子', '衣服', '电脑', '柜子', '家电',
  // 把我那份分红单独打给我: a share or money sent, not a blow (round 13).
  '钱', '工资', '分红', '分红款', '存款', '补偿款', '工资卡', '银行卡']); // prettier-ignore
const OWNED_SHARE = new Set(['那', '这', '份', '那份', '这份', '的']);
/** Someone's animal right after the person (的狗, 养的鹦鹉, 家那只猫): the act is on the animal. */
const HER_ANIMAL = /^(?:的|养的|家的|家|家里的|养)?(?:那只|这只|一只)?(?:狗|小狗|狗狗|猫|小猫|猫咪|鸡|鸭|鹅|猪|羊|牛|兔子|鸟|鹦鹉|宠物|鱼)/;
const PLACES = new Set(['门口', '家', '家门', '家门口', '门', '门前', '窗户', '车']);
const LANDS = new Set(['在', '到', '向', '中']);
/** A part of the body (头, 肩膀), or a word naming one in officialese (下颌部, 颈部). */
const bodyPart = (w: string) => BODY_PARTS.has(w) || (w.length >= 2 && w.endsWith('部') && !NOT_BODY.has(w));
const NOT_BODY = new Set(['内部', '外部', '全部', '局部', '干部', '本部', '总部', '部分', '支部', '东部', '西部', '南部', '北部', '中部', '俱乐部']); // prettier-ignore
/** A count before a noun: 上百个, 几十, 个, 十几通. */
const COUNT_WORD = /^([上几十百千两一二三四五六七八九]+[个通次]?|个|通|次)$/;
const NOT_BLOWS = new Set(['电话', '招呼', '交道', '麻将', '牌', '游戏', '官司', '工', '车']);
const BODY_PARTS = new Set([
  '头', '头部', '头上', '脑袋', '脸', '脸上', '脸部', '面部', '眼睛', '眼眶', '鼻子', '嘴', '嘴巴', '耳朵', '脖子', '颈部',
  '胸口', '胸部', '肚子', '腹部', '后背', '背部', '背', '腰', '腰部', '胳膊', '手臂', '腿', '腿部', '大腿', '肋骨', '身上', '头发',
  '肩膀', '肩', '后脑勺', '后脑', '额头', '脑门', '下巴', '手腕', '额角', '嘴角', '鼻梁', '胸', '脸颊', '太阳穴', '小腿', '手背', '眼角',
]); // prettier-ignore

/** The first hit of each term of a list (each term's own first occurrence), in the list's order. */
function allHits(fields: AnalyzedField[], terms: readonly string[], rules: RiskRules): TextHit[] {
  const lx = lexiconOf(rules);
  const plan = planOf(terms, lx.terms);
  const out: TextHit[] = [];
  // Each field's matches by term number (found once per text): a term no field holds is passed without reading them.
  const found = fields.map(({ a }) => literalMatches(a, lx.terms));
  for (const e of plan.entries) {
    if (e.id >= 0 && !found.some((byId) => byId[e.id])) continue;
    for (let f = 0; f < fields.length; f++) {
      const { field, a } = fields[f];
      // By the term's number in the index (found once per text), as `findTerm` looks it up, without its look-up by text.
      const ms = e.id >= 0 ? found[f][e.id] : findTerm(a, e.term);
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
  const read = readDispute(e, rules, fields);
  // A refused courtship and what the suitor did after it (round 40): read whatever else the rules made of the record,
  // unless they found a family or couple of their own by its word. Two readings name none: a blind date's 对象 when it is
  // the refused courtship's own (介绍了个对象，她没看上), and a protection order where no marriage is told (a suitor's victim
  // applies for one too; 婚后王某多次殴打申请人 is her husband's) (round 40 review).
  const said = read.evidence[0]?.text ?? '';
  if (read.familyRomantic && !SUITOR_READ_AS.has(said)) return read;
  const courtship = refusedCourtship(fields, rules);
  if (!courtship) return read;
  if (read.familyRomantic && (BLIND_DATE.has(said) ? !courtship.term.includes('对象') : fields.some(({ a }) => MARRIED.test(a.text))))
    return read;
  return { domain: '恋爱情感', familyRomantic: true, relation: 'ex_partner', evidence: [hitEvidence(recordIdOf(e), courtship)] };
}
const BLIND_DATE = new Set(['对象', '处对象']);
const SUITOR_READ_AS = new Set([...BLIND_DATE, '保护令', '人身安全保护令']);
const MARRIED = /婚后|结婚|丈夫|老公|妻子|老婆|夫妻|配偶/;

/**
 * 同事说喜欢她，她当场回绝了，此后天天在宿舍楼下等; 媒人介绍了个对象，见过两面觉得不合适…他隔三岔五到店里来坐着: a courtship
 * (追她, 追求原告, 向她表白, 说喜欢她, 介绍了个对象, 相亲) refused (回绝, 拒绝, 不可能, 不合适, 没看上, 讲了不处, 没答应) in the same
 * sentence or the next two, and his harassment, threat or weapon after it (`harassedAfter`): the rubric's "stalking or
 * harassment after a refused relationship" (docs/risk-rubric.md), a romantic matter between the suitor and her, whoever he
 * is (a colleague, a guard, a schoolmate). The courtship's refusal is its evidence; the factors carry what he did.
 */
function refusedCourtship(fields: AnalyzedField[], rules: RiskRules): TextHit | undefined {
  let found: TextHit | undefined;
  for (const { field, a } of fields) {
    for (const m of a.text.matchAll(COURTSHIP_TOLD_AS)) {
      const from = m.index + m[0].length;
      // 领导追她要报表, 催收的人追她还信用卡, 记者追她采访, 讨债的追了我半年: a chase for a task or a deal, no courtship.
      if (CHASED_FOR.test(a.text.slice(from)) || dealOf(rules).test(a.text.slice(sentenceStartBefore(a.text, m.index), from + 16)))
        continue;
      const sentenceEnds = [...a.text.slice(from).matchAll(SENTENCE_ENDS)].map((x) => from + x.index);
      const until = sentenceEnds[COURTSHIP_SENTENCES] ?? a.text.length;
      const refused = COURTSHIP_REFUSED.exec(a.text.slice(from, until));
      // 相了个亲，两人觉得挺合适，处了半年对象，后来男方要她辞职，她拒绝了: a courtship taken up is no courtship refused; the
      // later no is to something else (round 55 review).
      if (refused && COURTSHIP_TAKEN_UP.test(a.text.slice(from, from + refused.index))) continue;
      if (refused) {
        found = {
          field,
          a,
          term: a.text.slice(m.index, from + refused.index + refused[0].length),
          start: m.index,
          end: from + refused.index + refused[0].length,
        };
        break;
      }
    }
    if (!found) {
      const alone = NOT_TOGETHER.exec(a.text);
      if (alone) found = { field, a, term: alone[0], start: alone.index, end: alone.index + alone[0].length };
    }
    if (found) break;
  }
  return found && harassedAfter(found, fields, rules) ? found : undefined;
}
const CHASED_FOR = /^[^，,。]{0,4}(?:要|还|采访|拍|签|办|交|催|讨|借)/;
/** The marks a told sentence ends at, as the courtship and harm readings count them. */
const SENTENCE_ENDS = /[。；;！!？?]/g;
/** Where the sentence holding `at` begins: after the last sentence mark before it. */
function sentenceStartBefore(text: string, at: number): number {
  let from = 0;
  for (const m of text.slice(0, at).matchAll(SENTENCE_ENDS)) from = m.index + 1;
  return from;
}
/** The rules' words of a deal or a debt, and of the one who pursues it (`shared.dealSuitor`, `shared.dealWords`). */
const dealOf = (rules: RiskRules): RegExp => sharedAlternation(rules, ['dealSuitor', 'dealWords'], '记者|采访|借款|催要|催讨');
/** The courtship and the two sentences after it: 表白被拒。此后… tells the refusal in the next sentence. */
const COURTSHIP_SENTENCES = 2;
// 追她, 追求原告 (not 追求进步, 追王某: a chase; not 追求原告之女: her daughter's suitor; not 狗追她); a declaration made to her.
// 说看上她了, 相了个亲 (round 55): a liking told of her that ends its clause, a blind date told with its count; not 没看上 (her
// refusal), 我看上她, 看上她家的地, 看中我了，让我去当店长 (a job), 看中原告承包的鱼塘 (round 55 review).
const COURTSHIP_TOLD_AS =
  /(?<![我狗猫])追(?:求)?(?:了|过)?(?:她|我|原告|申请人|报警人|来访人|信访人)(?![之的])(?![^，,。]{0,3}(?:打|骂|砍|要钱|讨|还钱|到))|(?:向|跟|对)(?:她|我|原告|申请人|报警人|来访人|信访人|[\u4e00-\u9fff]某{1,2})(?:表白|求爱|示爱)|献殷勤|说喜欢(?:她|我|原告|申请人|[\u4e00-\u9fff]某{1,2})(?!的)|(?:说|介绍)了?(?:一个|个)?对象|相亲|相[过了]亲|相了?(?:一|个|一个|一回|一次)亲|(?<![没不我俺])看(?:上|中)了?(?:她|我|原告|申请人|报警人|来访人|信访人)(?=了?[，,。；;！!]|$)(?![^。]{0,16}(?:招|挖|聘|店长|经理|上班|入职|体校|进队|跳槽|签约|转让|转包|承包))|(?:媒人|红娘|介绍)[^。；;]{0,12}见(?:过|了)?[一两几]?(?:次|回)?面/g;
const COURTSHIP_REFUSED =
  /拒绝|回绝|婉拒|被拒|不可能|没可能|不合适|没看上|没相中|看不上|(?:讲|说)了?不处|说了?不行|没答应|不答应|回了话|没有?这个想法|不来电|没感觉/;
const COURTSHIP_TAKEN_UP = /挺合适|很合适|都合适|处了[^，,。]{0,4}对象|在一起了|开始交往|确定了?关系|订了?婚|结了?婚|领了?证/;
/** 跟同班一个男生说了不可能在一起: the refusal names the courtship it refuses. */
const NOT_TOGETHER = /不可能(?:(?:跟|和)他)?(?:在一起|处对象|结婚)/;
/**
 * What he did after the refusal: the rubric's stalking, harassment, threats and weapons, as the factors find them, told
 * after the refusal in the same text within a few sentences (or in the record's other field: a petition's subject, a
 * call's disposition), and by him, about no deal or debt: not by someone else named in its sentence (邻居把她推倒,
 * 催收人员天天到她家门口堵着骂, 一陌生男子持刀, 被另一个女生打了, 王某用铁锹把弟弟打伤 where 王某 is first named after the
 * refusal). A weapon found on him (民警从他口袋里搜出…) is his (round 40 review).
 */
function harassedAfter(courtship: TextHit, fields: AnalyzedField[], rules: RiskRules): boolean {
  const { a } = courtship;
  // The token an offset falls in (a pattern's match need not start a token).
  const sentenceAt = (at: number) => a.tokens.findLast((t) => t.start <= at)?.sentence ?? 0;
  const from = sentenceAt(courtship.start);
  // The people the text has named by the refusal (被申请人：酆某… 媒人介绍两人见过一面): a name first told after it is someone else.
  const courtshipNames = new Set(a.text.slice(0, courtship.end).match(NAMED) ?? []);
  // Who acts: what the harm's sentence tells before it, after the refusal (a subject carries over its commas:
  // 物业派保安到家门口堵着骂，还推搡信访人).
  const byHim = (h: TextHit) => {
    const harmSentence = sentenceStartBefore(h.a.text, h.start);
    const before = h.a.text.slice(h.a === a ? Math.max(harmSentence, courtship.end) : harmSentence, h.start);
    if (ON_HIM.test(before)) return true;
    const sentence = h.a.text.slice(harmSentence, h.end);
    return !OTHER_ACTORS.test(before) && !dealOf(rules).test(sentence) && (before.match(NAMED) ?? []).every((n) => courtshipNames.has(n));
  };
  return rules.factors.some(
    (f) =>
      SUITOR_HARMS.has(f.code) &&
      allOccurrences(fields, f.terms, rules, factorHitOptions(f)).some(
        (h) => (h.a !== a || (h.start >= courtship.end && sentenceAt(h.start) - from <= HARM_SENTENCES)) && byHim(h),
      ),
  );
}
/** The courtship's sentence and the next few: a filing tells the refusal, then what he did, then the claim. */
const HARM_SENTENCES = 4;
const NAMED = /[\u4e00-\u9fff]某{1,2}(?![晚日天时地处年月])/g;
const ON_HIM = /(?:从|在)(?:他|其|该男子|那人|被告|被申请人)/;
const OTHER_ACTORS = /邻居|司机|催收|物业|城管|保安|陌生|路人|围观|另一个|另外一个|家里人|家人|班长|老师|领导|老板|房东|公司|狗/;
const SUITOR_HARMS = new Set([
  'stalking',
  'threat',
  'threat_to_kill',
  'weapon',
  'arson_poison',
  'strangulation',
  'confinement',
  'detention',
  'violence',
  'sexual_violence',
  'lethal_violence',
]);

/** The ties between intimates: spouses and partners, present or former. */
const INTIMATE_KINDS: ReadonlySet<RelationKind> = new Set(['spouse', 'ex_spouse', 'partner', 'ex_partner']);
function readDispute(e: NormalizedEventV1, rules: RiskRules, fields: AnalyzedField[]): DisputeClassification {
  const recordId = recordIdOf(e);
  const codeEvidence = (text: string): Evidence => ({ recordId, field: 'codes', text });
  const lx = lexiconOf(rules);

  const relationHits = (weak: boolean) =>
    outgrownCourtship(
      lx.relations[weak ? 'weak' : 'strong']
        .map(([kind, words]) => ({ kind, hit: firstHit(fields, words, rules, { own: true }) }))
        .filter((r): r is { kind: RelationKind; hit: TextHit } => !!r.hit)
        // Ex-partners before partners: 前男友 also contains 男友.
        .sort((x, y) => order(x.kind) - order(y.kind)),
      fields,
      rules,
      lx,
    );
  const caller = e.source === 'police110' ? callerAndHim(fields, lx) : undefined;
  const relation = relationHits(false)[0] ?? ownedKin(fields, lx) ?? coupleOf(fields, rules, lx) ?? (caller?.home ? caller : undefined);
  // 父母, 家人, 男人: often someone's, not a party's (学生父母, 那个男人). Enough for a learned judgement or a
  // matter of family law, not for the rules' relation-and-conflict reading; so is a caller's 他 with no home told.
  const weakRelation = relation
    ? undefined
    : (relationHits(true)[0] ?? caller ?? (e.source === 'petition' ? loneMarker(fields, rules, lx) : undefined));
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
  // 我哥说我嫁出去了就没资格种娘家的地…我去找他理论，他抡起锄头: the teller's own brother or parent, named first and no
  // relation word of the rules, standing for the act's 他 (round 54).
  const chained = !relation && conflict ? ownedKinChained(conflict, lx) : undefined;
  // 她哥跟妈吵架: two relatives named as the sides of the conflict, neither a relation word of the rules (round 56).
  const paired = !relation && !chained && conflict ? kinPairOf(conflict, rules, lx) : undefined;
  let linked: { kind: RelationKind; hit: TextHit } | undefined = relation ?? chained ?? paired;
  // A relation the text names apart from every conflict it tells is not a party to it: no anchor for the model either.
  let unlinked = false;
  if (
    relation &&
    conflict &&
    (!near(relation.hit, conflict, rules, lx) ||
      outsiderAgent(conflict.a, tokenAt(conflict.a, conflict.start), lx) ||
      mutualWithOutsider(conflict, lx))
  ) {
    const pair = linkedPair(fields, rules, lx);
    linked = pair?.linked;
    conflict = pair?.conflict;
    unlinked = !pair;
  }
  // 居民孔某与母亲同住。孔某…喝多了就打老人: the old person an act lands on a sentence or two after a parent is named is
  // that parent (round 58).
  let elder = false;
  if (!linked && relation && PARENTS.has(relation.hit.term)) {
    const act = actOnElder(relation.hit, rules, lx);
    if (act) {
      linked = relation;
      conflict = act;
      unlinked = false;
      elder = true;
    }
  }
  // 原、被告系兄弟, 双方系夫妻, 原告系被告之父: the record's two parties are the relation, so every
  // conflict it tells between them is theirs, however far from the relation word it stands.
  const parties = familyCode ? undefined : swornAway(partiesRelation(fields, lx));
  // 原、被告系兄弟，因宅基地发生纠纷，被告拿出斧头朝原告劈过来: the relation linked first may be the parties' own tie named in
  // their identity sentence, no named party of the act; the parties' reading is theirs then too (round 50).
  // A tie already read as a named party of its conflict stays as it is.
  const partiesOwnTie = !!parties && !!linked && linked.kind === parties.kind && !(conflict && directParty(linked.hit, conflict, lx));
  if (parties && (!linked || partiesOwnTie)) {
    // The conflict already paired with the tie stays the one read (经查双方系父子，儿子打了父亲一巴掌: not the call's 被人打,
    // round 50 review); only a tie with no conflict paired takes the first one between the parties.
    const between =
      partiesOwnTie && conflict
        ? conflict
        : allOccurrences(
            fields,
            lx.conflict,
            rules,
            NO_OPTIONS,
            // Who acted is one of the two (被人推倒: 人 is the other party), unless a fight with an outsider is named.
            (f, a, m) => !mutualWithOutsider({ field: f, a, term: m.text, start: m.start, end: m.end }, lx),
          )[0];
    if (between) {
      linked = parties;
      conflict = between;
      unlinked = false;
    }
  }
  // A complaint or petition about a claim against an authority or a company (its opening sentence
  // names one, and no relation): a relative named later stands beside that claim. Only an act between
  // relatives in one sentence that names no such party makes it a family dispute.
  const familyMatter = familyMatterOf(fields, rules);
  const claim =
    claimAgainstOutsider(fields, lx) &&
    // A relation the opening sentence tells in words no single token is (相亲见过一面…她说了不合适) is a relation there too.
    !(relation && relation.hit.a === fields[0].a && sentenceOf(relation.hit.a, relation.hit.start) === 0) &&
    !(familyMatter && familyMatter.hit.a === fields[0].a && sentenceOf(familyMatter.hit.a, familyMatter.hit.start) === 0);
  if (
    claim &&
    linked &&
    conflict &&
    (lx.consequenceTerms.has(conflict.term) || !sameSentenceWithoutCounterparty(linked.hit, conflict, lx))
  ) {
    // Another act in the relation's own sentence may still be between relatives (投诉村干部不管。丈夫长期家暴: the title's 家暴).
    const own = linked.hit;
    const alt = allOccurrences(
      fields,
      lx.conflict,
      rules,
      NO_OPTIONS,
      (f, a, m) =>
        a === own.a &&
        !lx.consequenceTerms.has(m.text) &&
        sameSentenceWithoutCounterparty(own, { field: f, a, term: m.text, start: m.start, end: m.end }, lx) &&
        !outsiderAgent(a, tokenAt(a, m.start), lx),
    )[0];
    conflict = alt;
    if (!alt) {
      linked = undefined;
      unlinked = true;
    }
  }
  // The clauses where the relation and the conflict are: another domain's words count there.
  const here = new Set<string>();
  if (linked) here.add(clauseOf(linked.hit));
  if (conflict) here.add(clauseOf(conflict));
  // 楼上那家的后爹天天打孩子: a place word before a relation says where the family lives, not that a
  // neighbour is a party; for an act done to someone, not for a quarrel (楼上夫妻吵架扰民 is a neighbour's complaint).
  const act = !!conflict && BLOW.test(conflict.term);
  // 我和大嫂两家共用一个院子，为院墙怎么砌吵了两年, 父母留下的宅基地兄妹四个意见不一: between relatives the neighbours' words
  // of land (宅基地, 院墙, 地界…) name what they contest; they count against the relation only where the text names a
  // neighbour as a party (round 59).
  let kinLandRead: boolean | undefined;
  const kinLand = () =>
    (kinLandRead ??=
      !!linked &&
      (!!parties || !!familyMatter?.estate || kinSides(fields, lx)) &&
      !neighbourParty(fields, rules, lx) &&
      !fields.some(({ a }) => OTHER_HOUSEHOLD.test(a.text) || SWORN_TIE.test(a.text)) &&
      !outsiderNamed(fields, lx));
  const others = Object.values(rules.otherDomains)
    .map((d) => {
      const hits = allHits(fields, d.terms, rules).filter(
        (h) => !(act && locatesKin(h, lx)) && !reporter(h) && !placeOfAct(h) && !(LAND_MATTERS.has(h.term) && kinLand()),
      );
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
  const intimate = !!linked && INTIMATE_KINDS.has(linked.kind);
  const outsider = others.some((o) => o.decisive && o.near > 0);
  const nearOther = strongestOther?.near ?? 0;
  // Relation and conflict in one clause or the next (父亲把母亲推倒): only another domain's words
  // there count against them. Far apart in a long text, any of the other domain's words do.
  const tight = !!linked && !!conflict && linked.hit.field === conflict.field && Math.abs(clauseNo(linked.hit) - clauseNo(conflict)) <= 2;
  // The relative is a named party of the act or quarrel (她跟公公因为宅基地的事吵, 公公把她推倒): what
  // they quarrel about (land, money) is its subject, not another dispute's parties.
  // Between wider kin a word of money in the record still makes it a debt (小舅子借他八万…把他推出门; 双方系姐夫与妻弟关系).
  const partiesDebt = partiesOwnTie && !intimate && others.some((o) => o.domain === '经济/借贷');
  let direct = !!linked && !!conflict && (elder || directParty(linked.hit, conflict, lx) || (linked === parties && !partiesDebt));
  // 因其母亲不同意过户…抄起扁担朝母亲打去: the relation word said again where the act lands is the party linked (round 58).
  if (!direct && linked && conflict && linked !== parties) {
    const again = sameWordAt(conflict, linked.hit.term, lx);
    if (again) {
      linked = { kind: linked.kind, hit: again };
      direct = true;
    }
  }
  // 他弟弟为了宅基地的事抡起铁锹往他头上拍, 我和哥哥因为宅基地吵: the relative who does the act, or whom the teller
  // quarrels with, is its party; the relation shown is that relative (round 20).
  const doer = !direct && linked && conflict ? kinParty(conflict, rules, lx) : undefined;
  if (doer) {
    direct = true;
    if (doer.kind) linked = { kind: doer.kind, hit: doer.hit };
  }
  // 我老公疑心重…他把防盗门从外头锁死: the teller's own spouse or partner is the 他 of an act told clauses later (round 52);
  // 我哥说…我去找他理论，他抡起锄头: so is the teller's own relative (round 54), unless money makes it a debt between wider kin.
  const moneyAmongKin = (c: TextHit) => !intimate && (others.some((o) => o.domain === '经济/借贷') || MONEY_TOLD.test(c.a.text));
  if (!direct && linked && conflict && !moneyAmongKin(conflict) && partnerActsLater(linked.hit, conflict, lx, intimate)) direct = true;
  const against = direct ? 0 : tight ? nearOther : (strongestOther?.n ?? 0);
  // The record states its people are no kin (双方系邻居, 素不相识): a relative beside the act is one side's household.
  // Read only when it would decide (speed): most records are settled before it.
  let strangersRead: boolean | undefined;
  // 丈夫在小区门口打她…该男子与报警人素不相识: where a relative is the act's own agent, the strangers stated are
  // a bystander and the people of another finding, not the sides of this act (round 9 review).
  const strangers = () =>
    (strangersRead ??= linked !== parties && !(conflict && relativeIsAgent(conflict, lx)) && statedStrangers(fields, lx));
  // 卖鱼的…打了他老婆一拳, 邻桌的被告…拿啤酒瓶砸在唐某头上: the relative is only the one an outsider's act is done to (or
  // beside it), and no relative acts anywhere in the text: the relation is the victim's tie to the teller, no party (round 25).
  let victimRead: boolean | undefined;
  const onlyVictim = () => (victimRead ??= !direct && linked !== parties && kinOnlyActedOn(fields, rules, lx));
  // 离婚需要什么材料, 分居几年才能起诉离婚: a question about a rule that names no one of the asker's own and no act is no
  // dispute between anyone (round 33: the consultations read again call it none).
  if (e.source === 'petition' && !(conflict && BLOW.test(conflict.term)) && bareQuestion(fields, rules, lx)) {
    return { domain: '非纠纷', familyRomantic: false, evidence: [] };
  }
  // 兄弟俩跟出租车司机打起来了, 被告父子俩共同殴打原告: a pair told as one side against someone else is no dispute between the two
  // (round 67 review).
  if (linked && linked !== parties && pairAsOneSide(linked.hit, lx)) {
    linked = undefined;
    unlinked = true;
  }
  if (linked && conflict && !outsider && (against === 0 || (intimate && against <= 1)) && !strangers() && !onlyVictim()) {
    return {
      domain: rules.romanticRelations.includes(linked.kind) ? '恋爱情感' : '婚姻家庭',
      familyRomantic: true,
      relation: linked.kind,
      evidence: [hitEvidence(recordId, linked.hit), hitEvidence(recordId, conflict)],
      ...(direct
        ? {}
        : {
            basis: 'near' as const,
            otherwise: strongestOther
              ? { domain: strongestOther.domain, evidence: [hitEvidence(recordId, strongestOther.hit)] }
              : otherCode
                ? { domain: otherCode, evidence: [codeEvidence(codes.find((c) => rules.otherCodes[c])!)] }
                : { domain: '其他' as const, evidence: [hitEvidence(recordId, conflict)] },
          }),
    };
  }
  // Between parties stated to be a couple, what the claim is about (a flat, money) is their family matter.
  const intimateParties = !!parties && INTIMATE_KINDS.has(parties.kind);
  if (parties && !outsider && (!strongestOther || intimateParties) && claimBetweenParties(fields)) {
    return {
      domain: rules.romanticRelations.includes(parties.kind) ? '恋爱情感' : '婚姻家庭',
      familyRomantic: true,
      relation: parties.kind,
      evidence: [hitEvidence(recordId, parties.hit)],
    };
  }
  // A question about a procedure or a policy (补办结婚证要带哪些材料, 建议政府整治高价彩礼) names a matter
  // of family law but no dispute between anyone: not a family dispute by the rules. The learned judgement
  // may still call it one (the consultations it learned from label such questions family).
  const procedural =
    !!familyMatter && !conflict && e.source !== 'court' && (procedureQuestion(fields) || onlyRegistration(familyMatter.hit, fields, rules));
  const named = relation ?? weakRelation;
  // An estate is a matter between kin only where kin are named (兄妹, 我哥, 原告之弟): a creditor's or a neighbour's claim
  // on an estate names none (round 36 review).
  const matter = claim || procedural || (familyMatter?.estate && !named) ? undefined : familyMatter;
  if (matter && !outsider && (nearOther === 0 || others.every((o) => !o.hit || clauseOf(o.hit) !== clauseOf(matter.hit)))) {
    const kind = named?.kind ?? matter.kind;
    return {
      domain: rules.romanticRelations.includes(kind) ? '恋爱情感' : '婚姻家庭',
      familyRomantic: true,
      relation: kind,
      evidence: [...(named ? [hitEvidence(recordId, named.hit)] : []), hitEvidence(recordId, matter.hit)],
    };
  }
  // The learned judgement needs a relation that can be a party: not one beside a claim against an
  // authority or company (我儿子上学的学校乱收费), nor the owner of the thing claimed (我母亲的低保).
  const anchor =
    named && !unlinked && !claim && !besideAClaim(named.hit, lx) && !strangers() && !(linked && conflict && onlyVictim())
      ? { anchor: { relation: named.kind, evidence: hitEvidence(recordId, named.hit) } }
      : {};
  if (strongestOther) {
    return { domain: strongestOther.domain, familyRomantic: false, evidence: [hitEvidence(recordId, strongestOther.hit)] };
  }
  if (otherCode) return { domain: otherCode, familyRomantic: false, evidence: [codeEvidence(codes.find((c) => rules.otherCodes[c])!)] };
  if (conflict || codes.some((c) => c.includes('纠纷'))) {
    return { domain: '其他', familyRomantic: false, evidence: conflict ? [hitEvidence(recordId, conflict)] : [], ...anchor };
  }
  return { domain: '非纠纷', familyRomantic: false, evidence: [], ...anchor };
}

/**
 * 我爸, 他妈, 她爸, 俺娘: a word for a parent that alone is often someone else's (学生父母, 那个男人) is a relative
 * of the one who tells, or of the person the pronoun names, when a pronoun owns it (not 他妈的, a curse; not an
 * outsider's 他/她 acting on the caller).
 */
function ownedKin(fields: AnalyzedField[], lx: Lexicon): { kind: RelationKind; hit: TextHit } | undefined {
  for (const { field, a } of fields) {
    const { tokens } = a;
    for (let k = 1; k < tokens.length; k++) {
      const w = tokens[k].word;
      if (!(OWNED_PARENTS.has(w) || OWNED_SIBLINGS.has(w)) || !KIN_OWNERS.has(tokens[k - 1].word) || tokens[k + 1]?.word === '的') continue;
      // 报警人称跟他爸因为新房装修吵起来: the caller, left out, quarrels with her own relative told after 跟 (round 66).
      const callersSide = COMPANIONS.has(tokens[k - 2]?.word ?? '') && openedByCaller(tokens, k - 2);
      // 我被我哥打了, 报警人称被她爸打了: after 被 the relative is the one who acts, on the one who owns him (or on the teller,
      // left out); not 快递员被我爸打了, an outsider acted on (round 69).
      const byOwnKin = tokens[k - 2]?.word === '被' && ownerActedOn(tokens, k - 2, tokens[k - 1].word);
      // Only as the one who acts (她爸喝了酒打她, 他爸又在打他妈): not beside another's act (快递员跟我爸吵起来, 把他爹头上拍了).
      if ((PATIENT_MARKERS.has(tokens[k - 2]?.word ?? '') && !callersSide && !byOwnKin) || foreign(a, k, lx)) continue;
      let acts = false;
      // 她哥为爸妈留下的房子跟她闹: the relative quarrels with the one who owns him, the quarrel right after 跟她 (round 66;
      // not 跟她说, 跟他单位领导, 跟她的房客).
      let withOwner = false;
      // 跟他哥去找房东…吵了起来, 跟她姐家的租客吵架, 和他爸单位的领导吵: the caller's quarrel is with the relative only where no
      // going together, no one else and no 的 stands between (round 66 review).
      let alongside = false;
      const personAfter = (i: number) => namesSomeone(tokens[i]?.word ?? '', lx);
      for (let j = k + 1; j < tokens.length && tokens[j].clause === tokens[k].clause && !acts; j++) {
        const t = tokens[j].word;
        if (
          TOGETHER.has(t) ||
          COMPANIONS.has(t) ||
          (j <= k + 2 && (t === '的' || t === '家')) ||
          (t === '的' && personAfter(j + 1)) ||
          subjectNonKin(t, lx)
        )
          alongside = true;
        // …跟她闹, 跟她因为遗产闹上法庭: the quarrel later in the clause, no one else named on the way.
        if (COMPANIONS.has(t) && tokens[j + 1]?.word === tokens[k - 1].word && !personAfter(j + 2) && tokens[j + 2]?.word !== '的')
          for (let q = j + 2; q < tokens.length && q <= j + 8 && tokens[q].clause === tokens[j].clause; q++) {
            if (personAfter(q) || tokens[q].word === '说') break;
            if (quarrelWithKin(tokens, q, lx)) {
              withOwner = true;
              break;
            }
          }
        acts =
          (ownedKinActs(tokens, j) && !onAnOutsider(tokens, j, lx)) ||
          (((callersSide && !alongside) || withOwner) && quarrelWithKin(tokens, j, lx));
      }
      if (!acts) continue;
      return {
        kind: OWNED_SIBLINGS.has(w) ? 'sibling' : 'parent_child',
        hit: { field, a, term: w, start: tokens[k].start, end: tokens[k].end },
      };
    }
  }
  return undefined;
}
/**
 * The one 被 at b tells acted on: the owner's own pronoun right before it (我被我哥, 她被她爸), or nobody named before it in
 * its clause but a word of saying or the teller (报警人称被她爸打了, 被我哥打了).
 */
function ownerActedOn(tokens: readonly Token[], b: number, owner: string): boolean {
  const before = tokens[b - 1];
  if (!before || before.clause !== tokens[b].clause) return true;
  const w = before.word;
  return w === owner || (owner !== '他' && owner !== '她' && KIN_OWNERS.has(w)) || SPEECH.has(w) || w.endsWith('称') || w === '其';
}
const PATIENT_MARKERS = new Set(['跟', '和', '与', '同', '把', '将', '被', '给', '对', '替', '陪', '陪护', '照顾']);
/** 我爸开车撞了人, 他爸打了邻居: the act at j is done to an outsider (人, a role), named right after it. */
function onAnOutsider(tokens: readonly Token[], j: number, lx: Lexicon): boolean {
  // 撞了人, 打人 cut as one word: done to someone, not to a relative named.
  if (tokens[j].word.length > 1 && tokens[j].word.endsWith('人')) return true;
  let i = j + 1;
  while (tokens[i] && tokens[i].clause === tokens[j].clause && SKIP_AFTER_ACT.has(tokens[i].word)) i++;
  const w = tokens[i]?.clause === tokens[j].clause ? tokens[i].word : '';
  return !!w && (outsiderPerson(w, lx) || STRANGER_WORDS.has(w));
}
const OWNED_PARENTS = new Set(['爸', '妈', '爹', '娘', '父母', '爸妈']);
/**
 * A pair word (兄弟俩, 父子俩, 老两口, 老头老太太) that is one side of the text's quarrel: a party's role or a neighbour before it
 * (被告父子俩, 原告母女俩, 邻居父子俩), or, within three words after it in its clause, 跟/和/与/同 and someone who is not one of
 * the pair (母子俩跟出租车司机打起来了) (round 67 review).
 */
function pairAsOneSide(h: TextHit, lx: Lexicon): boolean {
  if (!PAIR_WORD.test(h.term)) return false;
  const { tokens } = h.a;
  const k = tokenAt(h.a, h.start);
  const before = tokens[k - 1]?.word ?? '';
  if (PARTY_ROLES_ALL.has(before) || before === '邻居') return true;
  for (let j = k + 1; j <= k + 3 && j < tokens.length && tokens[j].clause === tokens[k].clause; j++) {
    if (!COMPANIONS.has(tokens[j].word)) continue;
    const other = tokens[j + 1]?.word ?? '';
    return !!other && !PAIR_PRONOUNS.has(other) && !kinWord(other, lx);
  }
  return false;
}
const PAIR_WORD = /俩$|^老两口$|^老头儿?老太太$/;
const PAIR_PRONOUNS = new Set(['对方', '彼此', '互相']);

/** Nothing but the caller and her word of saying stands before token m in its clause (报警人称跟他爸…, 她说和她妈…). */
function openedByCaller(tokens: readonly Token[], m: number): boolean {
  // In its sentence, not only its clause: 报警人称一男子在她店里闹事，跟她爸吵起来了 (round 66 review).
  for (let i = m - 1; i >= 0 && tokens[i].sentence === tokens[m].sentence; i--)
    if (!CALLER_OPENING.has(tokens[i].word) && !PUNCTUATION.test(tokens[i].word)) return false;
  return true;
}
/**
 * A quarrel word (吵, 争吵, 拌嘴…), 骂, or 闹 ending its clause, as a falling-out (闹翻, 闹上了, 闹得不可开交, 闹到派出所) or a
 * demand for a share (闹着要分家产, 闹着要钱): not 闹着玩, 闹着要买玩具.
 */
function quarrelWithKin(tokens: readonly Token[], j: number, lx: Lexicon): boolean {
  const w = tokens[j]?.word ?? '';
  if (!w.startsWith('闹')) return quarrel(w, lx) || w.startsWith('骂');
  if (/^闹(翻|矛盾|别扭|僵|掰|上|得|到)/.test(w)) return true;
  const next = tokens[j + 1]?.word ?? '';
  if (w === '闹' && (next === '' || next === '了' || next === '上' || next === '到' || next === '得' || PUNCTUATION.test(next)))
    return true;
  const rest = tokens
    .slice(j + 1, j + 5)
    .map((t) => t.word)
    .join('');
  return /^闹着/.test(w + next) && !/^玩/.test(rest) && !/零花|玩具|零食|糖/.test(rest) && SHARE_DEMANDED.test(rest);
}
const SHARE_DEMANDED = /分|钱|房|补偿|家产|遗产|离婚|彩礼|拆迁|地/;
/** A word that names someone, or someone's place of work, between a relative and a quarrel: a relative, an outsider's role, 老张. */
const namesSomeone = (w: string, lx: Lexicon): boolean =>
  kinWord(w, lx) ||
  subjectNonKin(w, lx) ||
  OUTSIDER_ENDINGS.some((e) => w.endsWith(e)) ||
  /^[老小][\u4e00-\u9fff]$/.test(w) ||
  WORKPLACE.test(w);
/** A workplace or a school named as someone's (他单位领导, 她公司的人): someone else is meant. */
const WORKPLACE = /^(单位|公司|学校|厂|店|工地|班上)/;
const TOGETHER = new Set(['一起', '一块', '一块儿', '一同', '去', '去找', '到', '找', '陪', '带', '学', '在']);
const CALLER_OPENING = new Set(['报警', '人称', '报警人', '称', '说', '报称', '来电', '来电称', '反映', '表示', '她', '他']);

/**
 * The word at j is an act on someone, for an owned relative's reading: an act verb read as `actOfViolence` reads it (not
 * 打车, 打电话, 打工, 抽烟); 一脚揣倒 (a miswriting of 踹) and 拧 (twisting) too, but not 揣着 (carrying) (round 43 review).
 */
function ownedKinActs(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j].word;
  if (ACT_VERB.test(w)) return actOfViolence(tokens, j);
  return /^(揣倒|拧)/.test(w) || (w === '揣' && (tokens[j - 1]?.word === '一脚' || (tokens[j + 1]?.word ?? '').startsWith('倒')));
}
/** 我哥拿着斧头来砍我: a brother or sister owned by the teller, acting (round 43). */
const OWNED_SIBLINGS = new Set(['哥', '姐', '弟', '妹']);
const KIN_OWNERS = new Set(['我', '俺', '他', '她', '咱']);

/** The neighbours' words that name land or a house's bounds: what relatives contest as often as neighbours. */
const LAND_MATTERS = new Set(['宅基地', '院墙', '排水', '相邻', '采光', '地界', '占道']);
/**
 * Another household, village or body as the other side (两家人…对方家儿子, 邻组的莫老三, 外村人, 被告某村村民委员会) (round 59
 * review).
 */
const OTHER_HOUSEHOLD = /对方家|邻组|外村|别人家|另一家|两家人|被告[^，,。；;]{0,12}(委员会|公司|政府|村委|居委|街道|管委会|局)/;
/** A sworn or nominal tie (干姐妹, 结拜兄弟, 义兄): no kin (round 59 review). */
const SWORN_TIE = /干(姐妹|兄弟|姐|妹|哥|弟|妈|爹|爸|娘|女儿|儿子|亲)|结拜|结义|拜把|义(兄|弟|姐|妹|父|母)/;
/** A stranger, an outsider's role or a name the text gives an outsider (一名男子, 同村村民, 包工头): a side no relative is. */
function outsiderNamed(fields: AnalyzedField[], lx: Lexicon): boolean {
  return fields.some(({ a }) => STRANGER_COUNTED.test(a.text) || a.tokens.some((_, j) => outsiderAt(a, j, lx) && !tellerIntroduced(a, j)));
}
/** 一名男子, 几个年轻人, 一伙人: someone counted, not named by a tie (not 他一个人的名字: alone). */
const STRANGER_COUNTED =
  /[一两几三四五](?:名|个)[^，,。；;]{0,4}(?:男子|女子|男的|女的|男人|女人|年轻人|小伙子?|陌生人)|[一两几](?:伙|帮)人/;
/** 信访人…村民罗某华反映, 来访人牛某某反映: the teller's own role and name, before the word that opens what they tell. */
function tellerIntroduced(a: AnalyzedText, j: number): boolean {
  for (let i = j + 1; i <= j + 4 && i < a.tokens.length && a.tokens[i].clause === a.tokens[j].clause; i++)
    if (SPEECH.has(a.tokens[i].word)) return true;
  return false;
}
/**
 * Relatives told as the contest's sides: a word naming both (兄弟俩, 兄妹四个, 亲兄弟, 妯娌), or 和/跟/与 before a kin word
 * (我和大嫂, 跟亲姐姐, 他和哥哥, 其家与丈夫的哥哥家).
 */
function kinSides(fields: AnalyzedField[], lx: Lexicon): boolean {
  for (const { a } of fields) {
    const { tokens } = a;
    for (let k = 0; k < tokens.length; k++) {
      const w = tokens[k].word;
      // 义兄弟, 干姐妹, 结拜兄弟: sworn, no kin (round 50 review).
      if (KIN_SIDES.test(w) && !SWORN.has(tokens[k - 1]?.word ?? '')) return true;
      if (!COMPANIONS.has(w)) continue;
      let j = k + 1;
      if (tokens[j]?.word === '亲' || tokens[j]?.word === '其') j++;
      if (tokens[j]?.clause === tokens[k].clause && kinWord(tokens[j].word, lx)) return true;
    }
  }
  return false;
}
const KIN_SIDES = /^(?:亲?兄弟|兄妹|姐妹|姐弟|兄弟姐妹|妯娌|连襟)(?:俩|们|仨|两个|三个|四个|几个)?$|^.{1,3}俩$/;
/** Words of a neighbour as a person (邻居, 隔壁, 对门…). */
const NEIGHBOUR_WORDS = /邻居|邻里|隔壁|对门|楼上|楼下|前后院|左右邻/g;
/**
 * The text names a neighbour as a party: a word of a neighbour that is no witness (邻居报警, 邻居都知道), no place (在楼下), and
 * no locator of a relative (隔壁住的小叔子, 楼上那家的儿子).
 */
function neighbourParty(fields: AnalyzedField[], rules: RiskRules, lx: Lexicon): boolean {
  for (const { field, a } of fields)
    for (const m of a.text.matchAll(NEIGHBOUR_WORDS)) {
      const h: TextHit = { field, a, term: m[0], start: m.index, end: m.index + m[0].length };
      if (reporter(h) || placeOfAct(h)) continue;
      const k = tokenEndingAt(a, h.end);
      if (k >= 0 && [1, 2, 3, 4].some((d) => a.tokens[k + d]?.clause === a.tokens[k].clause && kinWord(a.tokens[k + d].word, lx))) continue;
      return true;
    }
  return false;
}
/** 在她家楼下喊, 跑到楼下骂: 楼上/楼下 as the place where something is done, not the neighbours who live there (round 43). */
function placeOfAct(h: TextHit): boolean {
  return (h.term === '楼上' || h.term === '楼下') && PLACE_BEFORE.test(h.a.text.slice(Math.max(0, h.start - 8), h.start));
}
const PLACE_BEFORE = /(?:在|到)[^，,。]{0,4}家$|(?:在|到|去|回)$/;
/** 邻居报警, 邻居听见…: the neighbour who calls or hears is the witness, not a party. */
function reporter(h: TextHit): boolean {
  const k = tokenEndingAt(h.a, h.end);
  // A pattern's hit may end inside a word (宿舍钥匙): no word after it to read.
  if (k < 0) return false;
  const { tokens } = h.a;
  const next = tokens[k + 1];
  if (!!next && next.clause === tokens[k].clause && REPORTS.has(next.word)) return true;
  // 邻居都知道, 邻居给拦住了, 跟来的邻居偷偷说: a neighbour who knows, tells, sees or steps in is a witness, not a party.
  let j = k + 1;
  while (tokens[j] && tokens[j].clause === tokens[k].clause && WITNESS_ADVERBS.has(tokens[j].word)) j++;
  // 邻居把他劝走了: the one stepped in on, named after 把, is no object of the neighbour's own (round 11).
  if (tokens[j]?.word === '把' && STOPPED.has(tokens[j + 1]?.word ?? '') && WITNESS_ACTS.has(tokens[j + 2]?.word ?? '')) j += 2;
  // 说 alone may be a neighbour's own case (邻居说是他老爹种的); told aside (偷偷说, 都说) it is a witness's.
  const said = tokens[j]?.word === '说' || tokens[j]?.word === '称';
  if (NEIGHBOURS.has(h.term) && tokens[j] && tokens[j].clause === tokens[k].clause && (said ? j > k + 1 : witnessAct(tokens, j)))
    return true;
  if (NEIGHBOURS.has(h.term) && calledFor(tokens, tokenAt(h.a, h.start))) return true;
  // 楼上楼下都被吵醒, 邻居都被吵醒了: the neighbours woken or frightened by the noise are witnesses to it (round 55).
  if ((NEIGHBOURS.has(h.term) || HOUSEHOLD_NEIGHBOURS.has(h.term)) && disturbed(tokens, k)) return true;
  // 韦某珍…是我的邻居: the writer telling whose household she writes of; the neighbour is the one written about (round 11).
  if (NEIGHBOURS.has(h.term) && writersNeighbour(tokens, tokenAt(h.a, h.start))) return true;
  // 她现在在楼下, 跑到楼下了, 住院部楼下: 楼下/楼上 after 在/到 or a building's part is a place she is at, not a neighbour.
  const prev = tokens[tokenAt(h.a, h.start) - 1];
  return (
    (h.term === '楼下' || h.term === '楼上') &&
    !!prev &&
    prev.clause === tokens[k].clause &&
    (AT_A_PLACE.has(prev.word) || BUILDING_PARTS.test(prev.word))
  );
}
const NEIGHBOURS = new Set(['邻居', '邻居们', '街坊', '街坊邻居', '邻里', '左邻右舍']);
/** After a neighbour word (and the next one: 楼上楼下), its adverbs and 被 or 给: woken or frightened by the noise. */
function disturbed(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  const same = () => !!tokens[j] && tokens[j].clause === tokens[k].clause;
  const skipped = (w: string) => HOUSEHOLD_NEIGHBOURS.has(w) || NEIGHBOURS.has(w) || (WITNESS_ADVERBS.has(w) && w !== '给');
  while (same() && skipped(tokens[j].word)) j++;
  // Only told as done to them (被吵醒): 将午睡的邻居吵醒 is the neighbour a party is about to quarrel with.
  if (!same() || (tokens[j].word !== '被' && tokens[j].word !== '给')) return false;
  j++;
  if (!same() || !DISTURBED.has(tokens[j].word)) return false;
  // 楼下邻居都被吵醒了，上来踹门: the neighbours woken who then come and act are a party (round 55 review).
  let rest = '';
  for (let i = j + 1; tokens[i] && tokens[i].sentence === tokens[k].sentence; i++) rest += tokens[i].word;
  return !NEIGHBOUR_COMES.test(rest);
}
const NEIGHBOUR_COMES = /上来|下来|出来|过来|上门|找上|理论|吵|骂|打|推|踹|砸/;
const DISTURBED = new Set(['吵醒', '惊醒', '吓醒', '吵得', '吵得睡不着', '吓坏', '吓坏了', '吓着', '吓到']);
// 邻居也多次看到, 邻居经常看见: how often a witness saw is still a witness's telling.
const WITNESS_ADVERBS = new Set([
  '都', '也', '偷偷', '给', '们', '赶紧', '连忙', '赶忙', '私下', '悄悄', '后来', '当时',
  '多次', '经常', '常', '常常', '时常', '屡次', '好几次', '几次',
]); // prettier-ignore
const WITNESS_ACTS = new Set([
  '知道', '看见', '看到', '听见', '听到', '劝', '劝开', '劝架', '拉开', '拉架', '帮忙', '作证', '证实', '报警', '反映',
  '扶', '扶起', '扶起来', '搀', '搀起来', '救', '送', '送到', '赶来', '闻声', '闻讯', '撞门', '破门', '劝走', '劝住', '劝回',
  '拉走',
  // 邻居拍下的视频截图: a neighbour who films or records the scene is a witness (round 15).
  '拍下', '拍到', '录下', '录到',
  '看在眼里',
]); // prettier-ignore
/**
 * 喊了邻居, 是我外甥跑去喊的邻居, 叫来邻居: a neighbour called for help is a helper, not a party; so is one whose phone
 * she borrows to write (借邻居手机, round 11).
 */
const CALLED_FOR = new Set(['喊', '叫', '喊来', '叫来', '找来', '喊了', '叫了', '求助', '呼救', '求救', '借', '借了', '借用']);
function calledFor(tokens: readonly Token[], k: number): boolean {
  let i = k - 1;
  while (
    tokens[i] &&
    tokens[i].clause === tokens[k].clause &&
    (tokens[i].word === '了' || tokens[i].word === '的' || tokens[i].word === '来')
  )
    i--;
  return !!tokens[i] && tokens[i].clause === tokens[k].clause && CALLED_FOR.has(tokens[i].word);
}
/** 是我的邻居, 是我们家邻居: the clause tells whose neighbour the one written about is, and nothing more. */
function writersNeighbour(tokens: readonly Token[], k: number): boolean {
  let i = k - 1;
  while (tokens[i] && tokens[i].clause === tokens[k].clause && (tokens[i].word === '的' || tokens[i].word === '家')) i--;
  const owner = tokens[i];
  const be = tokens[i - 1];
  const next = tokens[k + 1];
  return (
    !!owner &&
    !!be &&
    (owner.word === '我' || owner.word === '我们' || owner.word === '俺') &&
    (be.word === '是' || be.word === '系') &&
    be.clause === tokens[k].clause &&
    (!next || next.clause !== tokens[k].clause)
  );
}
/**
 * 邻居给拦住了, 邻居拦住他: 拦 (also "block") steps in only with no object but the one stopped; 邻居拦住我妈的电动车
 * blocks her way: the neighbour is a party.
 */
function witnessAct(tokens: readonly Token[], j: number): boolean {
  if (WITNESS_ACTS.has(tokens[j].word)) return true;
  // 邻居拍下的视频, 邻居录到了: cut as 拍/下, a neighbour who films or records the scene (round 15).
  if ((tokens[j].word === '拍' || tokens[j].word === '录') && ['下', '到'].includes(tokens[j + 1]?.word ?? '')) return true;
  if (tokens[j].word !== '拦' && tokens[j].word !== '拦住') return false;
  let i = j + 1;
  while (tokens[i]?.word === '了' || tokens[i]?.word === '下') i++;
  return !tokens[i] || tokens[i].clause !== tokens[j].clause || STOPPED.has(tokens[i].word);
}
const STOPPED = new Set(['他', '她', '他们', '她们', '的']);
// 我是住楼下的: where the teller lives is a place too.
const AT_A_PLACE = new Set(['在', '到', '跑到', '去', '从', '往', '回', '躲到', '躲在', '站在', '等在', '下到', '住', '住在']);
const BUILDING_PARTS = /(楼|部|舍|院|区|店|房|馆|厅)$/;
const REPORTS = new Set(['报警', '报的警', '听见', '听到', '反映', '打电话', '来电', '求助', '报案', '拨打']);
/** Words of calling or reporting: the one before them is the caller. */
const CALLS = new Set([...REPORTS, '称', '报称', '介绍', '打来电话']);

/**
 * A question about a rule (法定婚龄是多少, 离婚需要什么材料, 分居多久才能起诉离婚): short, a bare question in every field
 * (`askedBare`), so no one a grid worker could visit. A harm named anywhere (a threat, a weapon, a suicide threat, being
 * locked in…: every risk factor but the topics a rule is asked about, a divorce, a custody, a pregnancy) is no rule
 * asked about: 拿刀威胁要离婚，怎么办 tells a threat (round 37 review).
 */
function bareQuestion(fields: AnalyzedField[], rules: RiskRules, lx: Lexicon): boolean {
  return (
    fields.reduce((n, { a }) => n + a.text.length, 0) <= BARE_QUESTION_MAX &&
    fields.every(({ a }) => askedBare(a, lx)) &&
    !firstHit(fields, lx.harmTerms, rules, { topic: true })
  );
}
/** Factors that name what a question about a rule is about, not a harm done or threatened. */
const TOPIC_FACTORS = new Set(['separation', 'child_conflict', 'pregnancy']);
/**
 * One field asks about a rule: the asker's formula at the start of a clause (律师您好, 我想问一下, 请问, 我可以咨询一下,
 * 请你告诉我) set aside, it is a question (a question word, 多久, 多少钱, 哪里, 是…还是, 有没有, 几年才能…, or a question mark)
 * naming no person, party or thing told as done, no act now or nearby, nothing of the asker's own case, and no "other side"
 * (另一方不同意: the asker is the one side). Round 37: the formula named the asker (我) and held 想, so round 33's reading
 * missed 你好，我想问一下怎么起诉离婚.
 */
function askedBare(a: AnalyzedText, lx: Lexicon): boolean {
  const spans = [...a.text.matchAll(ASKING_FORMULA)].map((m) => [m.index, m.index + m[0].length] as const);
  const rest = spans.reduceRight((t, [s, e]) => t.slice(0, s) + t.slice(e), a.text);
  // A word wholly inside a formula is the formula's (请问|一下子|女: 一下子 runs on into the question and stays).
  const words = a.tokens.filter((t) => !spans.some(([s, e]) => t.start >= s && t.start + t.word.length <= e));
  const asked = words.some((t) => GENERAL_ASKED.has(t.word)) || /[？?]\s*$/.test(a.text) || MORE_ASKED.test(rest);
  return (
    asked &&
    !words.some(({ word: w }) => (lx.persons.has(w) && !TOPICS.has(w)) || PARTIES.has(w) || TOLD_DONE.has(w)) &&
    !NOW_OR_NEARBY.test(rest) &&
    !OWN_FACTS.test(rest) &&
    !OTHER_SIDE.test(rest) &&
    !contestTold(rest)
  );
}
// At the start of the text or of a clause, or after a greeting (你好我想问问), only: 也不告诉我去向 in a story is the
// asker's own (round 37 review).
const ASKING_FORMULA =
  /(?<=^|[，,。！!？?；;\s]|你好|您好)(?:(?:[\u4e00-\u9fa5]{0,2}律师)?(?:你好|您好)|(?:律师)?我?(?:想|要|可以|能)?(?:请问|问一下|问问|问下|咨询一下|咨询下|咨询|了解一下|了解下|请教一下|请教)(?:一下|下)?|请[你您]?告诉我)/g;
// Question words of a rule's question: how long (not 没多久), how much (not 多少次), where or which (not 哪怕), an
// alternative put with 是…还是 (not 还是 "still"), how many years before one can… (not 拖欠几年).
const MORE_ASKED =
  /(?<![没不])多久|多少(?![次回遍])|哪(?!怕)|区别|是[^，,。；;！!]{0,20}[，,]?还是|有没有|几[年个月天岁][^，,。]{0,6}(?:才|能|可以|算|就)/;
const OTHER_SIDE = /另一方|另外一方/;
/**
 * A refusal or a fight told (房子不肯过户, 转移财产, 闹到要拼命, 不回家) is a dispute of the asker's own, unless put as a
 * condition in its clause (如果有一方不同意离婚怎么办) (round 37 review).
 */
function contestTold(text: string): boolean {
  for (const m of text.matchAll(CONTEST_TOLD)) {
    const clauseStart = Math.max(...[...'，,。！!？?；;'].map((p) => text.lastIndexOf(p, m.index)));
    if (!CONDITION.test(text.slice(clauseStart + 1, m.index))) return true;
  }
  return false;
}
const CONTEST_TOLD = /不肯|不履行|拒不|拒绝|不给|不还|不回家|转移|藏起|闹|吵|骂|不同意|不让/g;
const CONDITION = /如果|假如|要是|万一|若/;
const BARE_QUESTION_MAX = 60;
/**
 * What the asker tells of their own case turns a question into theirs (想要离婚, 收到法院传票, 结婚一年, 女孩6岁, 先离婚,
 * 民政局说不受理, 不服判决): the consultations' readers call those family.
 */
const OWN_FACTS = /想|收到|了|已|[0-9一二两三四五六七八九十]多?(年|岁|个月|周岁)|先|说|时|通知|不服|有个|有了|现在|目前/;

/**
 * 18年8月9日生日可以领结婚证吗, 我现在六个月了还没办准生证, 母亲再婚迁户口怎么迁: the only matter of family law named is a
 * registration or a status (`registrations`), so the record asks about civil registration, not a dispute (round 34: the
 * consultations read again call these none). A divorce, a custody, a property or a bride price named beside it is a matter;
 * so is the registration fought over (子女坚决反对，藏起了户口本; 没结婚证，孩子归谁; 财产要怎么分配).
 */
function onlyRegistration(first: TextHit, fields: AnalyzedField[], rules: RiskRules): boolean {
  const registrations = rules.registrations;
  if (!registrations?.includes(first.term) || fields.some(({ a }) => REGISTRATION_CONTESTED.test(a.text))) return false;
  // 父亲再婚后去世，继母拒绝分遗产: an estate fought over beside the remarriage is the matter (round 36 review).
  if (contestedEstate(fields, rules)) return false;
  let others = substantiveMatters.get(rules);
  if (!others) {
    others = Object.values(rules.familyMatters)
      .flat()
      .filter((t) => !registrations.includes(t));
    substantiveMatters.set(rules, others);
  }
  return !firstHit(fields, others, rules, { topic: true });
}
const substantiveMatters = new WeakMap<RiskRules, string[]>();
const REGISTRATION_CONTESTED = /反对|阻拦|阻挠|不同意|藏起|藏了|扣押|扣着|不给|骗|要告|起诉|归谁|分配|分割|怎么分/;

/** Words of an administrative procedure or a policy suggestion (材料, 手续, 补办, 出台…); a court record tells facts, not a procedure. */
function procedureQuestion(fields: AnalyzedField[]): boolean {
  return fields.some(({ a }) => a.tokens.some((t) => PROCEDURE.has(t.word)));
}
const PROCEDURE = new Set(['材料', '手续', '预约', '公证处', '流程', '补办', '补领', '更正', '出台', '倡导']);

/** 楼上那家的后爹, 对门两口子: a place word a few words before a relation word, not after 与/和/跟. */
function locatesKin(h: TextHit, lx: Lexicon): boolean {
  if (!LOCATORS.has(h.term)) return false;
  const { a } = h;
  const k = tokenAt(a, h.start);
  if (COMPANIONS.has(a.tokens[k - 1]?.word ?? '')) return false;
  // 楼上那家天天打孩子, 楼上一户姓马的男的经常打他十岁的儿子: a household named by its place, and its own child or wife
  // the one beaten in the clause (the household's kin after the act, owned by nothing or by 他/她) (round 12).
  // 楼下那户人家 is cut 那/户/人家: the household word may stand three words on.
  if ([1, 2, 3].some((d) => HOUSEHOLD.has(a.tokens[k + d]?.word ?? ''))) {
    for (let j = k + 2; j <= k + 12 && j < a.tokens.length && a.tokens[j].clause === a.tokens[k].clause; j++) {
      if (COMPANIONS.has(a.tokens[j].word) || SELF.has(a.tokens[j].word)) return false;
      if (!BLOW.test(a.tokens[j].word)) continue;
      for (let i = j + 1; i <= j + 4 && i < a.tokens.length && a.tokens[i].clause === a.tokens[k].clause; i++) {
        if (SELF.has(a.tokens[i].word)) return false;
        if (HOUSEHOLD_KIN.has(a.tokens[i].word)) return true;
      }
    }
  }
  for (let j = k + 1; j <= k + 4 && j < a.tokens.length && a.tokens[j].clause === a.tokens[k].clause; j++) {
    if (lx.relationWords.has(a.tokens[j].word)) return true;
    if (COMPANIONS.has(a.tokens[j].word)) return false;
  }
  return false;
}
const HOUSEHOLD = new Set(['那家', '家', '那户', '一户', '一家', '那一家', '人家', '住户']);
const HOUSEHOLD_KIN = new Set(['孩子', '小孩', '儿子', '女儿', '闺女', '老婆', '媳妇', '妻子', '女人', '娃', '小孩子']);
const OWN_PARTNER = new Set(['老婆', '媳妇', '妻子', '老公', '丈夫', '女朋友', '男朋友', '女友', '男友', '对象']);
const LOCATORS = new Set(['楼上', '楼下', '对门', '隔壁']);
const PUNCTUATION = /^[\s，,。；;：:！？!?、…]+$/;
/** An act done to someone (打, 推, 砸, 家暴…), not a quarrel or a scolding. */
const BLOW = /打|殴|推|踢|踹|揍|捶|砍|捅|掐|扇|抽|拽|揪|扯|咬|砸|泼|暴力|家暴/;

/**
 * 被医生打伤, 被保安推倒, 被人打了: the act's agent, named right after 被, is no relative nor a pronoun
 * that could stand for one, so the act is not between the relation's two ends.
 */
function outsiderAgent(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const clause = a.tokens[k].clause;
  // Anywhere in the act's clause: its consequences (医院, 受伤) belong to the same act (被医生打伤住院).
  const { tokens } = a;
  let s = k;
  while (s > 0 && tokens[s - 1].clause === clause) s--;
  for (let j = s; j < tokens.length && tokens[j].clause === clause; j++) {
    if (tokens[j].word !== '被') continue;
    // 被 right before the act: whoever stands between them is its agent (被同学打, 被一个送外卖的打, 被护工打过);
    // where the act's words begin with 被 (the pattern 被…打), up to the verb.
    let act = k;
    if (j === k) while (act + 1 < tokens.length && tokens[act + 1].clause === clause && !ACT_VERB.test(tokens[++act].word));
    if (j < act && agentIsOutsider(a, j + 1, act, lx, true)) return true;
    // The agent: the first person word within three words after 被 (被邻桌男子打).
    for (let i = j + 1; i <= j + 3 && i < tokens.length && tokens[i].clause === clause; i++) {
      const w = tokens[i].word;
      if (strangerAt(a, i, lx)) return true;
      if (lx.relationWords.has(w) || PARTY_PRONOUNS.has(w) || kinNameAt(a, i, lx)) return false;
      if (outsiderWord(w, lx)) return true;
    }
    // 被同班三个男生堵在厕所里要钱，上周被推倒: 被 with no agent right before the act goes on with the agent the
    // sentence named after an earlier 被 (round 9).
    if (j === k - 1 || (j === k && act === k)) return earlierOutsiderAgent(a, s, lx);
  }
  // X 把/将 Y + act: X, from the clause's start, is the agent (邻居家儿子把她婆婆推倒了, 邻居一家三口把她和丈夫打伤);
  // the act's own words may begin with 把 (a pattern: 把原告从台阶上推下).
  for (let j = k; j >= s; j--) {
    if (!OBJECT_MARKERS.has(tokens[j].word)) continue;
    // 隔壁男的把老婆打了: a spouse or partner named with no owner after 把 is the agent's own; the couple are the parties.
    if (j > s && OWN_PARTNER.has(tokens[j + 1]?.word ?? '')) return false;
    // 我弟弟…把一个路人打了: what the relative did was done to an outsider.
    for (let i = j + 1; i <= j + 3 && i < k; i++) {
      const w = tokens[i].word;
      if (lx.relationWords.has(w) || PARTY_PRONOUNS.has(w)) break;
      if (OUTSIDERS.has(w) || OUTSIDER_ENDINGS.some((e) => w.endsWith(e))) return true;
    }
    // 几个年轻人嫌他多看了一眼，上来就把他打倒在地: no one named before 把 in its clause carries the subject of the clause
    // before, as an act with no 把 does (round 14).
    if (j > s) return agentIsOutsider(a, s, j, lx, false) || subjectIsOutsider(a, s, j, lx);
    // 把 opens the clause: its agent is the subject of the clause before, in the same sentence (房东来收房跟她吵，把她推倒了).
    let p = s - 1;
    while (p >= 0 && PUNCTUATION.test(tokens[p].word)) p--;
    if (p < 0 || tokens[p].sentence !== tokens[s].sentence) return false;
    const prev = tokens[p].clause;
    const prevEnd = p;
    while (p > 0 && tokens[p - 1].clause === prev) p--;
    // 女子称老公喝多了，把她打了: the teller's relative told after her word of saying is the subject, not the teller (round 62).
    const said = saidKinSubject(tokens, p, prevEnd, lx);
    if (said) return said === 'outsider';
    // 他当着他老婆的面骂我，把我推出了门: the 他 before, standing for an outsider, acted on the caller.
    const w = tokens[p].word;
    return outsiderWord(w, lx) || ((w === '他' || w === '她') && onCaller(a, j) && pronounIsOutsider(a, p, lx));
  }
  return subjectIsOutsider(a, s, k, lx);
}

/**
 * The clause tokens[from..to] tells, after its last word of saying, of the teller's own relative as its subject ('kin'): 女子称老公喝多了,
 * 男子来电称老婆发脾气, 女子称老公的妈妈; a relative's relative is one (老公的妈妈, 前夫的哥哥). Not where what follows the word
 * of saying is no relative (替老公去讨工钱, 几个陌生人围住她老公, 听说…), nor where 的 makes the relative a modifier of someone
 * else (老公公司的老板, 她哥哥的同学) or the relative is another's (被告的儿子, 闺蜜的男朋友) (round 62 review). A relative's friend,
 * partner or creditor told so is the outsider who acts ('outsider': 老公的朋友, 已故丈夫的生意伙伴; round 63 review).
 */
function saidKinSubject(tokens: readonly Token[], from: number, to: number, lx: Lexicon): 'kin' | 'outsider' | undefined {
  let h = -1;
  // 报警人称 is cut 报警/人称.
  for (let i = to; i > from; i--)
    if (SPEECH.has(tokens[i - 1].word) || tokens[i - 1].word === '人称') {
      h = i;
      break;
    }
  if (h < 0) return undefined;
  // 昨晚老公喝多了, 今天下午在家中丈夫…: a time or a place told first.
  while (h <= to && TOLD_WHEN.test(tokens[h].word)) h++;
  if (tokens[h]?.word === '在' && h + 1 <= to && !kinWord(tokens[h + 1].word, lx)) h += 2;
  // 其丈夫, 她老公, 自己的女儿, 原告的丈夫: the teller's own; 已故丈夫: her late one.
  if (OWNER_WORDS.has(tokens[h]?.word ?? '')) h += tokens[h + 1]?.word === '的' ? 2 : 1;
  if (tokens[h]?.word === '已故') h++;
  let owned = false;
  for (;;) {
    const w = tokens[h]?.word ?? '';
    // 老公的朋友, 已故丈夫的生意伙伴: a relative's friend or partner is the outsider who acts (round 63 review).
    if (h > to || !kinWord(w, lx)) return owned && h <= to && (outsiderPerson(w, lx) || OUTSIDE_TIES.test(w)) ? 'outsider' : undefined;
    // 老公的妈妈: on to the relative's relative; 老公公司的老板: the subject is no relative.
    if (tokens[h + 1]?.word === '的' && h + 2 <= to) {
      h += 2;
      owned = true;
    } else if (tokens[h + 2]?.word === '的' && h + 3 <= to) return undefined;
    else return 'kin';
  }
}
const OUTSIDE_TIES = /(伙伴|合伙人|朋友|同事|债主|老板|领导|同学|工友|牌友|酒友)$/;
const OWNER_WORDS = new Set(['其', '她', '他', '自己', '我', '俺', '原告', '申请人']);
const TOLD_WHEN = /^(昨|今|前|刚|当|上午|下午|晚上|中午|早上|凌晨|夜里|半夜|傍晚|[0-9零一二三四五六七八九十]+(点|号|日))/;
/** An earlier clause of the sentence before clause start s names an outsider agent after 被 (被同班三个男生堵在厕所里). */
function earlierOutsiderAgent(a: AnalyzedText, s: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const sentence = tokens[s]?.sentence;
  for (let j = s - 1; j >= 0 && tokens[j].sentence === sentence; j--) {
    if (tokens[j].word !== '被') continue;
    const clause = tokens[j].clause;
    let end = j + 1;
    while (end < tokens.length && tokens[end].clause === clause && !ACT_VERB.test(tokens[end].word)) end++;
    return end > j + 1 && agentIsOutsider(a, j + 1, Math.min(end, j + 6), lx, false);
  }
  return false;
}

/**
 * 房东来收房跟她吵, 他说护工嫌他动作慢推了他: the clause's subject — the first person it names, after a word of
 * saying — is no relative nor a party word, and no relative stands between it and the act: the act is that
 * outsider's, whoever it is done to. Party words (原告, 被告, 对方) are not read here: a record states their relation.
 */
function subjectIsOutsider(a: AnalyzedText, s: number, k: number, lx: Lexicon, carried = 0): boolean {
  const { tokens } = a;
  // 打了她一个耳光: the subject stands before the act's verb, not after it (round 14).
  for (let i = s; i < k; i++)
    if (tokens[i].word.length === 1 && ACT_VERB.test(tokens[i].word)) {
      k = i;
      break;
    }
  // 他妻子停车时汪某过来拦着: a time told before 时 is no subject; an outsider named after it acts (round 14).
  for (let i = k - 1; i > s; i--)
    if (WHEN.has(tokens[i].word)) {
      if (subjectIsOutsider(a, i + 1, k, lx, 2)) return true;
      break;
    }
  let start = s;
  for (let i = s; i < k; i++) if (SPEECH.has(tokens[i].word)) start = i + 1;
  for (let i = start; i < k; i++) {
    const w = tokens[i].word;
    // 我去找他理论，他当着…把我推出了门: 他 standing for an outsider is that outsider acting.
    // 托管班老板的老公嫌她写得慢…抽她手心: an outsider's relative (老板的老公, 房东老婆) is an outsider acting (round 12).
    // 邻居两口子一起上来打他: the other household's couple acts (round 69).
    if (otherCouple(a, i, lx)) return true;
    const outsider =
      ((w === '他' || w === '她') && onCaller(a, i) && pronounIsOutsider(a, i, lx)) ||
      (kinWord(w, lx) && outsidersKin(a, i, lx)) ||
      (SON_BY_ORDER.test(w) && otherHouseholdKin(a, i, lx)) ||
      outsiderNameAt(a, i, lx) ||
      strangerAt(a, i, lx);
    // 堵在我家门口: the caller after 在, 到 is where, not who (round 14).
    const where = (PARTY_PRONOUNS.has(w) || SELF.has(w)) && governed(tokens, i);
    if (!outsider && !where && (kinWord(w, lx) || PARTY_PRONOUNS.has(w) || lx.persons.has(w) || kinNameAt(a, i, lx))) return false;
    if (!outsider && (!subjectNonKin(w, lx) || governed(tokens, i))) continue;
    for (let j = i + 1; j < k; j++) {
      // 师傅在我车底下发现了一个定位器，是老公装的: one who finds or sees is a witness, not the agent (round 9).
      if (PERCEIVED.has(tokens[j].word)) return false;
      // 三名学生承认扇打报警人儿子耳光: a relative after the act's verb is what it was done to (round 9).
      if (ACT_VERB.test(tokens[j].word)) break;
      // 一名病人家属嫌输液慢: a relative right after the outsider's role is that outsider's (round 14).
      if (kinWord(tokens[j].word, lx) && !outsidersKin(a, j, lx)) return false;
    }
    return true;
  }
  // 护工嫌她夜里按铃多，推了她一把: a clause that names no one before its act carries the subject of the clause before
  // it in the sentence (one clause back, not past a quarrel's own clause) (round 12); past one more clause that names no
  // one either (供货商到店里要钱，说了没几句就动手，用钢管打我丈夫的头, round 14).
  if (carried >= 2 || s === 0) return false;
  for (let i = start; i < k; i++) {
    const w = tokens[i].word;
    // 冲到护士站打了她: a role a preposition governs is a place, no one named (round 14).
    const role = subjectNonKin(w, lx) && !governed(tokens, i);
    const where = (PARTY_PRONOUNS.has(w) || SELF.has(w)) && governed(tokens, i);
    if (!where && (SELF.has(w) || w === '他' || w === '她' || kinWord(w, lx) || PARTY_PRONOUNS.has(w) || lx.persons.has(w) || role))
      return false;
  }
  let p = s - 1;
  while (p >= 0 && PUNCTUATION.test(tokens[p].word)) p--;
  if (p < 0 || tokens[p].sentence !== tokens[s].sentence) return false;
  const end = p + 1;
  while (p > 0 && tokens[p - 1].clause === tokens[end - 1].clause) p--;
  // 保安不让他进门，回家就打老婆出气: the clause before names him (他, 她) after its outsider, and this act is on a relative
  // (老婆, 孩子): the one named goes on to his own family; the outsider's subject is not carried (round 12 review).
  let named = false;
  for (let i = p; i < end; i++) if (tokens[i].word === '他' || tokens[i].word === '她') named = true;
  for (let j = k + 1; named && j <= k + 4 && j < tokens.length && tokens[j].clause === tokens[k].clause; j++)
    if (kinWord(tokens[j].word, lx)) return false;
  return subjectIsOutsider(a, p, end, lx, carried + 1);
}

/**
 * A subject that is an outsider's role: a word for a person. Not a place or a neighbour (对门老太太又在打孙子,
 * 邻居家老头打老伴: they locate a family), not 男子/女子, which in a call are often the parties themselves
 * (一男子殴打其妻子), and not the rules' counterparties as such: most are places, money or topics (超市, 医院, 工资),
 * which locate or motivate the act of whoever the clause is about (丈夫喝醉了，在超市门口打了我).
 */
const subjectNonKin = (w: string, lx: Lexicon) =>
  !lx.relationWords.has(w) &&
  !lx.foreign.has(w) &&
  (OUTSIDERS.has(w) || NON_KIN_ROLES.has(w) || SUBJECT_ENDINGS.some((e) => w.endsWith(e)));
/**
 * The word is no subject: a preposition governs it (在医院, 因为工资的事, 嫌工资少, 到店里), past a describer
 * (在那个超市), or 的 makes it a modifier (超市的保安: the person is the word after).
 */
function governed(tokens: AnalyzedText['tokens'], i: number): boolean {
  if (tokens[i + 1]?.word === '的' && tokens[i + 1].clause === tokens[i].clause) return true;
  let p = i - 1;
  while (p >= 0 && tokens[p].clause === tokens[i].clause && DESCRIBERS.has(tokens[p].word)) p--;
  return p >= 0 && tokens[p].clause === tokens[i].clause && GOVERNORS.has(tokens[p].word);
}
const GOVERNORS = new Set(['在', '到', '从', '去', '因', '因为', '为了', '为', '嫌', '由于', '关于', '对于']);
const SUBJECT_ENDINGS = ['同学', '同事', '老板', '司机', '保安', '人员', '师傅', '工人', '顾客', '房东', '债主', '网友', '老师'];
/** Roles of people outside the family a call or a petition names (care, work, school, lodging). */
const NON_KIN_ROLES = new Set([
  '护工', '保姆', '雇主', '学生', '老师', '家长', '医生', '护士', '病人', '精神病人', '村霸', '商贩', '邻桌', '房客', '室友', '舍友', '网管',
  '服务员', '店员', '快递员', '外卖员', '物业人员', '施工队', '对方家长', '医师', '城管', '村干部', '柜员', '店家', '商家',
  '老板娘', '买家', '卖家', '包工头', '工头', '中介', '客户', '租客', '承租人', '出租人',
  '患者', '病患', '游客', '导游', '客人', '同桌', '月嫂', '育儿嫂', '家政',
]); // prettier-ignore

/**
 * The words [from, to) name the agent of an act: it is an outsider when they name a person who is
 * no relative of the parties (a non-relative, or someone else's relative: 邻居家儿子) and no relative
 * or pronoun of the parties' own. A speech verb (称, 说) ends the speaker's part: 报警人称 is not the agent.
 * `named`: right after 被 any word naming someone counts (被一个送外卖的打); before 把 only a person
 * word does, since the clause there may hold no agent at all (喝醉了把她打了).
 */
function agentIsOutsider(a: AnalyzedText, from: number, to: number, lx: Lexicon, named: boolean): boolean {
  const { tokens } = a;
  let start = from;
  for (let i = from; i < to; i++) if (SPEECH.has(tokens[i].word)) start = i + 1;
  if (start >= to || to - start > 12) return false;
  let outsider = false;
  for (let i = start; i < to; i++) {
    const w = tokens[i].word;
    // 趁原告回娘家把门锁换了: what 趁 opens is the moment taken, not who acts (round 63).
    if (w === '趁' || w === '趁着') break;
    // 被暖壶砸了头, 被开水烫伤: the thing it was done with is no agent.
    if (INSTRUMENTS.has(w) || lx.means.has(w)) continue;
    if (strangerAt(a, i, lx)) {
      outsider = true;
      continue;
    }
    // 丈夫的债主, 其丈夫的老板, 婆婆的房东: a relative (or an owner) before 的 names whose the agent is, not the agent (round 63
    // review).
    if ((kinWord(w, lx) || PARTY_PRONOUNS.has(w)) && tokens[i + 1]?.word === '的' && i + 2 < to) continue;
    if (PARTY_PRONOUNS.has(w) && kinWord(tokens[i + 1]?.word ?? '', lx) && tokens[i + 2]?.word === '的' && i + 3 < to) continue;
    if (kinWord(w, lx)) {
      if (!foreign(a, i, lx)) return false;
      outsider = true;
    } else if (kinNameAt(a, i, lx)) {
      return false;
    } else if (PARTY_PRONOUNS.has(w)) {
      // 邻居家的女的: 男的/女的 after an outsider is that outsider.
      if (!(outsider && (w === '男的' || w === '女的'))) return false;
    } else if (outsiderWord(w, lx) || (named && HAN_WORD.test(w) && w.length > 1 && !STOP_AGENT.has(w))) outsider = true;
  }
  return outsider;
}
/**
 * 一个陌生男人, 被一个喝醉的陌生男子, 一个不认识的女人: a person word (男人, 女人 and 男的, which are a husband or a wife
 * too, or 男子) that 陌生, 不认识的 or 素不相识的 marks is a stranger, whatever the word can otherwise stand for (round 16).
 */
function strangerAt(a: AnalyzedText, i: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const w = tokens[i].word;
  if (w.length > 2 && w.startsWith('陌生') && STRANGER_PERSONS.has(w.slice(2))) return true;
  if (!(STRANGER_PERSONS.has(w) || kinWord(w, lx) || PARTY_PRONOUNS.has(w) || lx.persons.has(w))) return false;
  let p = i - 1;
  if (tokens[p]?.word === '的') p--;
  const before = tokens[p]?.word ?? '';
  return before === '陌生' || before === '素不相识' || (before === '认识' && tokens[p - 1]?.word === '不') || before === '不认识';
}
const STRANGER_PERSONS = new Set(['男人', '女人', '男子', '女子', '男的', '女的', '人', '小伙子', '小伙', '老头', '男孩', '女孩']);
/** Things an act is done with (被暖壶砸, 拿凳子打): never an agent; the rules' weapons and means are too. */
const INSTRUMENTS = new Set([
  '暖壶', '暖瓶', '热水瓶', '开水', '热水', '热油', '凳子', '板凳', '椅子', '茶杯', '杯子', '碗', '盘子', '瓶子', '烟灰缸', '砖头',
  '石头', '棍子', '皮带', '衣架', '扫帚', '拖鞋', '鞋', '手机', '遥控器', '锅', '铁锅', '擀面杖', '酒瓶', '水杯', '拳头', '巴掌',
]); // prettier-ignore
/** Kin the lexicon does not list (四弟, 大伯, 外婆): never taken for an outsider agent. */
const KIN_ENDING = /^[\u3400-\u9fff]{0,2}(哥|姐|弟|妹|嫂|叔|舅|姑|姨|伯|爷|奶|婆|侄|甥|孙|孙女)$/;
/**
 * A word that names a relative where it stands: one of the rules' relation words, or a kin ending that is no surname (老孙),
 * a single character (哥, 弟) only after one of `owners` (我哥, 她弟).
 */
const namesRelative = (w: string, before: string, owners: ReadonlySet<string>, lx: Lexicon): boolean =>
  lx.relationWords.has(w) || (KIN_ENDING.test(w) && !w.startsWith('老') && (w.length > 1 || owners.has(before)));
/** A relative's word: one of the rules' relation words, or a kin ending (二哥, 大姑). */
const kinWord = (w: string, lx: Lexicon): boolean => lx.relationWords.has(w) || KIN_ENDING.test(w);
const ACT_VERB = /^(打|殴|推|踢|踹|揍|捶|砍|捅|骂|掐|扇|抽|拽|揪|扯|撞|咬)/;
const SPEECH = new Set(['称', '说', '反映', '报称', '诉称', '表示', '介绍']);
const HAN_WORD = /^[\u3400-\u9fff]+$/;
/** Words between 被 and an act that name no one (被多次打, 被当场打). */
const STOP_AGENT = new Set([
  '多次',
  '当场',
  '经常',
  '长期',
  '再次',
  '一再',
  '反复',
  '狠狠',
  '活活',
  '连续',
  '当众',
  '无故',
  '无缘无故',
  '曾经',
  '曾',
  '又',
  '屡次',
]);

/** A person outside the family: an outsider word of the rules, or a role of care, work, school or lodging. */
const outsiderPerson = (w: string, lx: Lexicon): boolean => outsiderWord(w, lx) || NON_KIN_ROLES.has(w);
export const isOutsiderPerson = outsiderPerson;
/** A word naming someone outside the family: 邻居, 保安, 男同学, 邻桌男子, 张某 (never a relation word or a pronoun). */
function outsiderWord(w: string, lx: Lexicon): boolean {
  if (lx.relationWords.has(w) || PARTY_PRONOUNS.has(w)) return false;
  return (
    (w.length > 1 && w.endsWith('家') && lx.foreign.has(w.slice(0, -1))) ||
    lx.persons.has(w) ||
    lx.counterparties.has(w) ||
    lx.foreign.has(w) ||
    OUTSIDERS.has(w) ||
    /某/.test(w) ||
    OUTSIDER_ENDINGS.some((e) => w.endsWith(e))
  );
}
const OUTSIDER_ENDINGS = [
  '男生',
  '女生',
  '男子',
  '女子',
  '同学',
  '同事',
  '朋友',
  '邻居',
  '老板',
  '司机',
  '保安',
  '人员',
  '师傅',
  '小伙',
  '青年',
  '工人',
  '顾客',
  '房东',
  '债主',
  '网友',
  // 数学老师, 班主任老师 (round 14).
  '老师',
];

/**
 * 老公和同事喝酒后打架, 妻子与房东发生争吵，房东威胁要打她: a quarrel or a fight with someone named
 * after 与/和/跟/同 who is no relative makes that person and the relative its parties, not the
 * relation's two ends; so is every other conflict of that sentence whose clause names no relative
 * (对方动手推了她, 也不让见), while 丈夫回家打了她 in the same sentence is still the husband's act. An act done
 * to 我/她 is no quarrel with the companion unless its clause names the outsider or 对方 as the one who acts
 * (房东威胁要打她): 老公和一个喝醉的同事吵起来，把我推倒了 and 老公跟同事喝酒回来打了我 are the relative's acts.
 * In the companion's clause a mutual act counts only up to an act on 我/她.
 */
function mutualWithOutsider(hit: TextHit, lx: Lexicon): boolean {
  const { a } = hit;
  const k = tokenAt(a, hit.start);
  const { sentence, clause } = a.tokens[k];
  // 和人发生口角后打了起来: a mutual act cut into words (打/了/起来) is a fight of the clause's companion too (round 9).
  const own =
    quarrel(hit.term, lx) || [1, 2].some((d) => a.tokens[k + d]?.word === '起来' && a.tokens[k + d].clause === a.tokens[k].clause);
  // 两人争执中汪某打了他妻子几拳: a quarrel whose clause goes on with a name the text gives an outsider acting (round 14).
  if (own && nameActsAfter(a, k, lx)) return true;
  if (!own && clauseWords(a, k).some((t) => lx.relationWords.has(t.word))) return false;
  // 吵起来打了我, 把我推倒了: an act on 我/她 that names no outsider as its agent is the relative's.
  if (onParty(a, k) && !namesOtherAgent(a, k, lx)) return false;
  let s = k;
  while (s > 0 && a.tokens[s - 1].sentence === sentence) s--;
  for (let j = s; j < a.tokens.length && a.tokens[j].sentence === sentence; j++) {
    if (!COMPANIONS.has(a.tokens[j].word)) continue;
    if (!companionIsOutsider(a, j, lx)) continue;
    const companionClause = a.tokens[j].clause;
    // The companion's quarrel or fight: a mutual act or a quarrel word later in its clause.
    for (let i = j + 2; i < a.tokens.length && a.tokens[i].clause === companionClause; i++) {
      const w = a.tokens[i].word;
      if (VICTIM_OBJECTS.has(w)) break;
      // The conflict itself, later in the clause, when it is a quarrel or a mutual act cut into words (打/起来).
      if (quarrel(w, lx) || (own && clause === companionClause && a.tokens[i].start >= hit.start)) return true;
    }
  }
  return false;
}
/** After the quarrel at k, in its clause and before any relative, a name the text gives an outsider, then an act. */
function nameActsAfter(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  for (let i = k + 1; i < tokens.length && tokens[i].clause === tokens[k].clause; i++) {
    if (kinWord(tokens[i].word, lx)) return false;
    if (tokens[i].word.endsWith('某') && outsiderNameAt(a, i, lx))
      return tokens.slice(i + 1, i + 4).some((t, d) => t.clause === tokens[k].clause && actOfViolence(tokens, i + 1 + d));
  }
  return false;
}
/**
 * ACT_VERB read as a word: 打电话, 打/电话, 抽烟, 推荐 are no acts on anyone (round 15 review: 邻居汪某打电话报警 made the
 * couple's quarrel the outsider's).
 */
function actOfViolence(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j].word;
  if (!ACT_VERB.test(w) || NOT_ACTS.test(w)) return false;
  return !(w.length === 1 && NOT_ACT_OBJECTS.has(tokens[j + 1]?.word ?? ''));
}
const NOT_ACTS =
  /^(打电话|打了电话|打个电话|打听|打扫|打算|打工|打牌|打麻将|打车|打的|打招呼|打扰|打开|打印|打针|打水|打饭|打包|打扮|打游戏|打球|打篮球|打官司|打折|抽烟|抽空|抽时间|抽签|抽血|推荐|推销|推辞|推迟|推脱|推说|推车|推开门|撞见|骂街)/;
const NOT_ACT_OBJECTS = new Set(['电话', '听', '扫', '工', '牌', '麻将', '车', '招呼', '烟', '空', '针', '水', '饭', '球', '游戏']);
/** The parties' own pronouns as the object of an act: what is done to them is no quarrel with the companion. */
const VICTIM_OBJECTS = new Set(['我', '她', '俺', '他们', '她们']);
/** The act at k is done to 我/她: its object right after it (打了我) or after 把/将 before it (把我推倒). */
function onParty(a: AnalyzedText, k: number): boolean {
  const { tokens } = a;
  const { clause } = tokens[k];
  for (let i = k + 1; i <= k + 3 && i < tokens.length && tokens[i].clause === clause; i++)
    if (VICTIM_OBJECTS.has(tokens[i].word)) return true;
  for (let i = k - 1; i >= 1 && i >= k - 4 && tokens[i].clause === clause; i--)
    if (VICTIM_OBJECTS.has(tokens[i].word) && OBJECT_MARKERS.has(tokens[i - 1].word)) return true;
  return false;
}
/** The clause of the act at k names, before it, an outsider or 对方 as the one who acts (房东威胁要打她). */
function namesOtherAgent(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { clause } = a.tokens[k];
  for (let i = k - 1; i >= 0 && a.tokens[i].clause === clause; i--) {
    const w = a.tokens[i].word;
    if (w === '对方' || outsiderPerson(w, lx)) return true;
  }
  return false;
}
const COMPANIONS = new Set(['与', '和', '跟', '同']);
/**
 * The person after 与/和/跟/同 is an outsider: the next word, or past a few words that describe them (与素不相识的被告,
 * 跟邻桌一个喝多的男子) up to a relative, a pronoun, a quarrel or the clause's end.
 */
function companionIsOutsider(a: AnalyzedText, j: number, lx: Lexicon): boolean {
  const { tokens } = a;
  if (outsiderPerson(tokens[j + 1]?.word ?? '', lx)) return true;
  // 在网吧和人发生口角, 跟别人打架: someone, unnamed, is no relative (round 9).
  if (SOMEONE.has(tokens[j + 1]?.word ?? '') && tokens[j + 1].clause === tokens[j].clause) return true;
  for (let i = j + 2; i <= j + 5 && i < tokens.length && tokens[i].clause === tokens[j].clause; i++) {
    const w = tokens[i].word;
    if (kinWord(w, lx) || PARTY_PRONOUNS.has(w) || quarrel(w, lx) || ACT_VERB.test(w)) return false;
    if (outsiderPerson(w, lx)) return tokens.slice(j + 1, i).some((t) => t.word === '的' || DESCRIBERS.has(t.word));
  }
  return false;
}
/** Words that describe the person who follows them (一个, 几个, 素不相识): 与 + these + a person word. */
const DESCRIBERS = new Set(['一个', '几个', '一名', '两个', '素不相识', '不认识', '陌生', '喝多', '喝醉', '另一个', '那个', '这个']);
/** A mutual act or a quarrel word, also as the end of a longer word (发生争执, 发生口角). */
const quarrel = (w: string, lx: Lexicon) =>
  lx.mutual.has(w) ||
  QUARRELS.has(w) ||
  QUARREL_ENDINGS.some((q) => w.endsWith(q)) ||
  w.startsWith('吵') ||
  w.startsWith('拌') ||
  w.startsWith('嚷');
const QUARRELS = new Set(['吵', '吵架', '争吵', '争执', '口角', '冲突', '纠纷', '矛盾', '拌嘴', '闹矛盾']);
const QUARREL_ENDINGS = ['吵架', '争吵', '争执', '口角', '冲突', '纠纷', '打架'];
const PARTY_PRONOUNS = new Set(['她', '他', '你', '我', '俺', '其', '对方', '男方', '女方', '自己', '他们', '她们', '男的', '女的']);
const PERCEIVED = new Set(['发现', '看见', '看到', '听见', '听到', '查出', '检查出', '发觉']);
const SOMEONE = new Set(['人', '别人', '他人', '外人', '旁人']);
const OUTSIDERS = new Set([
  '陌生人',
  '歹徒',
  '路人',
  '小偷',
  '劫匪',
  '混混',
  '一伙人',
  '几个人',
  '多人',
  '嫌疑人',
  '犯罪嫌疑人',
  '骗子',
  '债主',
  '有人',
  '村民',
  '居民',
  '业主',
  '租客',
  '租户',
  '工友',
  '乘客',
  '摊主',
  '店主',
  '狗',
  '狼狗',
  // Strangers and traders told by what they are (round 14): 邻桌几个年轻人, 隔壁包间一个醉汉, 供货商带了四五个人.
  '年轻人',
  '醉汉',
  '住户',
  '壮汉',
  '酒鬼',
  '供货商',
  '供应商',
  '开发商',
  '承包商',
  '经销商',
]);

/**
 * A claim against an authority, an institution or a company: the opening sentence of the main text
 * names one and no relation (a petition's or complaint's title), or a claim verb stands next to one
 * anywhere (状告医院, 向公司索赔, 公园被判赔).
 */
function claimAgainstOutsider(fields: AnalyzedField[], lx: Lexicon): boolean {
  const main = fields[0]?.a;
  if (!main || !lx.counterparties.size) return false;
  let counterparty = false;
  let relation = false;
  // 申请人：孔某，住某街道: a court record opens with its parties' identities, their addresses and employers, not a
  // title; there only a counterparty that is a party itself counts (被告：某保险公司, 原告甲公司诉称).
  const partyLine = PARTY_ROLES_ALL.has(main.tokens[0]?.word ?? '');
  // 我叫秦某，在县城一家超市当收银员; 我是县医院的护士: the writer introducing herself names where she works or lives.
  const [w0, w1] = [main.tokens[0]?.word, main.tokens[1]?.word];
  // 我在县城一家物流公司做会计: her workplace told with its work (round 11).
  const atHerWork = w1 === '在' && main.tokens.some((t) => t.clause === main.tokens[0].clause && WORKS.has(t.word));
  const introduction = w0 === '本人' || ((w0 === '我' || w0 === '俺') && (w1 === '叫' || w1 === '是' || atHerWork));
  const courtship = COURTED_OR_PARTNER.test(main.text);
  let role = -9;
  // 来信单位：王庄村村委会。, 河口乡派出所转来材料：: the letter's sender or forwarder, named in its header, is no party
  // to what the letter tells (round 58).
  const header = SENDER_HEADER.exec(main.text)?.[0].length ?? 0;
  main.tokens.forEach((t, k) => {
    if (t.sentence !== 0 || t.start < header) return;
    if (PARTY_ROLES_ALL.has(t.word)) role = k;
    if (lx.relationWords.has(t.word)) relation = true;
    // 我是县医院的护士: her own post, the introducing clause's.
    if (introduction && (atWork(main.tokens, k) || t.clause === main.tokens[0].clause)) return;
    // 信访人许某（女）系某物流公司文员, 与被告系同一家医院的同事, 在同一家医院工作: a person's workplace told with her post or
    // her work, whoever she is, not the party of a claim (round 26).
    // Only where a courtship or a (former) partner is told (round 26 review): 系某超市收银员…一个顾客…带着他老婆到超市打了她
    // is a customer's quarrel, the workplace still the claim's.
    if (courtship && lx.counterparties.has(t.word) && postAfter(main.tokens, k)) return;
    if (lx.counterparties.has(t.word) && (!partyLine || (k - role <= 6 && t.clause === main.tokens[Math.max(0, role)].clause)))
      counterparty = true;
  });
  if (counterparty && !relation) return true;
  for (const { a } of fields) {
    const { tokens } = a;
    for (let k = 0; k < tokens.length; k++) {
      if (!lx.claimVerbs.has(tokens[k].word)) continue;
      for (let j = Math.max(0, k - 3); j <= k + 3 && j < tokens.length; j++) {
        if (j !== k && tokens[j].clause === tokens[k].clause && lx.counterparties.has(tokens[j].word)) return true;
      }
    }
  }
  return false;
}

const WORKS = new Set(['做', '当', '上班', '工作', '打工', '干活', '开']);
/** A letter's header naming who sent or forwarded it: a sender's line (来信单位：…) or a forwarding clause up to its colon. */
const SENDER_HEADER =
  /^(?:(?:来信|来函|来文|报送|转办|交办|移送)单位[：:][^。；;，,]*[。；;，,]?|[^。；;，,：:]{0,20}(?:转来|转交|转办|移送|抄送|交办)(?:的)?(?:材料|信件|来信|线索|案件|情况|函)?[：:])/;
/** A courtship or a (former) partner told in the text: what a workplace told with a post may be followed by (round 26). */
const COURTED_OR_PARTNER =
  /追(?!究|讨|偿|缴|回|加|责|诉|债|款|账)|表白|示爱|求爱|喜欢|恋爱|交往|对象|男朋友|女朋友|男友|女友|前夫|前妻|未婚|分手|同居|离婚/;
/** A post or work after the place at k in its clause, 的 or one more word between (医院的同事, 物流公司文员, 电子厂质检员). */
function postAfter(tokens: AnalyzedText['tokens'], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < tokens.length && tokens[j].clause === tokens[k].clause; j++) {
    const w = tokens[j].word;
    if (POSTS.has(w) || (w.length > 1 && w.endsWith('员')) || w === '上班' || w === '工作' || w === '打工') return true;
  }
  return false;
}
const POSTS = new Set([
  '同事', '员工', '职工', '护士', '医生', '导购', '会计', '出纳', '工人', '教师', '老师', '保洁', '厨师', '主管', '店员', '职员',
  '维修工', '普工', '女工', '男工', '技工', '文员', '学生', '学员', '研究生', '本科生',
]); // prettier-ignore
/** 在县城一家超市当收银员, 县医院的护士: the place is where she works or lives (在/住/从 before it in its clause, or 的 after it). */
function atWork(tokens: AnalyzedText['tokens'], k: number): boolean {
  if (tokens[k + 1]?.word === '的' && tokens[k + 1].clause === tokens[k].clause) return true;
  for (let j = k - 1; j >= 0 && tokens[j].clause === tokens[k].clause; j--) if (WORKS_AT.has(tokens[j].word)) return true;
  return false;
}
const WORKS_AT = new Set(['在', '住', '住在', '从', '于']);

/** 丈夫长期家暴，派出所不予立案: the relation and the act in one sentence, no counterparty between them. */
function sameSentenceWithoutCounterparty(relation: TextHit, conflict: TextHit, lx: Lexicon): boolean {
  const { a } = relation;
  if (a !== conflict.a || sentenceOf(a, relation.start) !== sentenceOf(a, conflict.start)) return false;
  const [from, to] = [tokenAt(a, Math.min(relation.start, conflict.start)), tokenAt(a, Math.max(relation.start, conflict.start))];
  for (let k = from; k <= to; k++) if (lx.counterparties.has(a.tokens[k].word)) return false;
  return true;
}

/** A relation owning the thing claimed (我母亲的低保, 丈夫的工资) or in a clause that names an authority or company. */
function besideAClaim(hit: TextHit, lx: Lexicon): boolean {
  const { a } = hit;
  const k = tokenAt(a, hit.start);
  const clause = a.tokens[k].clause;
  const de = a.tokens[k + 1];
  const owned = a.tokens[k + 2];
  if (de?.word === '的' && owned && owned.clause === clause && !lx.persons.has(owned.word)) return true;
  // 其母亲被骗子骗走两万元: the relative is what an outsider's act befell.
  return clauseWords(a, k).some((t) => lx.counterparties.has(t.word)) || outsiderAgent(a, k, lx);
}

/** The parties' roles in a court record, each one word as the segmenter cuts it. */
const PARTY_ROLES_ALL = new Set(['原告', '被告', '被告人', '申请人', '被申请人', '上诉人', '被上诉人', '被害人', '自诉人']);
// Longest first, so that 被告人 is not read as 被告 followed by 人.
const ROLES = `(?:${[...PARTY_ROLES_ALL].sort((x, y) => y.length - x.length).join('|')})`;
const NAMED_PARTIES = new RegExp(`${ROLES}[^，,。；;]{0,10}?(?:与|和|同)${ROLES}[^，,。；;]{0,10}?(?:系|是|为)`, 'y');
const KIN_OF_PARTY = new RegExp(
  `${ROLES}[^，,。；;]{0,10}?系(其|原告|被告|申请人|被申请人)之?(?:长|次|三|小|大|二|独|亲)?(子|女|父|母|夫|妻|兄|弟|姐|妹)`,
  'g',
);
// 原告沙某（女）与被告俞某…同居, 原告邓某琴与被告…结婚: the plaintiff's given name and a bracketed description (her sex,
// age) may stand before 与被告 (round 23).
// 申请人与被申请人2022年起同居 (round 55): an application's parties, in their own clause, not denied (从未同居, 未再共同生活) nor
// sharing a room (同居一室) (round 55 review).
// A party's name as a filing gives it (邓某琴, 诸葛某某) and a bracketed description after it (（女）, （65岁）); the plaintiff
// (or the teller) with the defendant: 原告邓某琴（女）与被告, 我和被告 (rounds 23, 24, 65).
const PARTY_NAME = String.raw`(?:[\u4e00-\u9fff]{1,2}某{1,2}[\u4e00-\u9fff]?)?`;
const PARTY_DESCRIPTION = String.raw`(?:[（(][^（()）。，,；;]{1,12}[）)])?`;
const PLAINTIFF_WITH_DEFENDANT = `(?:我|原告${PARTY_NAME}${PARTY_DESCRIPTION})(?:与|和|同)被告`;
const PARTIES_MARRIED = new RegExp(
  `(?:${PLAINTIFF_WITH_DEFENDANT}[^。；;]{0,30}?|申请人${PARTY_NAME}${PARTY_DESCRIPTION}(?:与|和|同)被申请人(?:(?!未|没|不|无|非|再)[^，,。；;]){0,16}?|(?:原、被告|原被告|双方)[^。；;]{0,12}?以(?:伴侣|恋人|男女朋友)(?:关系|名义)?)(登记结婚|结婚|结的婚|结了婚|领的证|同居|共同生活)(?!一室|一屋|一间|一处|一宿舍|一寝室)`,
  'y',
);
/** 原告与被告2023年在民政局离的婚: the two parties divorced each other, told in one clause (round 65 review: not 原告与被告系同学，原告离了婚后…). */
const PARTIES_DIVORCED = new RegExp(`${PLAINTIFF_WITH_DEFENDANT}${PARTY_NAME}(?:(?!系|是)[^，,。；;]){0,16}?(离的婚|离了婚)`, 'y');
// 原告诸葛某某（女）与被告申某于2023年…认识并恋爱: the parties' courtship told as a filing tells a marriage (round 24); nothing
// of another's stands between (原告与被告之女恋爱, 原告与被告的儿子谈恋爱: the defendant's child is the other side), and a
// filing that names a marriage (婚: 相识恋爱…到民政局登记) is read by the marriage's phrases, not this one. A comma is
// crossed only into what followed soon after (…通过交友软件结识，不久便确定恋爱关系, round 32). Not where the
// courtship is told of another or as a rumour (被告散布原告恋爱经历, 捏造原告与他人恋爱), nor 恋爱 as a trade's object
// (原告与被告签订恋爱咨询服务合同, 恋爱交友网站): a defamation, service or loan suit between strangers (round 24 review).
const PARTIES_COURTING = new RegExp(
  `${PLAINTIFF_WITH_DEFENDANT}(?:(?![的之]|[，,](?!不久|随后|很快|后来|之后|便|并|[一两三四五六七八九十半几]+个?(?:月|年)后)|散布|编造|捏造|造谣|诋毁|诽谤|谣言|他人|别人|第三人|签订|签署|购买)[^。；;]){0,30}?(谈恋爱|恋爱|相恋)(?!咨询|服务|培训|课程|挽回|指导|辅导|顾问|导师|合同|协议|交友|平台|网站|软件|APP|app|综艺|节目|公司|机构|技巧|话术|经历|丑闻|传闻|绯闻)`,
  'y',
);
const PARTY_OPENERS = new Set([...PARTY_ROLES_ALL, '我', '原', '原被告', '双方', '两人', '二人', '两', '二']);
const BOTH_OPENERS = new Set(['原', '原被告', '双方']);
const PARTIES_WED_STATE = /(?:原、被告|原被告|双方)(?:于[^，,。；;]{0,10}?)?(婚后|婚前|婚姻存续期间|离婚后)/y;
/** 原告卓某（女）与被告宫某婚后: the named pair's marriage told as a time of their lives (round 65); a name holds 某 (not 某银行). */
const PAIR_WED_STATE = new RegExp(`原告${PARTY_NAME}${PARTY_DESCRIPTION}(?:与|和)被告${PARTY_NAME}(婚后|婚前|婚姻存续期间|离婚后)`, 'y');
/** The words of the text that cover [from, to): a hit found by a pattern may start inside a word (谈恋爱). */
function hitOnWords(field: TextField, a: AnalyzedText, from: number, to: number): TextHit {
  const first = a.tokens.findIndex((t) => t.end > from);
  const last = a.tokens.findLastIndex((t) => t.start < to);
  const start = a.tokens[first].start;
  const end = a.tokens[last].end;
  return { field, a, term: a.text.slice(start, end), start, end };
}
/** 与申请人同居一年多, 与原告结婚, 与申请人曾同居两年 (round 53): the party described as living with, married to or courting the other. */
const DESCRIBED_TIES: Partial<Record<string, RelationKind>> = { 同居: 'partner', 结婚: 'spouse', 恋爱: 'partner' };
const COUPLE_OPENERS = new Set(['原', '原被告', '双方', '两人', '二人', '两', '二']);
/** What tells two who live together a couple (round 65 review): unwed or courting, and no other tie between them. */
const UNWED_OR_COURTING = /没领证|未领证|没有领证|没登记|未登记|未办理结婚登记|对象|恋爱|情侣|男女朋友|恋人/;
const NON_COUPLE_TIE = /工友|同事|战友|室友|同学|老乡|合伙|打工|工棚|宿舍|邻居|租客|房东/;
// 二人2012年成家: 成家 is a marriage as a filing's everyday words tell it (round 64).
const SPOUSE_EVENTS = new Set(['领证', '登记结婚', '结婚', '办了结婚证', '成家', '成了家', '成的家']);
/**
 * 两人2019年领证, 原、被告2023年开始恋爱, 二人很快成为情侣, 两人谈起了朋友: the two parties became a couple; also after their
 * meeting told first (原、被告于2023年在网吧认识，2024年初开始同居) or an introduction (二人2022年经朋友撮合开始交往), round
 * 53. What stands between (a time) names no one else and nothing of theirs (是在朋友的结婚宴上认识的, 约定在原告结婚前还款:
 * another's wedding, one party's), and 同居 is no shared room (同居一室, 系室友).
 */
const PARTIES_COUPLED =
  /(?:原、被告|原被告|双方|两人|二人)(?:于|自|从|在)?(?:(?:(?:(?![原被]告|申请人|他人|别人|的)[^，,。；;]){0,14}?(?:认识|相识|结识)后?[，,]|[^，,。；;]{0,8}?经(?:朋友|亲戚|同事|同学|熟人|亲友|媒人|家人)?(?:介绍|撮合|牵线)(?:认识|相识)?(?:后|并)?)(?:(?![原被]告|申请人|朋友|同学|同事|他人|别人|的|约定|借|其|各|均|都|他们|她们|分别|一起|合伙|未|没|不|否认|女友|男友|前妻|前夫|某|伴郎|伴娘|介绍|撮合|牵线)[^，,。；;]){0,12}?|(?:(?![原被]告|申请人|朋友|同学|同事|他人|别人|的|约定|借)[^，,。；;]){0,12}?)(领证|登记结婚|结婚|办了结婚证|成家(?!立业)|成了家|成的家|住在一起|住到一起|处了对象|处起了对象|确立了?恋爱关系|确定了?恋爱关系|开始恋爱|谈恋爱|恋爱|相恋|开始交往|同居|(?:成为|成了|做了)(?:情侣|恋人|男女朋友)|谈起了?(?:恋爱|(?:朋友|对象)(?=$|[，,。；;]|来|关系)))(?!宴|典礼|酒|喜|一室|一屋|一间|一处|一套|一个|一宿舍|一寝室|一单元|于|住|旅行社|交友|服务)/y;
/**
 * A party's label and description, ending in the other party's kin word: 被告：武长林，男，1962年生，原告之公公. The
 * description is the party's own: it stops where another person is introduced (其法定代理人丙某，系被告父亲: the
 * guardian's tie), and the kin word is of the other party (1: whose kin; 2: a tie; 3: a kin word).
 */
const PARTY_DESCRIBED = new RegExp(
  `${ROLES}[一二三]?(?:[：:（(]|(?=[\u4e00-\u9fff]{1,4}[，,（(])|(?=[\u4e00-\u9fff]{1,3}(?:系|是)[她他]))(?:(?!代理人|监护人|委托|其[父母夫妻子女兄弟姐妹])[^。；;：:]){0,40}?(?:系|是|为)?(原告|被告|申请人|被申请人|自诉人|(?<=系|是|为)[她他])(?:[\u4e00-\u9fff]{1,2}某{1,2})?(?:之|的)?(?:(?:已故|去世的|过世的|病故的|亡故的)(?=丈夫的|妻子的))?(?:丈夫的|妻子的)?(?:(?:曾经?|已经?|一直)?(同居|结婚|恋爱)(?=[，,。；;）)]|$|过|了|未果|多年|至|(?:近|将近|约|快|有|长达)?[一二三四五六七八九十两半几0-9]+(?:年|个月|月))|([\u4e00-\u9fff]{1,4}?)(?=[，,。；;）)]|$))`,
  'y',
);
/**
 * 被告龙德贵系原告之公公: a party named and described as the other's kin in one run, with no identity line (round 43); the
 * other party may be named too (原告邹某是被告汤某的儿媳, round 56), and a bracket may stand after the first name (原告茅某（65岁）
 * 系被告程某的老丈人, round 57).
 */
const PARTY_NAMED_AS_KIN = new RegExp(
  `${ROLES}[\u4e00-\u9fff]{1,3}?(?:[（(][^（()）。，,；;]{1,12}[）)])?(?:系|是)(原告|被告|申请人|被申请人)(?:[\u4e00-\u9fff]{1,2}某{1,2})?(?:之|的)?(?:(同居|结婚)|([\u4e00-\u9fff]{1,3}?)(?=[，,。；;）)]|$))`,
  'y',
);
/**
 * 被告孔某，1981年出生，男，系邓某琴的丈夫: the same with the other party named by name after 系/是/为 (the name one a
 * party role introduces elsewhere in the text: 原告邓某琴) (round 13), or as an item of the identity line (…，1983年生，冯某霞之夫,
 * round 32).
 */
const PARTY_DESCRIBED_BY_NAME = new RegExp(
  `${ROLES}[一二三]?(?:[：:（(]|(?=[\u4e00-\u9fff]{1,4}[，,]))(?:(?!代理人|监护人|委托|其[父母夫妻子女兄弟姐妹])[^。；;：:]){0,40}?(?:系|是|为|(?<=[，,]))([\u4e00-\u9fff]{1,2}某{1,2}[\u4e00-\u9fff]?)(?:之|的)([\u4e00-\u9fff]{1,3}?)(?=[，,。；;）)]|$)`,
  'y',
);
const PARTY_LABEL = /(?:原告|被告|申请人|自诉人)[一二三]?(?:[：:（(]|[\u4e00-\u9fff]{1,4}[，,（(])/;
function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  // A global pattern (KIN_OF_PARTY) searches on from `at`: its first match at or after a later offset of the same text
  // is the one a search from an earlier offset found, when that match starts there or after (no match starts between),
  // and there is none if that search found none. The words of a record are read in order: one search per text mostly.
  if (re.global) {
    const last = lastSearch.get(re);
    if (last && last.text === text && at >= last.at && (!last.found || last.found.index >= at)) return last.found;
    re.lastIndex = at;
    const found = re.exec(text);
    lastSearch.set(re, { text, at, found });
    return found;
  }
  re.lastIndex = at;
  return re.exec(text);
}
/** Each global pattern's last search by `stickyAt`: the text, the offset it searched from and what it found. */
const lastSearch = new Map<RegExp, { text: string; at: number; found: RegExpExecArray | null }>();
const BOTH_PARTIES = ['原、被告', '原被告', '双方', '二人', '两人', '原告与被告', '原告和被告', '申请人与被申请人', '上诉人与被上诉人'];
/** Words of a time that may stand between the parties and 系 (双方2022年至2024年系恋人, round 65). */
const PARTY_TIME = /^(?:[0-9０-９]+|[0-9]+年|年|[0-9]+月|月|至|到|起|曾|曾经|一直|期间|之间)$/;
/** The last word of each of `BOTH_PARTIES` as the segmenter cuts it: only after one of them is the phrase read. */
const PARTY_ENDS = new Set(['被告', '告', '双方', '二人', '两人', '人', '被申请人', '被上诉人', '原被告']);
/** What stands before the second party in 原告系被告之父 or 申请人（被申请人之女. */
const ROLE_LEADS = new Set(['系', '是', '为', '(', '（']);
const PARTY_ROLES = new Set(['原告', '被告', '申请人', '被申请人', '上诉人', '被上诉人', '第三人']);
const KIN_AFTER_ZHI: Record<string, RelationKind> = {
  父: 'parent_child', 母: 'parent_child', 子: 'parent_child', 女: 'parent_child',
  妻: 'spouse', 夫: 'spouse', 兄: 'sibling', 弟: 'sibling', 姐: 'sibling', 妹: 'sibling',
  媳: 'in_law', 婿: 'in_law',
}; // prettier-ignore

/** 原告与被告是拜把子兄弟, 结拜姐妹: sworn, no kin; the parties are no relation (round 50). */
function swornAway(parties: { kind: RelationKind; hit: TextHit } | undefined): { kind: RelationKind; hit: TextHit } | undefined {
  if (!parties) return undefined;
  const { a, start } = parties.hit;
  const k = tokenAt(a, start);
  return SWORN.has(a.tokens[k - 1]?.word ?? '') ? undefined : parties;
}
const SWORN = new Set(['拜把子', '拜把', '把', '结拜', '结义', '义', '干']);
/**
 * The record says its two parties are relatives: 原、被告系兄弟, 双方系姐妹 (both parties, 系/是/为,
 * a relation word), or 原告系被告之父, 申请人（被申请人之女 (a party role, 之, a kin character).
 */
function partiesRelation(fields: AnalyzedField[], lx: Lexicon): { kind: RelationKind; hit: TextHit } | undefined {
  for (const { field, a } of fields) {
    const { tokens } = a;
    // Only where a party is named (原告, 被申请人, 我, 双方…), and the text holds the phrase's key word
    // (系, 是, 为; 结婚, 同居), are the phrases below read: most texts hold none.
    const xi = a.text.includes('系');
    const stated = xi || a.text.includes('是') || a.text.includes('为');
    const married = /结婚|结的婚|结了婚|领的证|离的婚|离了婚|成家|成了家|成的家|同居|共同生活|住在一起|处了对象|处对象/.test(a.text);
    const wedState = a.text.includes('婚');
    const courted =
      married ||
      wedState ||
      a.text.includes('领证') ||
      a.text.includes('恋') ||
      a.text.includes('交往') ||
      a.text.includes('情侣') ||
      a.text.includes('男女朋友') ||
      a.text.includes('谈起');
    for (let p = 0; (stated || courted || PARTY_LABEL.test(a.text)) && p < tokens.length; p++) {
      const opener = tokens[p].word;
      if (!PARTY_OPENERS.has(opener)) continue;
      const at = tokens[p].start;
      const role = PARTY_ROLES_ALL.has(opener);
      // 原告岳某与被告卓某系夫妻, 申请人陶某（78岁）与被申请人陶某强系父子: each party named, then the relation.
      const named = role && stated ? stickyAt(NAMED_PARTIES, a.text, at) : null;
      if (named) {
        const k = tokenAt(a, at + named[0].length);
        for (let i = k; k >= 0 && i <= k + 2 && i < tokens.length && tokens[i].clause === tokens[k].clause; i++) {
          const kind = relationKindOf(tokens[i].word, lx);
          if (kind) return { kind, hit: { field, a, term: tokens[i].word, start: tokens[i].start, end: tokens[i].end } };
        }
      }
      // 我与被告于2010年…结婚, 原告与被告…登记结婚: the parties married each other (or lived together).
      // 原告与被告2023年在民政局离的婚: former spouses (round 65).
      const divorced = married ? stickyAt(PARTIES_DIVORCED, a.text, at) : null;
      if (divorced) {
        const from = at + divorced[0].length - divorced[1].length;
        return { kind: 'ex_spouse', hit: hitOnWords(field, a, from, from + divorced[1].length) };
      }
      const wed = married ? stickyAt(PARTIES_MARRIED, a.text, at) : null;
      if (wed) {
        // 我和被告韦某是在东莞打工时认识的，2015年结的婚: 结的婚, 结了婚, 领的证 as a teller says it (round 32).
        const kind: RelationKind = /^(结|登记结|领)/.test(wed[1]) ? 'spouse' : 'partner';
        const from = at + wed[0].length - wed[1].length;
        // 原告顾某与被告孔某于2021年起同居: the word may be cut with what stands before it (起同居); the hit is on words.
        return { kind, hit: hitOnWords(field, a, from, from + wed[1].length) };
      }
      const courting = !wedState && a.text.includes('恋') ? stickyAt(PARTIES_COURTING, a.text, at) : null;
      if (courting) {
        const from = at + courting[0].length - courting[1].length;
        return { kind: 'partner', hit: hitOnWords(field, a, from, from + courting[1].length) };
      }
      // 原、被告婚后共同买房, 双方离婚后: the parties' marriage named as a time of their lives makes them spouses (or exes).
      const state = !wedState
        ? null
        : BOTH_OPENERS.has(opener)
          ? stickyAt(PARTIES_WED_STATE, a.text, at)
          : opener === '原告'
            ? stickyAt(PAIR_WED_STATE, a.text, at)
            : null;
      if (state) {
        const from = at + state[0].length - state[1].length;
        return {
          kind: state[1] === '离婚后' ? 'ex_spouse' : 'spouse',
          // 被告任某离婚后 may be cut 任某离/婚后: the hit is on words.
          hit: hitOnWords(field, a, from, from + state[1].length),
        };
      }
      // 两人2019年领证, 原、被告2023年开始恋爱: the two parties became a couple (spouses, or partners).
      // 被告与其女友两人于2022年认识: 两人 right after someone's partner or fellow is that pair, not the parties (round 53 review).
      const opensPair =
        !/^[两二]/.test(opener) || !/(?:女友|男友|朋友|妻子|丈夫|老婆|老公|前妻|前夫|对象|同事|同学)$/.test(a.text.slice(0, at));
      const coupled = courted && COUPLE_OPENERS.has(opener) && opensPair ? stickyAt(PARTIES_COUPLED, a.text, at) : null;
      // 两人2021年起住在一起，没领证: living together makes a couple only where the text tells them unwed or courting and names
      // no other tie (工友, 战友, 室友; a neighbour couple's household) (round 65 review).
      const livingOnly = !!coupled && /^住/.test(coupled[1]) && (!UNWED_OR_COURTING.test(a.text) || NON_COUPLE_TIE.test(a.text));
      if (coupled && !livingOnly) {
        // 2017年开始恋爱，2018年结婚: a marriage told after the courtship in its sentence makes them spouses (round 53 review).
        const rest = a.text.slice(at + coupled[0].length).split(/[。；;！!？?]/)[0];
        const kind: RelationKind =
          SPOUSE_EVENTS.has(coupled[1]) || /(?<![未没不离])(?:登记结婚|结婚|领证|领了证)(?![的宴典酒喜])/.test(rest) ? 'spouse' : 'partner';
        return { kind, hit: hitOnWords(field, a, at + coupled[0].length - coupled[1].length, at + coupled[0].length) };
      }
      // 被申请人：蒋涛，男，1993年生，系申请人丈夫; 被告：武长林，男，1962年生，原告之公公: a party described as the other's kin.
      const described = role ? (stickyAt(PARTY_DESCRIBED, a.text, at) ?? stickyAt(PARTY_NAMED_AS_KIN, a.text, at)) : null;
      const describedWord = described && described[1] !== opener ? (described[2] ?? described[3]) : undefined;
      // 原告之夫, 原告之妻: a kin character after 之 as the identity lines write it.
      const describedKind =
        describedWord &&
        (DESCRIBED_TIES[describedWord] ??
          relationKindOf(describedWord, lx) ??
          (describedWord.length === 1 && !!described && described[0].endsWith(`之${describedWord}`)
            ? KIN_AFTER_ZHI[describedWord]
            : undefined));
      // 系原告丈夫的弟弟: a spouse's kin is kin; a spouse's lover or former spouse (系原告丈夫的情人, 前妻) is no relation of the
      // other party's own (review of round 20).
      const spouses = !!described && !!describedWord && ['丈夫的', '妻子的'].some((s) => described[0].endsWith(s + describedWord));
      const kinOfSpouse = !spouses || describedKind === 'sibling' || describedKind === 'parent_child' || describedKind === 'in_law';
      if (described && describedWord && describedKind && kinOfSpouse) {
        return {
          kind: describedKind,
          hit: hitOnWords(field, a, at + described[0].length - describedWord.length, at + described[0].length),
        };
      }
      // 被告孔某…，系邓某琴的丈夫: a party described as the kin of the other party named by name (round 13).
      const byName = role && (stated || a.text.includes('之')) ? stickyAt(PARTY_DESCRIBED_BY_NAME, a.text, at) : null;
      if (byName) {
        const [whole, name, word] = byName;
        const kindByName = relationKindOf(word, lx) ?? (word.length === 1 && whole.endsWith(`之${word}`) ? KIN_AFTER_ZHI[word] : undefined);
        // 原告邓某琴, or the identity line 申请人：苏某玲 (round 15: the colon of a petition's heading).
        const otherParty = [...PARTY_ROLES_ALL].some(
          (r) => r !== opener && (a.text.includes(r + name) || a.text.includes(r + '：' + name) || a.text.includes(r + ':' + name)),
        );
        if (kindByName && otherParty)
          return { kind: kindByName, hit: hitOnWords(field, a, at + whole.length - word.length, at + whole.length) };
      }
      // 被申请人系其次子, 被告系原告之兄: one party is the other's kin.
      const kin = role && xi ? stickyAt(KIN_OF_PARTY, a.text, at) : null;
      const kinKind = kin && KIN_AFTER_ZHI[kin[2]];
      if (kin && kinKind) return { kind: kinKind, hit: { field, a, term: kin[0], start: at, end: at + kin[0].length } };
    }
    for (let k = 0; k < tokens.length; k++) {
      const w = tokens[k].word;
      const tieWord = w === '系' || w === '是' || w === '为';
      // 双方2022年至2024年系恋人: a time told between the parties and 系 (round 65).
      let e = k - 1;
      if (tieWord) while (e > 0 && e >= k - 6 && tokens[e].clause === tokens[k].clause && PARTY_TIME.test(tokens[e].word)) e--;
      if (tieWord && k > 0 && PARTY_ENDS.has(tokens[e].word)) {
        let before = '';
        for (let j = e; j >= 0 && j >= e - 5 && tokens[j].clause === tokens[k].clause; j--) before = tokens[j].word + before;
        if (!BOTH_PARTIES.some((b) => before.endsWith(b))) continue;
        for (let i = k + 1; i <= k + 3 && i < tokens.length && tokens[i].clause === tokens[k].clause; i++) {
          const kind = relationKindOf(tokens[i].word, lx);
          if (kind) return { kind, hit: { field, a, term: tokens[i].word, start: tokens[i].start, end: tokens[i].end } };
        }
      } else if (w === '之' && k > 1 && PARTY_ROLES.has(tokens[k - 1].word) && ROLE_LEADS.has(tokens[k - 2].word) && tokens[k + 1]) {
        const kin = tokens[k + 1].word;
        const kind = KIN_AFTER_ZHI[kin[0]];
        if (kind && kin.length <= 2) return { kind, hit: { field, a, term: kin, start: tokens[k - 1].start, end: tokens[k + 1].end } };
      } else if (w === '的' && k > 1 && PARTY_ROLES.has(tokens[k - 1].word) && ROLE_LEADS.has(tokens[k - 2].word) && tokens[k + 1]) {
        // 申请人系被申请人的奶奶: the same with 的 and a relation word.
        const kind = relationKindOf(tokens[k + 1].word, lx);
        if (kind) return { kind, hit: { field, a, term: tokens[k + 1].word, start: tokens[k - 1].start, end: tokens[k + 1].end } };
      }
    }
  }
  return undefined;
}
function relationKindOf(word: string, lx: Lexicon): RelationKind | undefined {
  for (const [kind, words] of [...lx.relations.strong, ...lx.relations.weak]) if (words.includes(word)) return kind;
  // 同胞兄弟, 亲姐妹: a relation word at the end of a longer word.
  for (const [kind, words] of lx.relations.strong) if (words.some((r) => r.length > 1 && word.endsWith(r))) return kind;
  return undefined;
}

/** A filing or a request between the parties (请求判令, 诉称, 起诉): the lawsuit is their dispute. */
function claimBetweenParties(fields: AnalyzedField[]): boolean {
  return fields.some(({ a }) => a.tokens.some((t) => CLAIM_WORDS.has(t.word)));
}
const CLAIM_WORDS = new Set(['诉称', '请求', '起诉', '诉至', '诉请', '判令', '要求']);

/**
 * The relative is a named party of the act or quarrel in its clause: after 与/和/跟/同 (她跟公公…吵),
 * after 把/将/被 (把婆婆推倒, 被丈夫打), or before 把/将 (公公把她推倒). Not a relation merely beside the
 * act (邻居夫妻天天吵架影响休息: the couple's noise is the neighbours' complaint).
 */
function directParty(relation: TextHit, conflict: TextHit, lx: Lexicon): boolean {
  const { a } = relation;
  if (a !== conflict.a) return false;
  const r = tokenAt(a, relation.start);
  if (a.tokens[r].clause !== a.tokens[tokenAt(a, conflict.start)].clause) return false;
  const before = a.tokens[r - 1]?.word ?? '';
  const after = a.tokens[r + 1]?.word ?? '';
  // 嫂子和小叔子扭打起来: two relatives joined by 和 are the act's two parties.
  const kinAfter = COMPANIONS.has(after) && lx.relationWords.has(a.tokens[r + 2]?.word ?? '');
  // 兄弟俩为分宅基地打了起来: the word names both parties of the act.
  if (relation.term.endsWith('俩') && relation.start < conflict.start) return true;
  // The act's agent no outsider named before it in its sentence (邻居朝母亲打去, 摊主冲着母亲砸, 牌友推倒了母亲: round 58 review).
  const k = tokenAt(a, conflict.start);
  if (actLandsOn(relation, conflict, before) && !outsiderAgent(a, k, lx) && !outsiderEarlierInSentence(a, k, lx)) return true;
  // 老太太被她儿子推倒, 被他儿子锁在偏房里: the relative after 被 and its owner's pronoun is the agent of a blow or a
  // confinement told right after it (round 58); not of a thing taken (她家钥匙被她儿子拿走了), not 被她儿子带去打疫苗, not
  // denied (没有被他儿子打), not where an outsider's role before it may own the pronoun (债主刘某…王某的母亲被他儿子推倒)
  // (round 58 review).
  if (
    OWNER_PRONOUNS.has(before) &&
    a.tokens[r - 2]?.word === '被' &&
    relation.start < conflict.start &&
    k - r <= 2 &&
    (BLOW_OR_SCOLD.test(conflict.term) || /锁|关/.test(conflict.term)) &&
    !NEGATIONS.has(a.tokens[r - 3]?.word ?? '') &&
    !outsiderRoleEarlier(a, r, lx)
  )
    return true;
  return COMPANIONS.has(before) || OBJECT_MARKERS.has(before) || before === '被' || OBJECT_MARKERS.has(after) || kinAfter;
}
/** The relation word `term` said again in the conflict's clause as a direct party of it (`directParty`), if it is. */
function sameWordAt(conflict: TextHit, term: string, lx: Lexicon): TextHit | undefined {
  const { a } = conflict;
  const clause = a.tokens[tokenAt(a, conflict.start)].clause;
  for (const t of a.tokens) {
    if (t.clause !== clause || t.word !== term) continue;
    const hit: TextHit = { field: conflict.field, a, term, start: t.start, end: t.start + term.length };
    // Not 威胁我和儿子: a relative joined to the teller after the act is what it was done to with her, no side of it.
    const before = a.tokens[tokenAt(a, t.start) - 1]?.word ?? '';
    if (COMPANIONS.has(before) && t.start > conflict.start) continue;
    if (directParty(hit, conflict, lx)) return hit;
  }
  return undefined;
}
/**
 * 朝母亲打去, 向妻子挥拳: the act aimed at the relative; 打骂老母亲, 推倒了母亲: the relative the act's object (round 58).
 * `before`: the word before the relation word, in its clause.
 */
function actLandsOn(relation: TextHit, conflict: TextHit, before: string): boolean {
  if (relation.start < conflict.start) return TOWARD_ONLY.has(before);
  return (
    conflict.end <= relation.start && BLOW_OR_SCOLD.test(conflict.term) && /^了?$/.test(relation.a.text.slice(conflict.end, relation.start))
  );
}
/** A parent's words: 老人 after one of them, told acted on, is that parent. */
const PARENTS = new Set(['母亲', '父亲', '老母亲', '老父亲', '老娘', '老爹', '妈', '爸', '娘', '爹', '妈妈', '爸爸', '父母']);
const ELDERS = new Set(['老人', '老人家', '老太太', '老太', '老头', '老汉', '老两口']);
/**
 * An act in the parent's sentence or the two after it that lands on an old person (打老人, 对老人动手, 朝老人砸去), done by no
 * outsider: the parent named is the one acted on.
 */
function actOnElder(parent: TextHit, rules: RiskRules, lx: Lexicon): TextHit | undefined {
  const { a } = parent;
  const from = sentenceOf(a, parent.start);
  return allOccurrences([{ field: parent.field, a }], lx.conflict, rules, NO_OPTIONS, (f, b, m) => {
    const k = tokenAt(b, m.start);
    const s = b.tokens[k].sentence;
    if (m.start < parent.end || s - from > 2) return false;
    const hit: TextHit = { field: f, a: b, term: m.text, start: m.start, end: m.end };
    const landed = b.tokens.some(
      (t, i) =>
        ELDERS.has(t.word) &&
        t.clause === b.tokens[k].clause &&
        actLandsOn({ field: f, a: b, term: t.word, start: t.start, end: t.start + t.word.length }, hit, b.tokens[i - 1]?.word ?? ''),
    );
    return (
      landed &&
      !outsiderAgent(b, k, lx) &&
      !mutualWithOutsider(hit, lx) &&
      !outsiderEarlierInSentence(b, k, lx) &&
      !unknownNameEarlier(b, k, lx)
    );
  })[0];
}
/**
 * 村里的王某…打老人, 对面楼的王某拿着扫把打老人: a name before word k in its sentence that the text neither introduces with a
 * kin word (大儿子龚某) nor tells living with a relative (孔某与母亲同住) may be anyone's (round 58 review).
 */
function unknownNameEarlier(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === tokens[k].sentence; j--) {
    const key = nameKeyAt(tokens, j);
    if (key && !kinNameAt(a, j, lx) && !livingWithKin(a, lx).has(key)) return true;
  }
  return false;
}
/**
 * The names the text tells living with a relative of their own (`livesWithKin`) or owning one by 其 later in their sentence
 * (居民贾某（男，45岁）因其母亲不同意…), read once per text.
 */
function livingWithKin(a: AnalyzedText, lx: Lexicon): Set<string> {
  let names = livingWithKinSets.get(a);
  if (!names) {
    names = new Set();
    const { tokens } = a;
    for (let k = 1; k < tokens.length; k++) {
      const key = nameKeyAt(tokens, k);
      if (!key) continue;
      if (livesWithKin(tokens, k, lx)) names.add(key);
      for (let j = k + 1; j < tokens.length && tokens[j].sentence === tokens[k].sentence; j++) {
        if (j > k + 1 && nameKeyAt(tokens, j)) break;
        if (tokens[j].word === '其' && kinWord(tokens[j + 1]?.word ?? '', lx)) {
          names.add(key);
          break;
        }
      }
    }
    livingWithKinSets.set(a, names);
  }
  return names;
}
const livingWithKinSets = new TextMemo<Set<string>>();
const NEGATIONS = new Set(['没', '没有', '未', '并未', '不是', '并没有', '从没', '从没有']);
/** Word j is an outsider's role (护工, 债主, 同村村民), a name the text gives an outsider, or a stranger. */
const outsiderAt = (a: AnalyzedText, j: number, lx: Lexicon): boolean =>
  personOutsider(a.tokens[j].word, lx) || outsiderNameAt(a, j, lx) || strangerAt(a, j, lx);
/** An outsider (`outsiderAt`) before word k in its sentence (not a place word: 邻居家老汉 is a household). */
function outsiderRoleEarlier(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === tokens[k].sentence; j--) if (outsiderAt(a, j, lx)) return true;
  return false;
}
/** 护工嫌她事多，动手打老人; 邻居跟老人吵，推了老人一把: an outsider named before word k in its sentence may be its agent. */
function outsiderEarlierInSentence(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const known = livingWithKin(a, lx);
  for (let j = k - 1; j >= 0 && tokens[j].sentence === tokens[k].sentence; j--) {
    const w = tokens[j].word;
    // 居民贾某…因其母亲…朝母亲打去: the name owning the relative, and the role that introduces it, are that relative's kin.
    const key = nameKeyAt(tokens, j) ?? nameKeyAt(tokens, j + 2) ?? nameKeyAt(tokens, j + 1);
    if (key && known.has(key)) continue;
    if (lx.foreign.has(w) || outsiderAt(a, j, lx)) return true;
  }
  return false;
}
/** Toward someone, not for or to them (给, 对 left out: 给妈打电话, 对老婆说). */
const TOWARD_ONLY = new Set(['朝', '向', '冲', '朝着', '冲着', '照着']);
const BLOW_OR_SCOLD = /打|殴|推|踢|踹|揍|捶|砍|捅|掐|扇|抽|拽|揪|扯|咬|砸|泼|骂/;

/** The first matter of family law named, and the relation it is between. */
function familyMatterOf(fields: AnalyzedField[], rules: RiskRules): { kind: RelationKind; hit: TextHit; estate?: true } | undefined {
  let best: { kind: RelationKind; hit: TextHit; estate?: true } | undefined;
  for (const [kind, terms] of Object.entries(rules.familyMatters) as [RelationKind, string[]][]) {
    const hit = firstHit(fields, terms, rules, { topic: true });
    if (hit && (!best || hit.start < best.hit.start)) best = { kind, hit };
  }
  if (!best) {
    const estate = contestedEstate(fields, rules);
    if (estate) best = { kind: 'sibling', hit: estate, estate: true };
  }
  return best;
}

/**
 * 父母留下一套房子，弟弟说该归他，我和妹妹都不同意; 被告一直占用房产并拒绝协商分配，请求依法继承: an estate (`estates.terms`) with
 * its contest told anywhere in the record, and no stranger's part in it (a housekeeper's wages, a bequest to a carer), is a
 * matter between the heirs, who are kin (round 36).
 */
function contestedEstate(fields: AnalyzedField[], rules: RiskRules): TextHit | undefined {
  const estates = rules.estates;
  if (!estates) return undefined;
  // The evidence: in the first field that names an estate, the rules' first estate word there (遗产 before 遗嘱: 未立遗嘱
  // says there was no will, the estate is the matter).
  let hit: TextHit | undefined;
  for (const { field, a } of fields) {
    const term = estates.terms.find((t) => a.text.includes(t));
    if (!term) continue;
    const start = a.text.indexOf(term);
    hit = { field, a, term, start, end: start + term.length };
    break;
  }
  if (!hit) return undefined;
  const told = (words: string[]) => fields.some(({ a }) => words.some((w) => a.text.includes(w)));
  return told(estates.contested) && !told(estates.strangers) ? hit : undefined;
}

/**
 * 他又喝多了回来砸东西，我跟他吵: a caller who tells of 我 and 他, names no one else — no kin word, no
 * outsider, no other person — and tells of a home they share (回家, 家里, 又, 老是: what he does there again
 * and again) is calling about the man she lives with: the couple of the call. A stranger, a debtor or a
 * driver is 他 too (我在路上走，他冲过来打我; 我借给他钱; 被他追尾): a call that tells of the street, a loan or
 * a car, says she does not know him or that she met him for a drink (我和他喝酒), is not read so. Without a home told
 * and without those, 他 is only a weak anchor: the learned judgement may call it a couple, the rules do not.
 */
function callerAndHim(fields: AnalyzedField[], lx: Lexicon): { kind: RelationKind; hit: TextHit; home: boolean } | undefined {
  const main = fields.find((f) => f.field === 'main');
  if (!main) return undefined;
  const { tokens } = main.a;
  let him = -1;
  let me = false;
  let home = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].word;
    if (w === '他') him = him < 0 ? i : him;
    else if (w === '我' || w === '俺') me = true;
    // The people of the call itself — the police asked to come, the caller as the operator writes (来电人) — are no third person.
    else if (CALL_PEOPLE.has(w) || (w === '人' && CALL_WORDS.has(tokens[i - 1]?.word ?? ''))) continue;
    else if (kinWord(w, lx) || outsiderPerson(w, lx) || w === '他们' || w === '她') return undefined;
    else if (NOT_HOME.has(w) || NOT_HOME_PARTS.some((p) => w.includes(p))) return undefined;
    // 不/认识: she does not know him; 我和他喝酒: they met for a drink or a meal, as friends do.
    else if (w === '认识' && tokens[i - 1]?.word === '不') return undefined;
    else if (OUTINGS.has(w) && metHim(tokens, i)) return undefined;
    else if (HOME.has(w)) home = true;
  }
  if (him < 0 || !me) return undefined;
  const t = tokens[him];
  return { kind: 'spouse', hit: { field: main.field, a: main.a, term: t.word, start: t.start, end: t.end }, home };
}
const CALL_PEOPLE = new Set(['民警', '警察', '警官', '辅警', '派出所', '公安', '110', '报警人', '来电人', '求助人', '接警员']);
const CALL_WORDS = new Set(['来电', '报警', '求助']);
/** A shared home or a habit of the man she lives with (回家, 家里, 又, 老是). */
const HOME = new Set([
  '回家', '回来', '家里', '在家', '家', '我们家', '俺家', '屋里', '一起住', '住在一起', '同居', '老是', '总是', '又', '天天', '每次',
  '经常', '一喝酒', '每天', '整天', '离婚', '分手', '结婚', '娘家', '过日子', '半夜', '睡觉', '卧室', '屋', '屋子', '房间', '做饭', '过不下去',
]); // prettier-ignore
/** A stranger, a loan or debt, a car or the street: 他 is someone met there, not the man she lives with. */
const NOT_HOME = new Set([
  '不认识', '陌生', '素不相识', '路上', '马路', '街上', '路边', '门口', '小区门口', '追尾', '要钱', '讨债', '债', '还钱', '不还', '店里',
]); // prettier-ignore
const NOT_HOME_PARTS = ['车', '借', '欠', '陌生'];
/** 和/跟/与/同 + 他 in the few words before the outing at i (我和他一起喝酒). */
function metHim(tokens: AnalyzedText['tokens'], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 3; j--) if (tokens[j].word === '他' && COMPANIONS.has(tokens[j - 1].word)) return true;
  return false;
}
/** What friends meet for (我和他喝酒, 跟他吃饭): 他 is someone she met for it. */
const OUTINGS = new Set(['喝酒', '吃饭', '打牌', '聚餐', '唱歌', '喝茶', '打麻将', '见面', '谈生意']);

/**
 * 男方 and 女方 both named: the two parties of a couple, as police notes and filings call them; one of them named
 * beside 双方 is the couple too (双方因孩子补课费用争吵，女方称…). Not when the record says the two are something
 * else (双方系邻居, 双方是同事), and not, for one named beside 双方, when the quarrel is over a matter of strangers or
 * neighbours (停车位, 货款, 噪音): there 女方/男方 is only one side of the quarrel.
 */
function coupleOf(fields: AnalyzedField[], rules: RiskRules, lx: Lexicon): { kind: RelationKind; hit: TextHit } | undefined {
  const hits = allHits(fields, rules.coupleMarkers, rules);
  if (!hits.length || fields.some(({ a }) => bothStatedNonKin(a, lx))) return undefined;
  if (hits.length === 1) {
    // 双方 in another sentence or field is still the two of the call (到场后双方已平静。女方称…): police notes split them.
    const words = fields.flatMap(({ a }) => a.tokens.map((t) => t.word));
    const both = words.includes('双方');
    const strangers = words.some((w) => NON_KIN_MATTERS.has(w));
    if (both) return !strangers ? { kind: 'spouse', hit: hits[0] } : undefined;
    // 我和女方处了两年, 跟男方吵了一架, 男方家不退彩礼: the teller's own partner or spouse, as a consultation names them
    // (round 22). Not an abstract party of a question (离婚时女方可以…吗) or a side of another matter (男方代表).
    const [h] = hits;
    if (
      !strangers &&
      !dealings(words) &&
      !words.some((w) => NON_KIN_TIES.has(w) || MORE_TIES.has(w)) &&
      tellersSide(h.a, tokenAt(h.a, h.start), lx)
    ) {
      return { kind: courtship(words) ? 'partner' : 'spouse', hit: h };
    }
    return undefined;
  }
  const [m, f] = hits;
  return { kind: 'spouse', hit: m.start <= f.start && m.field === f.field ? m : f };
}
/**
 * One 男方 or 女方 alone in a person's own words (女方突然跑了丢下两个孩子, 女方与他人同居): the other side of the
 * teller's marriage or courtship as often as an abstract party of a question; enough for a learned judgement, not for
 * the rules' relation-and-conflict reading (round 22). Not beside 双方 (the couple reading), not when the two are
 * stated to be no couple or quarrel over a stranger's matter, not a company's or an outsider's 男方 (公司男方代表).
 */
function loneMarker(fields: AnalyzedField[], rules: RiskRules, lx: Lexicon): { kind: RelationKind; hit: TextHit } | undefined {
  const hits = allHits(fields, rules.coupleMarkers, rules);
  if (hits.length !== 1 || fields.some(({ a }) => bothStatedNonKin(a, lx))) return undefined;
  const words = fields.flatMap(({ a }) => a.tokens.map((t) => t.word));
  if (words.includes('双方') || words.some((w) => NON_KIN_MATTERS.has(w))) return undefined;
  const [h] = hits;
  const prev = h.a.tokens[tokenAt(h.a, h.start) - 1]?.word ?? '';
  // 公司男方代表, 邻居家的女方亲戚: a company's or someone else's.
  if (prev === '的' || outsiderPerson(prev, lx) || lx.counterparties.has(prev) || HOUSEHOLD_NEIGHBOURS.has(prev)) return undefined;
  if (dealings(words)) return undefined;
  // 我跟男方是同事, 我和女方是合租室友 (round 22 review): the teller beside it, and a tie stated that is no courtship.
  // Not where a courtship or a marriage is told beside it (我和女方是同学，谈了两年恋爱).
  const tie = words.some((w) => NON_KIN_TIES.has(w) || MORE_TIES.has(w));
  if (tie && withTeller(h.a, tokenAt(h.a, h.start)) && !courtship(words) && !words.some((w) => WED_WORDS.has(w))) return undefined;
  return { kind: courtship(words) ? 'partner' : 'spouse', hit: h };
}
/**
 * 男方/女方 as the teller's own partner or spouse: the teller (我, 俺, 我们) and 和/跟/与/同 just before it in its clause
 * (我和女方, 我们跟男方), or its household right after it (男方家, 女方家里, 女方父母): a marriage's or an engagement's other
 * side. A stranger, a company or a neighbour between them makes it another matter's side.
 */
function tellersSide(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const next = tokens[k + 1]?.word ?? '';
  const prev = tokens[k - 1]?.word ?? '';
  // 邻居家的女方亲戚: someone else's 女方.
  if (COUPLE_HOUSEHOLD.has(next)) return prev !== '的' && !outsiderPerson(prev, lx) && !HOUSEHOLD_NEIGHBOURS.has(prev);
  return withTeller(a, k, (w) => outsiderPerson(w, lx) || NON_KIN_TIES.has(w));
}
/**
 * 我和男方, 跟女方: 和/跟/与/同 just before the marker and the teller a few words before that, in its clause; a word that
 * `stops` (a stranger between them) ends the search.
 */
function withTeller(a: AnalyzedText, k: number, stops?: (w: string) => boolean): boolean {
  const { tokens } = a;
  if (!COMPANIONS.has(tokens[k - 1]?.word ?? '')) return false;
  for (let j = k - 2; j >= 0 && j >= k - 4 && tokens[j].clause === tokens[k].clause; j--) {
    const w = tokens[j].word;
    if (SELF.has(w)) return true;
    if (stops?.(w)) return false;
  }
  return false;
}
const WED_WORDS = new Set(['结婚', '离婚', '婚后', '领证', '婚姻', '夫妻', '孩子']);
/** Ties NON_KIN_TIES does not list that a teller states of 男方/女方 (我和男方都是业主): no courtship (round 22 review). */
const MORE_TIES = new Set(['业主', '合租', '客户', '顾客', '乘客', '司机', '陌生人', '不认识']);
/**
 * Dealings between strangers (我和女方签了租房合同): 男方/女方 there is a side of a contract; a wedding business's or a
 * matchmaker's client (婚庆公司和男方, 婚纱店和女方家, 男方家不给我介绍费) (round 22 review).
 */
const DEALINGS = new Set([
  '合同', '租房', '房东', '租户', '房客', '租客', '押金', '买卖', '货款', '订单', '交易', '雇主', '保姆',
  '婚庆', '婚纱', '婚纱店', '婚纱照', '影楼', '策划', '婚礼策划', '介绍费', '中介费', '服务费', '尾款', '场地',
]); // prettier-ignore
/** A road accident's other side (我跟女方在路上发生刮擦): the segmenter cuts 刮擦 in two, so the text is asked. */
const ROAD_ACCIDENT = /刮擦|剐蹭|刮蹭|碰擦|追尾|撞车|车祸|交通事故/;
function dealings(words: readonly string[]): boolean {
  return words.some((w) => DEALINGS.has(w)) || ROAD_ACCIDENT.test(words.join(''));
}
const COUPLE_HOUSEHOLD = new Set(['家', '家里', '家人', '家里人', '父母', '爸妈', '家长', '亲属', '亲戚', '娘家']);
/** Words of a courtship or an engagement: 男方/女方 there is a partner, not a spouse. */
const ENGAGED_WORDS = new Set(['彩礼', '订婚', '定亲', '订亲', '相亲', '恋爱', '谈恋爱', '处对象', '未婚', '分手', '婚约', '退婚', '悔婚']);
function courtship(words: readonly string[]): boolean {
  return words.some((w) => ENGAGED_WORDS.has(w));
}
/** 双方系邻居, 双方是同事, 双方均为租户: the record states the two are no couple. */
function bothStatedNonKin(a: AnalyzedText, lx: Lexicon): boolean {
  const { tokens } = a;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].word !== '双方' || !STATED.has(tokens[i + 1].word)) continue;
    for (let j = i + 2; j <= i + 4 && j < tokens.length && tokens[j].clause === tokens[i].clause; j++) {
      const w = tokens[j].word;
      // 双方系邻居介绍认识: how the couple met, not what they are.
      if (kinWord(w, lx) || INTRODUCED.has(tokens[j + 1]?.word ?? '')) break;
      if (NON_KIN_TIES.has(w) || outsiderPerson(w, lx)) return true;
    }
  }
  return false;
}
/**
 * The record states that the people of its dispute are no kin: 双方系邻居 (a disposition's finding), 原告某与被告某系前后院邻居,
 * 双方家长互不相识, 与报警人一家素不相识. A relative named beside the act is then one side's household, not a party
 * (round 9); the parties' own stated kin, a code and a matter of family law still count.
 */
function statedStrangers(fields: AnalyzedField[], lx: Lexicon): boolean {
  // 双方系同事，去年结婚; 系同事，后发展为恋人: colleagues or neighbours who are a couple too are the couple.
  if (fields.some(({ a }) => COUPLE_TOLD.test(a.text))) return false;
  return fields.some(
    ({ a }) => bothStatedNonKin(a, lx) || STRANGERS_STATED.test(a.text) || PARTIES_NON_KIN.test(a.text) || otherPartyStatedNonKin(a, lx),
  );
}
/**
 * 被告：廖某，男，系原告东邻; 被申请人：雷某，男，系申请人楼下邻居; 被告…与原告系前后院邻居; 原告租住被告房屋; 邻桌的被告; 二人此前并不认识:
 * the filing says what its other party (被告, 被申请人) is to the filer, a tie of no kin, and no relative of the filer's stands
 * in that clause: the dispute is between them, and a relative named elsewhere in the filing is one side's household (round
 * 41). The tie is read in a clause that names the other party (or both), or in the other party's own identity sentence
 * (被告：苟某，男，该科室住院病人的儿子; 被告某停车场管理有限公司; 被告：桑某…社会闲散人员), where a post or a status (保安, 公司,
 * 业主, 病人) says who that party is. Not where the filing states the other party is the filer's relative (系原告丈夫, 我丈夫就是
 * 被告, （原告丈夫）) or tells a separation (round 41 review: 公司职工, 邻居报警, 租住 said of a couple's home read them as strangers).
 */
function otherPartyStatedNonKin(a: AnalyzedText, lx: Lexicon): boolean {
  if (SEPARATED_TOLD.test(a.text) || KIN_PARTY_STATED.some((r) => r.test(a.text))) return false;
  const { tokens } = a;
  for (const sentence of a.text.matchAll(/[^。；;！!？?\n]+/g)) {
    if (!OTHER_PARTY.test(sentence[0])) continue;
    const identity = OTHER_PARTY_IDENTITY.test(sentence[0]);
    for (const clause of sentence[0].matchAll(/[^，,：:]+/g)) {
      const c = clause[0];
      if (!((identity || PARTIES_IN_CLAUSE.test(c)) && STATED_TIE.test(c)) && !(identity && STATED_STATUS.test(c))) continue;
      const from = sentence.index + clause.index;
      const to = from + c.length;
      let kin = false;
      for (let j = 0; j < tokens.length && tokens[j].start < to; j++) {
        if (tokens[j].start < from || !kinish(tokens[j].word, lx)) continue;
        // 住院病人的儿子, 房东胡老太的小儿子: an outsider's relative; 原告夫妇: the filer's own couple.
        const owner = tokens[j - 1]?.word === '的' ? (tokens[j - 2]?.word ?? '') : '';
        const filersCouple = COUPLE_WORDS.has(tokens[j].word) && /^(原告|申请人)|某$/.test(tokens[j - 1]?.word ?? '');
        if (!filersCouple && !(owner && (outsiderPerson(owner, lx) || OUTSIDERS_KIN_OWNER.test(owner)))) kin = true;
      }
      if (!kin) return true;
    }
  }
  return false;
}
const OTHER_PARTY = /被告|被申请人/;
/** The other party's identity sentence: 被告：X…, 被告某公司…, 被申请人胡某是… */
const OTHER_PARTY_IDENTITY = /^(被告|被申请人)[一二三]?(?:[：:]|某|[\u4e00-\u9fff]某)/;
const PARTIES_IN_CLAUSE = /被告|被申请人|二人|两人|双方|两家/;
/** Ties of no kin between the two, said of the other party (in a clause that names it). */
const STATED_TIE =
  /邻居|东邻|西邻|近邻|相邻|楼上楼下|同村村民|房东|出租人|(?:租住|承租)(?:在)?(?:被告|原告|申请人|被申请人)|受雇于(?:被告|原告|申请人)|邻桌|隔壁包[间厢]|(?:二人|两人|双方|原告与被告|原、被告|与原告|与申请人)[^，,]{0,6}不认识/;
/** Posts and statuses that say who the other party is, in its identity sentence only. */
const STATED_STATUS = /保安|闲散人员|病人|业主|公司|包工头/;
/** A break-up or a former partner told anywhere (a couple told is `COUPLE_TOLD`'s): the parties stated as neighbours may be that pair. */
const SEPARATED_TOLD = /分手|分了手|前男友|前女友|前夫|前妻|离婚|离异|原男友|原女友|断绝来往|断绝关系|不再来往|解除婚姻/;
const KIN_NAMED = [
  '丈夫', '妻子', '老公', '老婆', '之夫', '之妻', '儿子', '女儿', '之子', '之女', '父亲', '母亲', '之父', '之母', '公公', '婆婆', '岳父',
  '岳母', '女婿', '儿媳', '哥哥', '弟弟', '姐姐', '妹妹', '胞兄', '胞弟', '胞姐', '胞妹', '继父', '继母', '养子', '养女', '孙子', '孙女',
  '长子', '次子', '长女', '男友', '女友', '男朋友', '女朋友', '未婚夫', '未婚妻',
].join('|'); // prettier-ignore
/** The filing states its other party is the filer's relative: 被告…系原告丈夫, 系原告弟弟的妻子 (not 系原告丈夫的同事), 我丈夫就是被告, （原告丈夫）. */
const KIN_PARTY_STATED = [
  new RegExp(
    `(?:被告|被申请人)[^。；;]{0,24}?(?:系|是|为|即)(?:原告|申请人|信访人|来访人|报警人)?(?:的)?(?:原)?(?:${KIN_NAMED})(?:的(?:${KIN_NAMED}))?(?!的|所)`,
  ),
  new RegExp(`(?:${KIN_NAMED})(?:就)?(?:是|系)?(?:法院判决的)?(?:被告|被申请人)`),
  new RegExp(`[（(](?:原告|申请人)(?:的)?(?:${KIN_NAMED})[）)]`),
  /(?:原告|申请人)与(?:被告|被申请人)系(?:父子|母子|母女|父女|兄弟|姐妹|兄妹|姐弟|婆媳|翁婿|祖孙)/,
];
const OUTSIDERS_KIN_OWNER = /病人|老太|老头|房东|老人|业主/;
/**
 * The text tells an act against a person (打, 推, 砸, 捅…) whose agent is an outsider (outsiderAgent: 卖鱼的, 邻桌的被告, 施工队一个
 * 工人, 几个同学, 那人) done to a relative (打了他老婆一拳, 把我丈夫打得…, 拍在我爸头上, 我弟弟…被捅), and no act or quarrel of
 * the text has a relative for its doer (relativeIsAgent, kinParty): the relation is only the tie of the one acted on to the
 * teller, no party of a dispute (round 25). 丈夫当着邻居的面打了她, 前夫雇人打她哥哥 (the hire is the ex's act) stay family.
 */
function kinOnlyActedOn(fields: AnalyzedField[], rules: RiskRules, lx: Lexicon): boolean {
  if (fields.some(({ a }) => HIRED.test(a.text))) return false;
  const hits = allOccurrences(fields, lx.conflict, rules);
  let found = false;
  for (const h of hits) {
    if (relativeIsAgent(h, lx) || kinParty(h, rules, lx)) return false;
    const k = tokenAt(h.a, h.start);
    // 经常被儿子打, 被孙子推下楼梯: a relative inside the act's own words or after its 被 is its doer.
    if (kinInPassive(h, lx)) return false;
    if (found) continue;
    // 妻子和女儿一夜被杀, 与母亲一同遇害: a killing the relatives only suffered, no one of theirs its doer.
    if (SUFFERED.test(h.term) && kinBefore(h.a, k, lx)) found = true;
    if (!BLOW.test(h.term)) continue;
    // 隔壁桌的易某…照我脑门就是一下 (我和爱人在夜市撸串): the teller is the one an outsider's act is aimed at, and the
    // relative only beside him (round 31).
    const atTeller = tellerAimedAt(h.a, k) && kinOnlyBesideTeller(h.a, k, lx);
    if ((kinActedOn(h.a, k, lx) || atTeller) && (outsiderAgent(h.a, k, lx) || outsiderBefore(h.a, k, lx))) found = true;
  }
  return found;
}
/** The act at k is aimed at the teller, in its clause: 照我脑门, 朝原告头上, 把我推倒 (the one who tells or files). */
function tellerAimedAt(a: AnalyzedText, k: number): boolean {
  const { tokens } = a;
  // The aim may open the act's own words (照我脑门就是一下 is one hit).
  for (let j = k; j >= 0 && j >= k - 6 && tokens[j].clause === tokens[k].clause; j--) {
    const w = tokens[j].word;
    // 把我推倒 names the teller as the one acted on; 把我手机砸碎 a thing of hers.
    if (OBJECT_MARKERS.has(w)) return AIMED_TELLERS.has(tokens[j + 1]?.word ?? '') && j + 2 === k;
    if (w === '照' || w === '照着' || TOWARD.has(w)) return AIMED_TELLERS.has(tokens[j + 1]?.word ?? '');
  }
  return false;
}
const AIMED_TELLERS = new Set(['我', '俺', '原告', '申请人', '报警人', '本人']);
/**
 * Every relative in the sentence before the act at k is only the teller's company (我和爱人, 原告两口子): none can be the
 * act's doer (老公和一个喝醉的同事吵起来，把我推倒了: the husband is the sentence's subject).
 */
function kinOnlyBesideTeller(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const teller = (t: Token | undefined) => !!t && (AIMED_TELLERS.has(t.word) || /某$/.test(t.word));
  for (let i = k - 1; i >= 0 && tokens[i].sentence === tokens[k].sentence; i--) {
    if (!kinish(tokens[i].word, lx)) continue;
    const withTeller = COMPANIONS.has(tokens[i - 1]?.word ?? '') && teller(tokens[i - 2]);
    const tellersCouple = COUPLE_WORDS.has(tokens[i].word) && teller(tokens[i - 1]);
    if (!withTeller && !tellersCouple) return false;
  }
  return true;
}
/**
 * 邻居两口子一起上来打他: an outsider's role (邻居, 房东) at i and a couple right after it, acting as one on someone named after
 * it in its clause (the caller, 他, 其): that other household's couple, not the couple of a family dispute (not 隔壁两口子打架,
 * the couple's own fight) (round 69).
 */
function otherCouple(a: AnalyzedText, i: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const couple = tokens[i + 1];
  if (!couple || couple.clause !== tokens[i].clause || !COUPLE_WORDS.has(couple.word)) return false;
  if (!(personOutsider(tokens[i].word, lx) || lx.foreign.has(tokens[i].word))) return false;
  for (let j = i + 3; j < tokens.length && tokens[j].clause === couple.clause; j++) if (ACTED_ON.has(tokens[j].word)) return true;
  return false;
}
const ACTED_ON = new Set(['我', '俺', '他', '她', '其', '报警人', '原告', '申请人', '我们']);
const COUPLE_WORDS = new Set(['两口子', '夫妻', '夫妇', '小两口', '夫妻俩', '两口']);
/**
 * Before the act at k, in its sentence, the nearest one who can be its doer is an outsider (那人, 赵某, 对方, 被告, 一个工人,
 * 卖鱼的): what stands after 把/朝/被 is the one acted on and is passed; a relative, or a pronoun that may stand for one, first
 * met is no outsider (round 25).
 */
function outsiderBefore(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const { sentence } = tokens[k];
  for (let i = k - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    const w = tokens[i].word;
    if (w === '被') {
      for (let j = i + 1; j < k; j++) {
        if (kinNameAt(a, j, lx)) return false;
        if (outsiderPerson(tokens[j].word, lx) || strangerAt(a, j, lx) || /某$/.test(tokens[j].word)) return true;
      }
      return false;
    }
    if (SPEECH.has(w) || TELLERS.has(w)) return false;
    // 她爸张某喝酒后打她妈: a relative named by a name (round 49) is met as the relative is; its marker stands before the name.
    const named = kinNameAt(a, i, lx);
    if (named) i = nameStart(tokens, i);
    if (named || kinish(w, lx)) {
      const marker = tokens[i - 1]?.word ?? '';
      const marker2 = tokens[i - 2]?.word ?? '';
      // 老李家的孙子又在打他奶奶: another household's member acting in that household.
      if (outsidersKin(a, i, lx)) return false;
      // 把他老婆, 朝我父亲: the one acted on, not its doer.
      if (
        OBJECT_MARKERS.has(marker) ||
        TOWARD.has(marker) ||
        ((KIN_OWNERS.has(marker) || marker === '的') && (OBJECT_MARKERS.has(marker2) || TOWARD.has(marker2)))
      )
        continue;
      return false;
    }
    if (strangerAt(a, i, lx)) return true;
    // 一男子在楼道里殴打其妻子: 男子 alone in a call may be the husband himself (round 7's reading stands).
    if (LONE_PERSONS.has(w)) return false;
    if (w === '对方' || w === '被告' || w === '被告人' || (/某$/.test(w) && outsiderNameAt(a, i, lx))) return true;
    if (outsiderPerson(w, lx) && !governed(tokens, i)) return true;
    // 卖鱼的拿着刀, 收废品的推了他: a doer named by what they do.
    if (
      w === '的' &&
      i > 0 &&
      i + 1 < k &&
      NOMINAL_NEXT.test(tokens[i + 1].word) &&
      !kinish(tokens[i - 1].word, lx) &&
      !PARTY_PRONOUNS.has(tokens[i - 1].word)
    )
      return true;
    if (PARTY_PRONOUNS.has(w) && !(OBJECT_MARKERS.has(tokens[i - 1]?.word ?? '') || TOWARD.has(tokens[i - 1]?.word ?? ''))) return false;
  }
  return false;
}
const LONE_PERSONS = new Set(['男子', '女子', '男人', '女人', '男的', '女的', '一男子', '一女子']);
const NOMINAL_NEXT = /^(拿|抄|抡|用|就|又|还|也|上前|过来|冲|把|将|一把|一拳|当场)/;
/** A relative within the act's own words (被儿子打) or between a 被 of its clause and it (被孙子推下楼梯). */
function kinInPassive(h: TextHit, lx: Lexicon): boolean {
  const { a } = h;
  const { tokens } = a;
  const k = tokenAt(a, h.start);
  const { clause } = tokens[k];
  for (let i = k; i < tokens.length && tokens[i].start < h.end; i++) if (kinish(tokens[i].word, lx)) return true;
  for (let j = k - 1; j >= 0 && tokens[j].clause === clause; j--) {
    if (tokens[j].word !== '被') continue;
    for (let i = j + 1; i < k; i++) if (kinish(tokens[i].word, lx)) return true;
    return false;
  }
  return false;
}
/** Kin the lexicon does not list and no kin ending reads (孙子 ends in 子): for this reading only. */
const kinish = (w: string, lx: Lexicon): boolean => kinWord(w, lx) || /^(孙子|孙女|外孙|外孙女|重孙)$/.test(w);
const OWNERS = new Set(['我', '俺', '他', '她', '其', '咱', '我们', '俺们', '我的', '他的', '她的']);
/** A killing told as suffered, with no doer in its words. */
const SUFFERED = /^(遇害|被杀|被害|被杀害|惨遭杀害|遇难)$/;
/** A relative in the clause before k (与母亲一同遇害, 妻子和女儿一夜被杀). */
function kinBefore(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  for (let i = k - 1; i >= 0 && tokens[i].clause === tokens[k].clause; i--) if (kinish(tokens[i].word, lx)) return true;
  return false;
}
/** 雇人, 买凶, 指使: an act someone had others do may be a relative's (前夫雇人打她): not read so. */
const HIRED = /雇人|雇了|雇凶|买凶|指使/;
/** The act at k is done to a relative: one named after it in its clause (打了他老婆, 推了我父亲一把, 拍在我爸头上), after 把 before it, or as the subject before a 被 that governs it. */
function kinActedOn(a: AnalyzedText, k: number, lx: Lexicon): boolean {
  const { tokens } = a;
  const { clause } = tokens[k];
  // The teller's relative: owned (我老婆, 他妻子, 其母亲, 原告丈夫); a bare 打老婆 is the doer's own (楼上那家男的经常打老婆).
  const kin = (i: number) =>
    kinish(tokens[i].word, lx) &&
    !outsidersKin(a, i, lx) &&
    !foreign(a, i, lx) &&
    (OWNERS.has(tokens[i - 1]?.word ?? '') || TELLERS.has(tokens[i - 1]?.word ?? ''));
  for (let i = k + 1; i <= k + 4 && i < tokens.length && tokens[i].clause === clause; i++) {
    if (kin(i)) return true;
    if (outsiderPerson(tokens[i].word, lx)) return false;
  }
  let s = k;
  while (s > 0 && tokens[s - 1].clause === clause) s--;
  for (let j = k - 1; j >= s; j--) {
    if (!OBJECT_MARKERS.has(tokens[j].word) && !TOWARD.has(tokens[j].word) && tokens[j].word !== '被') continue;
    const from = tokens[j].word === '被' ? s : j + 1;
    const to = tokens[j].word === '被' ? j : Math.min(k, j + 4);
    for (let i = from; i < to; i++) if (kin(i)) return true;
    return false;
  }
  return false;
}
/** 丈夫喝酒后在小区门口打她, 老公在饭店里当众打她: a relative, the clause's own subject (no 把, 被, 跟 between), does the act. */
function relativeIsAgent(hit: TextHit, lx: Lexicon): boolean {
  const { a } = hit;
  const k = tokenAt(a, hit.start);
  const { tokens } = a;
  for (let i = k - 1; i >= 0 && tokens[i].clause === tokens[k].clause; i--) {
    const w = tokens[i].word;
    if (AGENT_BREAKS.has(w)) return false;
    if (kinWord(w, lx)) {
      if (governed(tokens, i)) return false;
      // 摊主…冲着母亲砸了一个西瓜: a relative the act is aimed at is no doer; the doer stands further back (round 69).
      if (i > 0 && (TOWARD.has(tokens[i - 1].word) || TOWARD_HELD.has(tokens[i - 1].word))) continue;
      // 邻居的儿子, 对方的老婆: someone's relative, one side's household (round 9's reading stands).
      const before = tokens[i - 1];
      return !(
        before &&
        before.clause === tokens[i].clause &&
        (AGENT_BREAKS.has(before.word) || before.word === '的' || lx.relationWords.has(before.word) || PARTY_PRONOUNS.has(before.word))
      );
    }
  }
  return false;
}
/**
 * A relative who is a party of the act or quarrel told in its own clause (round 20): its doer (他弟弟为了宅基地的事抡起铁锹
 * 往他头上拍, 大哥为宅基地拿斧头劈门 — what they fight over is the act's subject, not another dispute's parties), or the one
 * the teller quarrels with (我和哥哥因为宅基地吵了两年). Not a relative the act is done to by someone else (邻居把他哥打了),
 * one governed by 为了/因为 (因为老父亲留下的宅基地: whose land, not who fights), someone's relative (邻居的儿子, 对方的老婆),
 * another's relative beside an act on the teller (她老公出来推我), nor a relative one quarrels beside an outsider with
 * (邻居和她哥吵: the other side is the neighbour). The kind is given where the word is one of the rules' relation words.
 */
function kinParty(conflict: TextHit, rules: RiskRules, lx: Lexicon): { kind?: RelationKind; hit: TextHit } | undefined {
  const { a } = conflict;
  const { tokens } = a;
  const k = tokenAt(a, conflict.start);
  const clause = tokens[k].clause;
  // The doer of an act against a person or with a means (打, 推, 扇, 拿斧头, 抡起铁锹), not of a quarrel or a feeling.
  const act = (BLOW.test(conflict.term) || DOER_MEANS.test(conflict.term)) && !ON_A_THING.test(conflict.term);
  const word = (j: number) => (j >= 0 && tokens[j].clause === clause ? tokens[j].word : '');
  const hitOf = (i: number) => {
    const w = tokens[i].word;
    return { kind: kinKindOf(w, rules), hit: { field: conflict.field, a, term: w, start: tokens[i].start, end: tokens[i].end } };
  };
  // 报警人称弟弟为了老宅基地的事跟他吵, 我哥跟我为了宅基地吵了好几年 (round 54).
  const quarrel = act ? -1 : tellersKinQuarrels(conflict, lx);
  if (quarrel >= 0) return hitOf(quarrel);
  // 她哥跟妈吵架, 儿子和他爸打起来: two relatives joined as the two sides of the clause's quarrel or fight (round 56).
  const pair = kinPairBefore(tokens, k, lx);
  if (pair >= 0) return hitOf(pair);
  for (let i = k - 1; i >= 0 && tokens[i].clause === clause; i--) {
    const w = tokens[i].word;
    if (OBJECT_MARKERS.has(w) || TOWARD.has(w)) continue;
    // 老孙: a surname, not a grandson; a kin ending alone only owned (我哥, 她弟).
    const kin = namesRelative(w, word(i - 1), KIN_OWNERS, lx);
    if (!kin) {
      if (AGENT_BREAKS.has(w) || outsiderPerson(w, lx) || PARTY_PRONOUNS.has(w) || ownHousehold(w)) return undefined;
      continue;
    }
    if (governed(tokens, i)) continue;
    // 他弟弟, 我哥: the owner's pronoun, then what stands before the two.
    const owner = KIN_OWNERS.has(word(i - 1)) ? word(i - 1) : '';
    const before = word(owner ? i - 2 : i - 1);
    // 把她哥哥打了, 朝我父亲脸上打, 扇了我儿子: the one the act is done to, not its doer.
    if (OBJECT_MARKERS.has(before) || TOWARD.has(before) || before === '被') continue;
    let done = false;
    for (let j = i - 1; j >= 0 && tokens[j].clause === clause && !done; j--) done = ACT_VERB.test(tokens[j].word);
    if (done) continue;
    if (COMPANIONS.has(before)) {
      const other = word(owner ? i - 3 : i - 2);
      // 我跟他弟弟吵: 他 is not the teller who says 我, so the brother is another's (review of round 20).
      if (owner && !SELF.has(owner) && SELF.has(other)) return undefined;
      return SELF.has(other) || TELLERS.has(other) ? hitOf(i) : undefined;
    }
    if (!act) return undefined;
    if (owner && !SELF.has(owner)) {
      // 他弟弟…往他头上拍 (the caller's brother); 她老公出来推我: another's husband acting on the teller.
      for (let j = i + 1; j < tokens.length && tokens[j].clause === clause; j++) if (SELF.has(tokens[j].word)) return undefined;
    }
    // 邻居两口子, 老板儿子, 被告丈夫, 他家媳妇, 新郎的表哥: another's relative.
    if (before && !TELLERS.has(before) && (before === '的' || lx.persons.has(before) || outsiderPerson(before, lx) || ownHousehold(before)))
      return undefined;
    // 我儿子…拿棍子打了同学, 他儿子…打了包工头: the act is on an outsider, who is the other side (review of round 20).
    for (let j = k + 1; j < tokens.length && tokens[j].clause === clause; j++) {
      const v = tokens[j].word;
      if (PARTY_PRONOUNS.has(v) || TELLERS.has(v) || kinWord(v, lx)) break;
      if (outsiderPerson(v, lx)) return undefined;
    }
    return hitOf(i);
  }
  return undefined;
}
/**
 * The tie of two relatives joined by 跟/和/与/同 right before a conflict in its clause (她哥跟妈吵架, 我爸和我妈又打起来了,
 * 儿子与他爸为了房子吵): each a relation word of the rules or a kin ending owned by a pronoun (她哥) or alone for a parent or a
 * sibling (妈, 爸, 娘); not another's (邻居的儿子跟他爸), and only a few words (为了…, 又, 在家) between the pair and the
 * conflict: the first of them, or the second where it is a partner or spouse (弟弟跟他女朋友). -1 when there is none.
 */
function kinPairBefore(tokens: readonly Token[], k: number, lx: Lexicon): number {
  const clause = tokens[k].clause;
  const kin = (i: number, second: boolean) => {
    const w = tokens[i]?.word ?? '';
    if (!tokens[i] || tokens[i].clause !== clause) return false;
    return namesRelative(w, tokens[i - 1]?.word ?? '', KIN_OWNERS, lx) || (second && BARE_KIN.has(w));
  };
  for (let c = k - 2; c >= 1 && c >= k - 8 && tokens[c].clause === clause; c--) {
    if (!COMPANIONS.has(tokens[c].word)) continue;
    // The second relative right after the companion word, or after the teller's or the first one's owner (跟他爸, 和我妈).
    const second = KIN_OWNERS.has(tokens[c + 1]?.word ?? '') ? c + 2 : c + 1;
    // 我爸和我哥跟邻居吵: the nearest companion word names the other side; an outsider there makes the pair one side.
    if (second >= k || !kin(second, true)) return -1;
    // 她妈和她姨去村委会吵, 为了工地上的工钱打起来: the quarrel taken elsewhere, or money between them (round 56 review).
    let between = '';
    for (let i = second + 1; i < k; i++) between += tokens[i].word;
    if (GONE_TO.test(between) || MONEY_TOLD.test(between)) return -1;
    const first = c - 1;
    if (!kin(first, false)) continue;
    const before = tokens[KIN_OWNERS.has(tokens[first - 1]?.word ?? '') ? first - 2 : first - 1];
    if (before && before.clause === clause && (before.word === '的' || outsiderPerson(before.word, lx) || lx.persons.has(before.word)))
      continue;
    // 弟弟跟他女朋友吵架: a partner or spouse named second is the tie between the two (the romance, round 54 review).
    const tie = relationKindOf(tokens[second].word, lx);
    return tie && INTIMATE_KINDS.has(tie) ? second : first;
  }
  return -1;
}
/** The pair's tie as the relation shown, where `kinPairBefore` finds two relatives before the conflict. */
function kinPairOf(conflict: TextHit, rules: RiskRules, lx: Lexicon): { kind: RelationKind; hit: TextHit } | undefined {
  const { a } = conflict;
  const i = kinPairBefore(a.tokens, tokenAt(a, conflict.start), lx);
  if (i < 0) return undefined;
  const w = a.tokens[i].word;
  const kind = kinKindOf(w, rules);
  return kind ? { kind, hit: { field: conflict.field, a, term: w, start: a.tokens[i].start, end: a.tokens[i].end } } : undefined;
}
/** The relation a kin word names: the rules' own, or by its kin ending (我弟, 二哥: review of round 20, 我弟为了老父亲的宅基地…). */
function kinKindOf(w: string, rules: RiskRules): RelationKind | undefined {
  return (Object.keys(rules.relations) as RelationKind[]).find((r) => rules.relations[r].includes(w)) ?? KIN_ENDING_KIND[w.slice(-1)];
}
const GONE_TO = /^(?:又|一起|都)?(?:去|到|找|跑到|来到)/;
const BARE_KIN = new Set(['妈', '爸', '娘', '爹', '哥', '姐', '弟', '妹']);
/**
 * 我老公疑心重，说我上班是去会男人。从上个月起他把我手机收了…把防盗门从外头锁死; 我叫步秀琴，丈夫姓秦…我不给他就动手: the
 * teller's own spouse or partner, the first person the text names, is the 他/她 who does an act told clauses later (round
 * 52). The act is theirs however many clauses apart; a neighbour named after it (the phone she wrote with, his quarrel with
 * a neighbour told after) is no party of it. Read only where the pronoun can stand for no one else (round 52 review):
 * - the relation is the teller's own (我老公, 我的丈夫; a bare 丈夫 opening a clause of a sentence that opens with 我), not
 *   joined to the teller as one side (我和我老公…), and no one but the teller is named before it in the text (物业经理姓孙…,
 *   房东说…, 他…: the later 他 is that one), nor a 他/她 in its own clause (我老公去找他理论);
 * - from the relation to the end of the act's clause no other person is named (someone in general aside: 男人, 有人),
 *   the spouse is not told away (不在, 上班去了, 在外地…) and not named again (把我老公打了一顿: 他 is another);
 * - the pronoun agrees with the spouse (我老公…她 is another) and is the act's doer, in the act's clause (not after 把, 给,
 *   跟…, unless 就 follows: 我不给他就动手; no 被 after it), or, that clause naming no one, the first person of the nearest
 *   clause before that names one.
 */
function partnerActsLater(relation: TextHit, conflict: TextHit, lx: Lexicon, intimate: boolean): boolean {
  const { a } = relation;
  if (a !== conflict.a || relation.start >= conflict.start) return false;
  const { tokens } = a;
  const r = tokenAt(a, relation.start);
  const k = tokenAt(a, conflict.start);
  const w = (j: number) => tokens[j]?.word ?? '';
  const before = w(r - 1);
  const opensClause = r === 0 || tokens[r - 1].clause !== tokens[r].clause;
  const sentenceStart = tokens.findIndex((t) => t.sentence === tokens[r].sentence);
  const own =
    SELF.has(before) || (before === '的' && SELF.has(w(r - 2))) || (opensClause && sentenceStart < r && SELF.has(w(sentenceStart)));
  if (!own) return false;
  // 我和我老公, 我跟丈夫: the couple is one side.
  if (COMPANIONS.has(SELF.has(before) ? w(r - 2) : before)) return false;
  const pronoun = (x: string) => HE_OR_SHE.has(x);
  const someone = (j: number) => pronoun(w(j)) || kinWord(w(j), lx) || outsiderPerson(w(j), lx) || !!nameKeyAt(tokens, j);
  // 我是柏树村村民黄四妹: the teller's own introduction names no one else (round 54).
  const selfIntroduced = (j: number) => {
    let c = j;
    while (c > 0 && tokens[c - 1].clause === tokens[j].clause) c--;
    return SELF.has(w(c)) && SELF_INTRODUCTIONS.has(w(c + 1));
  };
  for (let j = 0; j < r; j++) if (someone(j) && !(ANYONE.has(w(j)) && !KIN_OWNERS.has(w(j - 1))) && !selfIntroduced(j)) return false;
  for (let j = r + 1; j < tokens.length && tokens[j].clause === tokens[r].clause; j++) if (pronoun(w(j))) return false;
  // The relative's pronoun: 老公, 丈夫, 男友, 哥, 儿子 他; 老婆, 妻子, 女友, 姐, 女儿 她; 对象, 爱人 either.
  const his = FEMALE_KIN.test(relation.term) ? '她' : MALE_KIN.test(relation.term) ? '他' : '';
  const end = tokens.findIndex((t, j) => j > k && t.clause !== tokens[k].clause);
  for (let j = r + 1; j < (end < 0 ? tokens.length : end); j++) {
    const x = w(j);
    // 把我老公打了一顿, 当着我老公的面: named again in the act's clause, the spouse is not its 他.
    if (x === relation.term) {
      if (tokens[j].clause === tokens[k].clause) return false;
      continue;
    }
    // 我老公那天不在，…他: the spouse told away (not the teller: 我上夜班回来).
    if (ABSENT.test(x) || (x === '打工' && (w(j - 2) === '去' || w(j - 3) === '去' || w(j - 1) === '去'))) {
      let teller = false;
      for (let i = j - 1; i > r && tokens[i].clause === tokens[j].clause && !teller; i--) teller = SELF.has(w(i));
      if (!teller) return false;
    }
    // 他就被推下了楼梯: the pronoun is the one the act is done to.
    if (x === '被' && pronoun(w(j - 1)) && tokens[j].clause === tokens[k].clause) return false;
    if (SELF.has(x) || pronoun(x)) continue;
    if (ANYONE.has(x) && !KIN_OWNERS.has(w(j - 1)) && w(j - 1) !== '的') continue;
    // 种娘家的地, 妈的首饰: a household or kin named as owners, no person.
    if (OWN_HOMES.has(x) || (kinWord(x, lx) && w(j + 1) === '的')) continue;
    if (someone(j)) return false;
  }
  // The act's doer: a pronoun of the spouse's that is no object (把他, 给他, 跟他…) or that 就 follows (我不给他就动手; 被他:
  // the passive's doer), in the act's clause; else, the clause naming no one, the first person of the nearest clause before
  // that names one.
  const doer = (j: number) => pronoun(w(j)) && (!his || w(j) === his) && (!DOER_BLOCKS.has(w(j - 1)) || w(j + 1) === '就');
  const persons = (c: number) => {
    const out: number[] = [];
    for (let j = r + 1; j < k; j++) if (tokens[j].clause === c && (pronoun(w(j)) || SELF.has(w(j)))) out.push(j);
    return out;
  };
  // A relative other than a spouse acts on the teller (他拿刀威胁我), not at large (他拿刀在街上乱砍) or at someone else.
  if (!intimate) {
    let onTeller = false;
    for (let j = k - 1; j >= 0 && tokens[j].clause === tokens[k].clause && !onTeller; j--) onTeller = SELF.has(w(j)) && j > r;
    for (let j = k + 1; j < tokens.length && tokens[j].clause === tokens[k].clause && !onTeller; j++) onTeller = SELF.has(w(j));
    if (!onTeller) return false;
  }
  const here = persons(tokens[k].clause);
  if (here.length) return here.some(doer);
  for (let c = tokens[k].clause - 1; c > tokens[r].clause; c--) {
    const there = persons(c);
    if (there.length) return doer(there[0]);
  }
  return false;
}
const MALE_KIN = /[公夫男哥弟爸父叔伯舅爷]|儿子|孙子/;
const SELF_INTRODUCTIONS = new Set(['是', '叫', '系', '名叫']);
/** The spouse told away from home (不在家, 上班去了, 在外地, 出差, 躲出去了, 上夜班): a later 他/她 is someone else. */
const ABSENT = /^(不在|不在家|在外地|外地|出差|上班去|上夜班|夜班|躲出去|外出|出远门|住院|去世)$/;
/** Someone in general, no one's (说我去会男人, 说我在外面有人): no other person for the spouse's 他 to stand for. */
const ANYONE = new Set(['男人', '女人', '有人', '别人', '外人', '野男人', '野女人']);
/**
 * 报警人称弟弟为了老宅基地的事跟他吵, 我哥跟我为了宅基地吵了好几年: the teller's relative (bare after the teller's 称/说, or
 * owned by 我), opening the conflict's clause, quarrels with the teller (跟我; in a call told of its caller, 跟他/她), round
 * 54. The relative's word index, or -1.
 */
function tellersKinQuarrels(conflict: TextHit, lx: Lexicon): number {
  const { a } = conflict;
  const { tokens } = a;
  const k = tokenAt(a, conflict.start);
  const clause = tokens[k].clause;
  const word = (j: number) => (j >= 0 && tokens[j].clause === clause ? tokens[j].word : '');
  // Money between siblings or a parent and child stays a debt (借, 欠, 工钱, 合伙…: round 54 review).
  if (MONEY_TOLD.test(a.text)) return -1;
  let m = k - 1;
  const teller = (w: string) => w === '我' || w === '俺' || HE_OR_SHE.has(w);
  while (m > 0 && tokens[m].clause === clause && !(COMPANIONS.has(word(m - 1)) && teller(word(m)))) m--;
  if (!(m > 0 && tokens[m].clause === clause && COMPANIONS.has(word(m - 1)) && teller(word(m)))) return -1;
  // 跟他 is the caller's only in a call told of its caller, where no one else is named before the relative (报警人称邻居老张
  // 喝多了，弟弟…跟他吵: 他 is 老张).
  if (HE_OR_SHE.has(word(m)) && !callTold(tokens, k)) return -1;
  // 跟我 is the whole other side: not 跟我说 (speech), not 跟我朋友/同事 (someone of mine), not 和我跟邻居 (one side against
  // another), nor anyone named between it and the quarrel.
  if (TOLD_TO.has(tokens[m + 1]?.word ?? '')) return -1;
  for (let j = m + 1; j < k; j++) {
    const w = tokens[j].word;
    // 为了妈的那块地, 为了父母的养老钱: kin named as owners, no party.
    if (kinWord(w, lx) && tokens[j + 1]?.word === '的') continue;
    if (COMPANIONS.has(w) || w === '一起' || kinWord(w, lx) || outsiderPerson(w, lx) || PARTY_PRONOUNS.has(w) || !!nameKeyAt(tokens, j))
      return -1;
  }
  if (COMPANIONS.has(word(m - 1)) && (SELF.has(word(m - 2)) || word(m - 2) === '一起')) return -1;
  for (let i = m - 2; i >= 0 && tokens[i].clause === clause; i--) {
    const w = tokens[i].word;
    const before = word(i - 1);
    const kin = namesRelative(w, before, SELF, lx);
    if (!kin) {
      if (AGENT_BREAKS.has(w) || outsiderPerson(w, lx) || PARTY_PRONOUNS.has(w) || ownHousehold(w)) return -1;
      continue;
    }
    // The relative opens the clause, bare after the teller's 称/说 (报警人称 is cut 报警/人称) or owned by 我; in a call, no one
    // else named before it there.
    if (!(TELLERS.has(before) || before === '人称' || SELF.has(before) || before === '')) return -1;
    for (let j = 0; j < i; j++)
      if (tokens[j].sentence === tokens[i].sentence && (outsiderPerson(tokens[j].word, lx) || nameKeyAt(tokens, j))) return -1;
    return i;
  }
  return -1;
}
/** Words after 跟我 that make it speech or joint action, not the other side of a quarrel. */
const TOLD_TO = new Set(['说', '讲', '商量', '提', '聊', '打招呼', '一起', '们']);
/** Money owed or shared between kin (a loan, wages, a business): a debt, not a family dispute, between wider kin. */
const MONEY_TOLD = /借(?!口)|欠|工钱|工资|合伙|生意|货款|债/;
const HE_OR_SHE = new Set(['他', '她']);
/** A call told of its caller (报警人称, 来电人说…) before word k: there 他/她 after 跟 is the caller. */
function callTold(tokens: readonly Token[], k: number): boolean {
  for (let j = 0; j < k - 1 && tokens[j].sentence === tokens[k].sentence; j++)
    // 报警人称 is cut 报警/人称.
    if ((CALLERS.has(tokens[j].word) && SPEECH.has(tokens[j + 1].word)) || (tokens[j].word === '报警' && tokens[j + 1].word === '人称'))
      return true;
  return false;
}
const CALLERS = new Set(['报警人', '来电人', '求助人']);
/**
 * The teller's own brother, sister or parent (我哥, 俺娘) before the conflict, for whom its 他/她 stands (`partnerActsLater`)
 * or who quarrels with the teller in its clause (`tellersKinQuarrels`).
 */
function ownedKinChained(conflict: TextHit, lx: Lexicon): { kind: RelationKind; hit: TextHit } | undefined {
  const { a } = conflict;
  const { tokens } = a;
  const k = tokenAt(a, conflict.start);
  for (let j = 1; j < k; j++) {
    const w = tokens[j].word;
    if (!(OWNED_PARENTS.has(w) || OWNED_SIBLINGS.has(w)) || !SELF.has(tokens[j - 1].word)) continue;
    // Money between siblings or a parent and child stays a debt (round 54 review).
    if (MONEY_TOLD.test(a.text)) return undefined;
    const hit = { field: conflict.field, a, term: w, start: tokens[j].start, end: tokens[j].end };
    const told = partnerActsLater(hit, conflict, lx, false) || tellersKinQuarrels(conflict, lx) === j;
    return told ? { kind: OWNED_SIBLINGS.has(w) ? 'sibling' : 'parent_child', hit } : undefined;
  }
  return undefined;
}
const KIN_ENDING_KIND: Record<string, RelationKind> = { 哥: 'sibling', 姐: 'sibling', 弟: 'sibling', 妹: 'sibling', 嫂: 'in_law' };
const TELLERS = new Set(['报警人', '来电人', '求助人', '原告', '申请人', '来访人', '信访人', '本人', '称', '说', '反映']);
const DOER_MEANS = /刀|斧|锹|锄|棍|棒|铲|砖|砍|劈|抡|捅|掐|勒/;
/** 砸门, 摔东西: an act on a thing (a door, a phone), which says nothing of whom the quarrel is between. */
const ON_A_THING = /^(砸|摔)|[门窗车]$/;
/** 他家, 邻居家, 老孙家: another household (我家, 俺家, 咱家 are the teller's). */
const ownHousehold = (w: string): boolean => w.length > 1 && w.endsWith('家') && !OWN_HOMES.has(w);
const OWN_HOMES = new Set(['我家', '俺家', '咱家', '自家', '娘家', '婆家', '老家']);
const AGENT_BREAKS = new Set(['把', '将', '被', '让', '叫', '给', '跟', '和', '与', '同', '对', '向', '替', '帮', '对方']);
/** Words after which 他/她 is the one acted on or with, not the doer (把他, 给他, 跟他, 打他); 被他 names the doer. */
const DOER_BLOCKS = new Set([...AGENT_BREAKS].filter((w) => w !== '被' && w !== '对方').concat(['找', '打', '骂', '推', '踢', '拉']));
const COUPLE_TOLD =
  /结婚|恋爱|恋人|同居|男女朋友|夫妻|领证|婚后|交往|处对象|订婚|表白|追求|求爱|相亲|说喜欢(?!(?:我|她|原告|申请人|[\u4e00-\u9fff]某{1,2})?的)/;
const STRANGERS_STATED = /(?<![不非并未没])(互不相识|素不相识|素昧平生|互不认识)/;
const STATED = new Set(['系', '是', '为', '均系', '均为', '都是']);
const INTRODUCED = new Set(['介绍', '介绍认识', '撮合', '牵线', '引荐']);
/** Ties between people who are no couple nor kin. */
const NON_KIN_TIES = new Set([
  '邻居', '邻里', '同事', '朋友', '网友', '租户', '房东', '房客', '租客', '同学', '老乡', '工友', '合伙人', '生意伙伴', '雇佣关系',
  '同乡', '战友', '室友', '舍友', '同村', '村民', '买卖关系', '债务关系', '借贷关系', '上下级', '师生', '病友', '车友',
  '牌友', '麻友', '球友', '酒友', '棋友',
]); // prettier-ignore
/** 原告汪某与被告薛某系前后院邻居, 原、被告系同事: the parties of a filing stated to be no kin. */
const PARTIES_NON_KIN = new RegExp(
  `(原、?被告|原告[^，,。；]{0,8}与被告[^，,。；]{0,8}?)(系|是|为|均系|均为)[^，,。；]{0,4}?(${['邻居', '同事', '朋友', '网友', '租户', '房东', '房客', '租客', '同学', '老乡', '工友', '合伙人', '生意伙伴', '雇佣关系', '同乡', '战友', '室友', '舍友', '同村村民', '上下级', '师生'].join('|')})(?!介绍|撮合|牵线)`,
);
/** Matters strangers and neighbours quarrel over: 男方/女方 beside 双方 there is one side of that quarrel. */
const NON_KIN_MATTERS = new Set([
  '停车', '停车位', '车位', '挪车', '剐蹭', '追尾', '生意', '货款', '工钱', '房租', '租金', '排队', '插队', '噪音', '漏水', '宅基地',
]); // prettier-ignore

/**
 * A relation and a conflict read together: in two fields of the record (a call and its disposition),
 * or in one field within one sentence (`relationSentences`), or the conflict in the next sentence with
 * a pronoun standing for the people just named (我老公脾气不好。他经常打我).
 */
function near(x: TextHit, y: TextHit, rules: RiskRules, lx: Lexicon): boolean {
  // Another field of the record (the disposition: 双方系夫妻) speaks of the same incident and its parties.
  // Not when the relation's own text tells its conflict as one with an outsider (他跟医生吵起来了): the disposition's 口角 is that one.
  return x.a !== y.a ? !outsiderConflictIn(x.a, rules, lx) : linkedAt(x.a, x.start, y.start, rules, lx, courtshipSpan(x.term, rules));
}
/**
 * 同事向她表白，她拒绝了。此后他每天在她楼下等…: a refused courtship is told first and what the suitor did after it in
 * the sentences that follow (此后, 之后, 从那以后), naming him by a role or not at all; they are his acts.
 */
const AFTER_COURTSHIP = 3;
const courtshipSpan = (term: string, rules: RiskRules): number =>
  COURTSHIP.test(term) && refusedOf(rules).test(term) ? AFTER_COURTSHIP : 0;
/** The refusals of a courtship, as the rules' courtship patterns write them (`shared`: one definition, lead's review of 16–17). */
const refusedOf = (rules: RiskRules): RegExp => sharedAlternation(rules, ['blindDateRefused', 'suitorRefused', 'refusedAtAll']);
/** One pattern of the rules' `shared` alternations named (and words of the code's own), compiled once per rule set. */
function sharedAlternation(rules: RiskRules, names: readonly string[], own = ''): RegExp {
  const shared: Record<string, string | undefined> = rules.shared ?? {};
  const key = `${names.join()}|${own}`;
  let known = alternations.get(shared);
  if (!known) alternations.set(shared, (known = new Map()));
  let re = known.get(key);
  if (!re) known.set(key, (re = new RegExp([...names.map((n) => shared[n]), own].filter(Boolean).join('|') || '(?!)')));
  return re;
}
const alternations = new WeakMap<object, Map<string, RegExp>>();

function linkedAt(a: AnalyzedText, relationAt: number, conflictAt: number, rules: RiskRules, lx: Lexicon, after = 0): boolean {
  const window = rules.relationSentences ?? Infinity;
  const k = tokenAt(a, conflictAt);
  const d = a.tokens[k].sentence - a.tokens[tokenAt(a, relationAt)].sentence;
  if (Math.abs(d) <= window || (d > 0 && d <= after)) return true;
  if (d !== window + 1) return false;
  if (clauseWords(a, k).some((t) => lx.followers.has(t.word))) return true;
  // 她与前男友唐某同居两年…。近两个月唐某总能出现在她去的地方，底盘上吸着个定位器: the relative's own name, told in the next
  // sentence before the conflict, is its doer as a pronoun would be (round 55).
  const { tokens } = a;
  // Not one who only helps or goes along (钱某帮她洗车时…发现了一个定位器，是修车行的学徒装的, round 55 review).
  for (let i = k; i >= 0 && tokens[i].sentence === tokens[k].sentence; i--) if (kinNameAt(a, i, lx) && !besideName(tokens, i)) return true;
  return false;
}
/** The word after the name ending at i is one of NAME_BESIDE (钱某帮她: 帮 may be cut as the name's given character). */
function besideName(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.word === '某' && NAME_BESIDE.has(tokens[i].word)) return true;
  return NAME_BESIDE.has(tokens[tokens[i + 1]?.word.startsWith('某') ? i + 2 : i + 1]?.word ?? '');
}
const NAME_BESIDE = new Set(['帮', '帮着', '替', '陪', '陪着', '和', '跟', '与', '同', '给', '的', '被', '之']);

/**
 * 同事追过我，我拒绝了，后来我结婚了，今天我老公推了我一把 / 他追我，我拒绝了，现在他是我男朋友了: a courtship refused
 * that the text tells before naming her spouse or partner in a later clause is her story, not the party; the spouse
 * or partner is.
 */
function outgrownCourtship<T extends { kind: RelationKind; hit: TextHit }>(
  hits: T[],
  fields: AnalyzedField[],
  rules: RiskRules,
  lx: Lexicon,
): T[] {
  return hits.filter((r) => r.kind !== 'ex_partner' || !outgrown(r.hit, fields, rules, lx));
}
function outgrown(hit: TextHit, fields: AnalyzedField[], rules: RiskRules, lx: Lexicon): boolean {
  if (!COURTSHIP.test(hit.term)) return false;
  const partners = lx.relations.strong.filter(([k]) => k === 'spouse' || k === 'partner').flatMap(([, w]) => w);
  // In a later clause: 拒绝了相亲对象 names the suitor himself.
  const clause = hit.a.tokens.findLast((t) => t.start < hit.end)?.clause ?? 0;
  return allOccurrences(fields, partners, rules, { own: true }).some(
    (r) => r.a === hit.a && r.start >= hit.end && (r.a.tokens.find((t) => t.end > r.start)?.clause ?? 0) > clause && !saidOf(r),
  );
}
/** 说我有男朋友, 到处跟人说我是他女朋友: a partner only said (her excuse, his boast), not a partner she has. */
function saidOf(r: TextHit): boolean {
  const k = tokenAt(r.a, r.start);
  const { tokens } = r.a;
  for (let i = k - 1; i >= 0 && tokens[i].clause === tokens[k].clause; i--) if (SAYS.has(tokens[i].word)) return true;
  return false;
}
const SAYS = new Set(['说', '称', '谎称', '声称', '扬言', '骗']);
/** What a refused-suitor reading of the ex-partner's terms matched: chasing, confessing or proposing, and a no. */
const COURTSHIP =
  /追|表白|喜欢|求爱|相亲|相[过了][一两几]?[回次]?亲|介绍了?个?对象|献殷勤|见过?了?[一两几]次面|见了?[一两几]面|见面[一两几]次/;

function order(kind: RelationKind): number {
  return ['ex_partner', 'ex_spouse', 'spouse', 'partner', 'in_law', 'parent_child', 'sibling'].indexOf(kind);
}

export function hitEvidence(recordId: string, hit: TextHit): Evidence {
  return { recordId, field: hit.field, ...originalSpan(hit.a, hit.start, hit.end) };
}
