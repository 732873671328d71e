import type { NormalizedEventV1 } from '@hub/contracts';
import type { DisputeDomain, RelationKind, RiskRules } from './risk-rules';
import { findAll, foldText, isNegated, precededBy } from './text';

export type TextField = 'main' | 'disposition' | 'subject';

export interface Evidence {
  /** `<source>:<sourceRef>#<revision>`: the record an officer can open. */
  recordId: string;
  field: TextField | 'codes' | 'history';
  start?: number;
  end?: number;
  text: string;
}

export interface DisputeClassification {
  domain: DisputeDomain;
  familyRomantic: boolean;
  relation?: RelationKind;
  evidence: Evidence[];
}

export interface TextHit {
  field: TextField;
  term: string;
  start: number;
}

export function recordIdOf(e: Pick<NormalizedEventV1, 'source' | 'sourceRef' | 'revision'>): string {
  return `${e.source}:${e.sourceRef}#${e.revision}`;
}

export function textFields(e: NormalizedEventV1): [TextField, string][] {
  const out: [TextField, string][] = [['main', foldText(e.texts.main)]];
  if (e.texts.disposition) out.push(['disposition', foldText(e.texts.disposition)]);
  if (e.texts.subject) out.push(['subject', foldText(e.texts.subject)]);
  return out;
}

export interface HitOptions {
  /** Skip occurrences that are only threatened or wished (扬言要打她): for factors that describe what happened. */
  actual?: boolean;
  /** Skip relation words that belong to someone else (邻居夫妻, 朋友的老公). */
  own?: boolean;
}

/** First non-negated occurrence of any of the terms, searching the fields in order. */
export function firstHit(
  fields: [TextField, string][],
  terms: readonly string[],
  rules: RiskRules,
  options: HitOptions = {},
): TextHit | undefined {
  for (const [field, text] of fields) {
    let best: TextHit | undefined;
    for (const term of terms) {
      for (const m of findAll(text, term)) {
        if (best && m.start >= best.start) break;
        if (isNegated(text, m.start, rules.negation.cues, rules.negation.window)) continue;
        if (options.actual && precededBy(text, m.start, rules.irrealis.cues, rules.irrealis.window)) continue;
        if (options.own && precededBy(text, m.start, rules.foreign.cues, rules.foreign.window)) continue;
        best = { field, term: m.text, start: m.start };
        break;
      }
    }
    if (best) return best;
  }
  return undefined;
}

function countTerms(fields: [TextField, string][], terms: readonly string[]): number {
  let n = 0;
  for (const [, text] of fields) for (const t of terms) if (findAll(text, t).length) n++;
  return n;
}

/**
 * Which kind of dispute a record is about. Structured codes (警情细类, 案由, 信访分类) decide when they
 * name a family or romantic matter; otherwise the text must show both a family or intimate relation
 * and a conflict between them, and that must outweigh another domain's vocabulary: 小舅子借钱不还 is a
 * debt, 姐夫开车撞了人 is traffic.
 */
export function classifyDispute(e: NormalizedEventV1, rules: RiskRules): DisputeClassification {
  const recordId = recordIdOf(e);
  const fields = textFields(e);
  const codeEvidence = (text: string): Evidence => ({ recordId, field: 'codes', text });

  const relationHits = (Object.keys(rules.relations) as RelationKind[])
    .map((kind) => ({ kind, hit: firstHit(fields, rules.relations[kind], rules, { own: true }) }))
    .filter((r): r is { kind: RelationKind; hit: TextHit } => !!r.hit)
    // Ex-partners before partners: 前男友 also contains 男友.
    .sort((a, b) => order(a.kind) - order(b.kind));
  const relation = relationHits[0];
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

  const conflict = firstHit(fields, conflictTerms(rules), rules);
  const others = Object.values(rules.otherDomains)
    .map((d) => ({ domain: d.domain, decisive: !!d.decisive, n: countTerms(fields, d.terms), hit: firstHit(fields, d.terms, rules) }))
    .filter((d) => d.n > 0)
    .sort((a, b) => b.n - a.n);
  const otherCode = codes.map((c) => rules.otherCodes[c]).find((d) => !!d);

  const strongestOther = others[0];
  // Between intimates a word of money or a neighbour does not make it someone else's dispute
  // (因为借钱跟老公吵架); between wider kin it does (小舅子借钱不还).
  const intimate = !!relation && ['spouse', 'ex_spouse', 'partner', 'ex_partner'].includes(relation.kind);
  const outsider = others.some((o) => o.decisive);
  if (relation && conflict && !outsider && (!strongestOther || (intimate && strongestOther.n <= 1))) {
    return {
      domain: romanticText ? '恋爱情感' : '婚姻家庭',
      familyRomantic: true,
      relation: relation.kind,
      evidence: [hitEvidence(recordId, relation.hit), hitEvidence(recordId, conflict)],
    };
  }
  if (strongestOther) {
    return {
      domain: strongestOther.domain,
      familyRomantic: false,
      evidence: strongestOther.hit ? [hitEvidence(recordId, strongestOther.hit)] : [],
    };
  }
  if (otherCode) return { domain: otherCode, familyRomantic: false, evidence: [codeEvidence(codes.find((c) => rules.otherCodes[c])!)] };
  if (conflict || codes.some((c) => c.includes('纠纷'))) {
    return { domain: '其他', familyRomantic: false, evidence: conflict ? [hitEvidence(recordId, conflict)] : [] };
  }
  return { domain: '非纠纷', familyRomantic: false, evidence: [] };
}

function order(kind: RelationKind): number {
  return ['ex_partner', 'ex_spouse', 'spouse', 'partner', 'in_law', 'parent_child', 'sibling'].indexOf(kind);
}

export function hitEvidence(recordId: string, hit: TextHit): Evidence {
  return { recordId, field: hit.field, start: hit.start, end: hit.start + hit.term.length, text: hit.term };
}

const conflictTermCache = new WeakMap<RiskRules, string[]>();

/** Conflict cues plus every aggravating factor's terms: 同归于尽 between ex-partners is a conflict too. */
function conflictTerms(rules: RiskRules): string[] {
  let terms = conflictTermCache.get(rules);
  if (!terms) {
    terms = [...new Set([...rules.conflictCues, ...rules.factors.filter((f) => f.weight > 0).flatMap((f) => f.terms)])];
    conflictTermCache.set(rules, terms);
  }
  return terms;
}
