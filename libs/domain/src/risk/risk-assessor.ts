import type { FeedSource, NormalizedEventV1 } from '@hub/contracts';
import {
  allOccurrences,
  type AnalyzedField,
  classifyDispute,
  factorHitOptions,
  type DisputeClassification,
  type Evidence,
  firstHit,
  hitEvidence,
  isOutsiderPerson,
  lexiconOf,
  recordIdOf,
  type TextHit,
  textFields,
} from './dispute-classifier';
import { scoreTexts } from './linear-model';
import { type DisputeDomain, type FactorRule, LEVEL_RANK, maxLevel, type RiskLevel, type RiskRules } from './risk-rules';
import { type AnalyzedText, clauseWords, cueBefore, originalSpan, type Token } from './text';

export interface RiskFactor {
  code: string;
  label: string;
  weight: number;
  evidence: Evidence[];
}

/** An earlier record of the same dispute thread, as the history look-up returns it. */
export interface PriorRecord {
  recordId: string;
  source: FeedSource;
  occurredAt: string;
  /** `occurredAt` in ms when the caller has read it already (the thread assessor does, once per record). */
  occurredAtMs?: number;
  familyRomantic: boolean;
  riskLevel: RiskLevel;
  factorCodes: string[];
  cause?: string;
  repeatPetition?: boolean;
}

export interface RiskAssessment {
  domain: DisputeDomain;
  familyRomantic: boolean;
  relation?: string;
  riskScore: number;
  riskLevel: RiskLevel;
  factors: RiskFactor[];
  /** The classification's own evidence: why this is (or is not) a family or romantic dispute. */
  domainEvidence: Evidence[];
  rulesVersion: string;
}

const VIOLENT = new Set(['violence', 'strangulation', 'weapon', 'injury']);
const HARM = new Set(['violence', 'injury']);
const DAY = 86_400_000;
/** Records listed per history factor, the newest; the rest are counted in one more line. */
export const EVIDENCE_PER_FACTOR = 5;

/**
 * Scores the risk that a family or romantic dispute turns criminal (民转刑), from the record's own
 * text and codes and from the thread's history across feeds. Every factor carries its evidence.
 * Hard triggers (threats to kill, strangulation, weapons...) set a minimum level whatever the total.
 * A record of another domain gets level `none` with its domain stated, whatever its violence.
 */
export function assessRisk(event: NormalizedEventV1, priors: readonly PriorRecord[], rules: RiskRules): RiskAssessment {
  const fields = textFields(event, rules);
  const classification = classifyDispute(event, rules, fields);
  const factors: RiskFactor[] = [];
  let floor: RiskLevel = 'none';
  const recordId = recordIdOf(event);

  const hits = new Map<string, TextHit>();
  for (const rule of rules.factors) {
    const hit = firstHit(fields, rule.terms, rules, factorHitOptions(rule));
    if (!hit) continue;
    hits.set(rule.code, hit);
    factors.push({ code: rule.code, label: rule.label, weight: rule.weight, evidence: [hitEvidence(recordId, hit)] });
  }
  weaponOnAThing(fields, hits, factors, rules);
  // Before the red flags are read: a weapon she withdrew on scene sets no floor (round 9).
  withdrawnOnScene(fields, factors, rules);
  for (const f of factors) {
    const min = factorRule(rules, f.code)?.minLevel;
    if (min) floor = maxLevel(floor, min);
  }
  separatedPair(classification, factors, rules);
  // 扬言让她娘家"没有安生日子过": what the threat says is harm to her name or peace, not to her body; the
  // generic word (扬言, 威胁) is not counted again as a threat of harm (nor with a separation, docs/risk-rubric.md).
  if (factors.some((f) => f.code === 'threat_social')) {
    const i = factors.findIndex((f) => f.code === 'threat' && f.evidence.every((e) => GENERIC_THREATS.has(e.text)));
    if (i >= 0) factors.splice(i, 1);
  }
  // The codes read so far, kept with `factors` through the loop: most combinations lack a required code and are passed
  // without searching the list.
  const present = new Set<string>();
  for (const f of factors) present.add(f.code);
  for (const combo of rules.combinations) {
    if (!combo.requires.every((c) => present.has(c))) continue;
    const has = (c: string) => factors.find((f) => f.code === c);
    const any = combo.anyOf?.map(has).find((f) => !!f);
    if (combo.anyOf && !any) continue;
    const parts = [...combo.requires.map((c) => has(c)!), ...(any ? [any] : [])];
    factors.push({ code: combo.code, label: combo.label, weight: combo.weight, evidence: parts.flatMap((f) => f.evidence) });
    present.add(combo.code);
    if (combo.minLevel) floor = maxLevel(floor, combo.minLevel);
  }
  floor = maxLevel(floor, orderBreachedByConflict(hits, factors, rules));
  // 告诫书 mentioned as issued already counts as a judicial signal; 保护令 named both ways is counted once.
  dedupe(factors, 'protection_order_violation', 'protection_order_mention');
  // An application stated in the text is the mention of the order, counted once.
  dedupe(factors, 'protection_order_application', 'protection_order_mention');
  floor = maxLevel(floor, codeFactors(event, classification, factors, rules));
  floor = maxLevel(floor, historyFactors(event, priors, factors, rules));

  const learned = rules.model
    ? scoreTexts(
        rules.model,
        fields.map((f) => f.a),
      )
    : undefined;
  const modelEvidence = (words: string[]) => words.map((w) => wordEvidence(recordId, fields, w)).filter((e): e is Evidence => !!e);
  // The learned model judges a record that names a family or intimate relation but none of the
  // rules' conflict words (孩子他爸不给学费, 老公在外面有人), unless another domain's words or codes
  // explain it; its evidence is the relation and the words that carried the judgement.
  const anchor = classification.anchor;
  // A grave act the rules read (a rubric hard trigger or orange item, 家暴 told) beside the relation needs no more than the
  // model's not saying no (the veto's bar, not the family threshold): a retrained model's doubt (他给我打电话说要喝农药,
  // 他要给我喝农药, 遭遇家暴应该怎么办) does not make it none (round 18).
  const grave = factors.some((f) => graveOf(f, rules));
  let familyByModel = false;
  if (
    !classification.familyRomantic &&
    anchor &&
    learned &&
    learned.family >=
      (grave && !strangerTold(fields, rules)
        ? (rules.model!.thresholds.veto ?? rules.model!.thresholds.family)
        : rules.model!.thresholds.family) &&
    ['其他', '非纠纷'].includes(classification.domain)
  ) {
    familyByModel = true;
    classification.familyRomantic = true;
    classification.domain = rules.romanticRelations.includes(anchor.relation) ? '恋爱情感' : '婚姻家庭';
    classification.relation = anchor.relation;
    classification.evidence = [anchor.evidence, ...modelEvidence(learned.familyWords)];
  }
  if (!classification.familyRomantic) {
    return result(classification, 0, 'none', factors, rules);
  }
  const score = Math.max(
    0,
    Math.min(
      100,
      factors.reduce((s, f) => s + f.weight, 0),
    ),
  );
  const t = rules.thresholds;
  // The sum grades up to orange; red comes only from the rubric's red flags (the factors' and
  // combinations' `minLevel`), however many orange factors add up (drink, bruises and a threat are orange).
  let level: RiskLevel = score >= t.orange ? 'orange' : score >= t.yellow ? 'yellow' : 'blue';
  // Drink, a divorce or a pregnancy make violence graver; alone they leave a quarrel a quarrel. So do
  // an injury, a stay in hospital or a collapse that no act of the other party caused in the text
  // (对原告生病住院也不闻不问, 孩子身上有青紫痕迹): an outcome is not an act (docs/risk-rubric.md).
  const aggravating = aggravatingOf(rules);
  if (factors.every((f) => aggravating.has(f.code) || f.code === 'serious_injury' || f.code === 'injury' || f.weight <= 0)) level = 'blue';
  // Smashing property, being put out or a threat to her name are the rubric's yellow: drink, a divorce under way or
  // her fear aggravate violence, not these, so their weights adding up to orange leave them yellow (docs/risk-rubric.md).
  // An injury or a stay in hospital is never lowered so: violence with injury is at least orange.
  // So is a threat of harm without means (打断你的腿, 让你好看) with only her fear or drink beside it (round 14); the injury
  // its words name (打断你的腿) is no factor, the classifier reads it as threatened, not done (round 16 review, lead's
  // review of rounds 16 and 17); a threat after a separation is its own combination, orange.
  else if (level === 'orange' && factors.every((f) => aggravating.has(f.code) || yellowAct(f) || f.weight <= 0)) level = 'yellow';
  level = maxLevel(level, floor);
  // The learned model raises violence the rules found to orange when the record resembles the red and
  // orange records it was trained on (aggravation in words the rules do not have); threats and
  // stalking stay with the rubric's rules.
  const harm = factors.some((f) => HARM.has(f.code));
  if (learned && harm && LEVEL_RANK[level] < LEVEL_RANK.orange && learned.high >= rules.model!.thresholds.high) {
    if (modelEvidence(learned.highWords).length) {
      // What the officer is shown is a reason (lead, after the round 18 review): the model's words that name no party,
      // kin, procedure or time; where its three strongest are all such words (男方/报警/女方 on a push), the violence the
      // rules read is what the raise rests on, and that is shown. The grade is the same either way: refusing those raises
      // cost recall on several editions (docs/evaluation.md#round-18-review-fixes).
      const reasons = modelEvidence(learned.highWords.filter((w) => givesReason(w, rules)));
      factors.push(modelHighRisk(reasons.length ? reasons : factors.filter((f) => HARM.has(f.code)).flatMap((f) => f.evidence)));
      level = 'orange';
    }
  }
  // The learned judgement's "no": a family reading the rules made only from a relation word near a conflict (another
  // person's relative beside the caller's quarrel: 她老公出来推我, 车里还有我老婆孩子) is dropped where the model finds
  // the record unlike every family dispute it learned from (below `veto`). Never codes, the parties' stated relation,
  // a relative named as a party of the act or a matter of family law, and never where the grade is orange or red: the
  // learned "no" does not override the rubric's hard triggers nor its orange items (docs/evaluation.md#round-8), read by
  // their factors whatever the grade (`graveOf`, round 18). A plain act below orange (a push, a threat, stalking) beside
  // another's relative stays the veto's: blocking it cost every edition's family F1 (docs/evaluation.md#round-18).
  const veto = rules.model?.thresholds.veto;
  if (
    classification.basis === 'near' &&
    LEVEL_RANK[level] < LEVEL_RANK.orange &&
    !grave &&
    learned &&
    veto !== undefined &&
    learned.family < veto
  ) {
    // What the rules read without the family reading: another domain's words (the factory of a worker's injury), else
    // a conflict with no domain.
    classification.familyRomantic = false;
    classification.domain = classification.otherwise?.domain ?? '其他';
    classification.evidence = classification.otherwise?.evidence ?? classification.evidence.slice(1);
    delete classification.relation;
    return result(classification, 0, 'none', factors, rules);
  }
  // Round 18: the model raises a family dispute the rules graded yellow or blue without violence or injury (a separation,
  // stalking, her fear, a threat to her name…) to orange where it finds the record very like the red and orange records it
  // learned from (`raise`, chosen out of fold and checked by left-out edition: docs/evaluation.md#round-18). The family
  // reading must be the rules' own: one made by the model alone is never raised by it too. The officer sees why: the
  // words that carried the judgement, as the factor's evidence; without such words in the text, no raise.
  const raise = rules.model?.thresholds.raise;
  if (learned && raise !== undefined && !familyByModel && !harm && (level === 'yellow' || level === 'blue') && learned.high >= raise) {
    // The officer must see a reason: a party, kin or role word, a step of procedure, how often or when, or the divorce
    // itself (男方, 丈夫, 分手, 报警, 起诉, 经常, 离婚) is none: of the three words that weighed most, only the others are
    // shown, and without one no raise (round 18 review).
    const evidence = modelEvidence(learned.highWords.filter((w) => givesReason(w, rules)));
    if (evidence.length) {
      factors.push(modelHighRisk(evidence));
      level = 'orange';
    }
  }
  return result(classification, score, level, factors, rules);
}

/** The factor of a raise by the learned model, with what the officer is shown as its reason. */
const modelHighRisk = (evidence: Evidence[]): RiskFactor => ({
  code: 'model_high_risk',
  label: '与高风险记录相似（学习模型）',
  weight: 0,
  evidence,
});

/** Whether a word the model weighed can be shown to an officer as a reason. */
const givesReason = (word: string, rules: RiskRules): boolean => !noReasonWords(rules).has(word);
const noReason = new WeakMap<RiskRules, ReadonlySet<string>>();
/**
 * The words that give an officer no reason, as the raises and the trainer (MODEL_DROP_WORDS=no-reason) both read them:
 * `NO_REASON` and the rule set's relation words (丈夫, 老公, 前男友, 分手…), once per rule set.
 */
export function noReasonWords(rules: RiskRules): ReadonlySet<string> {
  let words = noReason.get(rules);
  if (!words) noReason.set(rules, (words = new Set([...NO_REASON, ...lexiconOf(rules).relationWords])));
  return words;
}

/**
 * Words the model may weigh toward danger that give an officer no reason (round 18 review): the parties and their roles,
 * the steps of a complaint or a suit, how often or when, and the divorce or the record's own matter. The trainer drops
 * them (and the relation words) as word features with MODEL_DROP_WORDS=no-reason (round 19).
 */
const NO_REASON: ReadonlySet<string> = new Set([
  // parties and roles
  '男方',
  '女方',
  '双方',
  '对方',
  '她',
  '他',
  '其',
  '男子',
  '女子',
  '男人',
  '女人',
  '男的',
  '女的',
  '报警人',
  '人称',
  '当事人',
  '原告',
  '被告',
  '申请人',
  '被申请人',
  '信访人',
  '反映人',
  '来电人',
  '群众',
  '本人',
  '某某',
  // procedure
  '报警',
  '报案',
  '民警',
  '出警',
  '警察',
  '派出所',
  '公安',
  '到场',
  '处理',
  '调解',
  '起诉',
  '诉称',
  '辩称',
  '法院',
  '判决',
  '裁定',
  '妇联',
  '信访',
  '反映',
  '传唤',
  '通知',
  '出具',
  '要求',
  '请求',
  '称',
  '诉至',
  '打电话',
  '电话',
  // how often, when
  '经常',
  '多次',
  '每天',
  '天天',
  '今天',
  '昨天',
  '此后',
  '已经',
  '一次',
  '上周',
  '上个月',
  '之后',
  '一天',
  '现在',
  // the matter itself
  '离婚',
  '婚后',
  '琐事',
  '生活',
]);
/**
 * What the model's doubt never refuses beside a relation the rules named but tied to no conflict (round 18): a rubric hard
 * trigger or orange item (poison, a weapon, a suicide threat…) or violence told by the word that names the family's own
 * (家暴, 家庭暴力). A plain act beside a relation is left to the model: a record's writers put kin beside strangers' acts.
 */
function graveOf(f: RiskFactor, rules: RiskRules): boolean {
  if (f.code === 'violence' && f.evidence.some((e) => FAMILY_VIOLENCE.has(e.text))) return true;
  if (f.code === 'protection_order_application') return false;
  const min = factorRule(rules, f.code)?.minLevel;
  return min === 'red' || min === 'orange';
}
const FAMILY_VIOLENCE = new Set(['家暴', '家庭暴力']);
/** Words that tell of a stranger or an outsider (陌生男子, 有人, 一个喝醉的人): the grave act may be theirs, the model decides. */
const STRANGERS = new Set([
  '陌生',
  '陌生人',
  '不认识',
  '有人',
  '一个人',
  '人',
  '男子',
  '女子',
  '男人',
  '女人',
  '小伙子',
  '小伙',
  '那人',
  '对方',
  // 那个男的, 一个老头, 喝醉的 (round 18 review)
  '男的',
  '女的',
  '那个人',
  '这个人',
  '老头',
  '老太太',
  '醉汉',
  '喝醉',
]);
function strangerTold(fields: AnalyzedField[], rules: RiskRules): boolean {
  const lx = lexiconOf(rules);
  return fields.some((f) => f.a.tokens.some((t) => STRANGERS.has(t.word) || isOutsiderPerson(t.word, lx)));
}

const factorRules = new WeakMap<RiskRules['factors'], Map<string, FactorRule>>();
/** The factor rule of a code (the first of that code, as `find` gives), indexed once per rule set. */
function factorRule(rules: RiskRules, code: string): FactorRule | undefined {
  let byCode = factorRules.get(rules.factors);
  if (!byCode) {
    byCode = new Map();
    for (const r of rules.factors) if (!byCode.has(r.code)) byCode.set(r.code, r);
    factorRules.set(rules.factors, byCode);
  }
  return byCode.get(code);
}

const aggravatingCodes = new WeakMap<RiskRules['factors'], Set<string>>();
/** The codes of the factors that only aggravate (drink, a divorce, a pregnancy), once per rule set. */
function aggravatingOf(rules: RiskRules): Set<string> {
  let codes = aggravatingCodes.get(rules.factors);
  if (!codes) aggravatingCodes.set(rules.factors, (codes = new Set(rules.factors.filter((f) => f.aggravating).map((f) => f.code))));
  return codes;
}

function result(c: DisputeClassification, score: number, level: RiskLevel, factors: RiskFactor[], rules: RiskRules): RiskAssessment {
  return {
    domain: c.domain,
    familyRomantic: c.familyRomantic,
    ...(c.relation ? { relation: c.relation } : {}),
    riskScore: score,
    riskLevel: level,
    factors,
    domainEvidence: c.evidence,
    rulesVersion: rules.version,
  };
}

const YELLOW_ACTS = new Set(['property_damage', 'thrown_out', 'threat_social', 'threat']);
/** A yellow act (an injury inside a threat's words is not read: the classifier skips it, round 16 review). */
function yellowAct(f: RiskFactor): boolean {
  return YELLOW_ACTS.has(f.code);
}
const GENERIC_THREATS = new Set(['威胁', '扬言', '恐吓', '要挟', '危胁']);
const DENIED_ACTS = new Set(['动手', '打', '打人', '打她', '打过', '殴打', '推搡', '肢体冲突', '家暴']);
const ACCUSED = new Set(['男方', '对方', '嫌疑人', '被告', '被申请人', '其夫', '丈夫', '老公', '男友', '前夫']);

/**
 * The call's account of violence withdrawn on scene: the disposition denies the act (并未动手, 无肢体冲突)
 * in the victim's own words or as the officers' finding (女方称…并未动手, 经查双方无肢体冲突). A denial
 * by the accused (男方称没有打) is reported speech and leaves the report standing.
 */
function withdrawnOnScene(fields: AnalyzedField[], factors: RiskFactor[], rules: RiskRules): void {
  withdrawn(fields, factors, rules, 'violence', (w) => DENIED_ACTS.has(w));
  // 女方称丈夫并未拿刀, 未见刀具: the weapon the call named, denied by her or not found by the officers (round 9).
  withdrawn(fields, factors, rules, 'weapon', (w) => DENIED_MEANS.test(w));
}
const DENIED_MEANS = /^(拿刀|持刀|刀|刀具|菜刀|拿着刀|动刀|凶器)$/;
function withdrawn(
  fields: AnalyzedField[],
  factors: RiskFactor[],
  rules: RiskRules,
  code: string,
  denied: (word: string) => boolean,
): void {
  const disposition = fields.find((f) => f.field === 'disposition')?.a;
  const i = factors.findIndex((f) => f.code === code);
  if (!disposition || i < 0 || factors[i].evidence.some((e) => e.field === 'disposition')) return;
  const negation = negationOf(rules);
  const withdrawn = disposition.tokens.some((t, k) => {
    if (!denied(t.word) || !cueBefore(disposition, k, negation, rules.negation.window)) return false;
    const words = clauseWords(disposition, k).filter((w) => w.start < t.start);
    // 丈夫否认动手: the accused's own denial, not said through 称, is reported speech too.
    const denies = words.findIndex((w) => w.word === '否认');
    if (denies > 0 && ACCUSED.has(words[denies - 1].word)) return false;
    // 男方承认推了一下，否认打人: a denial that opens its clause has the sentence's subject, the accused's (round 11).
    // 男方离开后女方情绪稳定，否认被打: the party named last before it is whose denial it is (round 11 review).
    if (denies === 0 && ACCUSED.has(lastParty(disposition, t) ?? '')) return false;
    const said = words.findIndex((w) => w.word === '称' || w.word === '说');
    return said < 0 || !ACCUSED.has(words[said - 1]?.word ?? '');
  });
  // 未见刀具…女方称他确实拿刀比划, 男方已将刀扔到楼下: a weapon the disposition itself affirms is not withdrawn by the
  // officers' not finding it (round 9 review).
  const affirmed =
    code === 'weapon' && disposition.tokens.some((t, k) => denied(t.word) && !cueBefore(disposition, k, negation, rules.negation.window));
  if (withdrawn && !affirmed) factors.splice(i, 1);
}
const VICTIMS = new Set(['女方', '报警人', '妻子', '老婆', '女友', '前妻', '原告', '申请人', '当事人', '事主']);
/** The last party named before the token in its sentence (男方…，女方…，否认被打: 女方). */
function lastParty(a: AnalyzedText, t: Token): string | undefined {
  let party: string | undefined;
  for (const w of a.tokens) {
    if (w.start >= t.start) break;
    if (w.sentence === t.sentence && (ACCUSED.has(w.word) || VICTIMS.has(w.word))) party = w.word;
  }
  return party;
}
const negations = new WeakMap<RiskRules['negation'], Set<string>>();
function negationOf(rules: RiskRules): Set<string> {
  let cues = negations.get(rules.negation);
  if (!cues) negations.set(rules.negation, (cues = new Set(rules.negation.cues)));
  return cues;
}

/**
 * 拿酒瓶把电视砸了, 用锤子砸碎了挡风玻璃: a weapon whose every mention stands in a clause that tells of smashing
 * property, with no act or threat against a person anywhere in the record, is the rubric's smashing property (yellow),
 * not a weapon against her. One mention in a clause of its own (又拿酒瓶对着我比划), aimed at someone (对着/指着/冲着/追 +
 * a person) or at the door she is behind keeps the weapon.
 */
function weaponOnAThing(fields: AnalyzedField[], hits: Map<string, TextHit>, factors: RiskFactor[], rules: RiskRules): void {
  if (!hits.has('weapon') || !hits.has('property_damage')) return;
  if (AGAINST_A_PERSON.some((code) => hits.has(code))) return;
  const occurrences = (code: string) => {
    const rule = factorRule(rules, code)!;
    return allOccurrences(fields, rule.terms, rules, factorHitOptions(rule));
  };
  const things = occurrences('property_damage');
  for (const weapon of occurrences('weapon')) {
    const clause = clauseAt(weapon);
    if (!things.some((t) => t.a === weapon.a && clauseAt(t) === clause)) return;
    const words = weapon.a.tokens.filter((t) => t.clause === clause).map((t) => t.word);
    // 拎着斧头在门口砸门: a door (or window) between them is smashed to get at her: the weapon is brought against her.
    if (words.some((w) => DOORS.has(w) || DOOR_BLOWS.test(w))) return;
    if (words.some((w, i) => AIMED.has(w) && words.slice(i + 1, i + 3).some((o) => TARGETS.has(o)))) return;
  }
  factors.splice(
    factors.findIndex((f) => f.code === 'weapon'),
    1,
  );
}
/** Aiming or going after someone (对着我, 指着她, 追着原告): with a person after it, the weapon is against that person. */
const AIMED = new Set(['对着', '指着', '冲着', '朝着', '追', '追着', '对', '指', '冲', '朝', '向']);
const TARGETS = new Set(['我', '她', '俺', '原告', '申请人', '妻子', '老婆', '媳妇', '女方', '孩子', '家人', '人']);
/** 砸门, 踹门 segmented as one word: the door is in it (拎着菜刀在外面砸门 is the weapon brought to get at her). */
const DOOR_BLOWS = /^(砸|踹|撞|劈|砍|踢|敲|捶|撬)(门|房门|窗|窗户)$/;
const DOORS = new Set(['门', '房门', '大门', '家门', '屋门', '门口', '防盗门', '卧室门', '窗户', '窗', '玻璃门']);
const AGAINST_A_PERSON = ['violence', 'threat', 'threat_to_kill', 'strangulation', 'lethal_violence', 'injury', 'serious_injury'];

/**
 * The factor codes the assessor's own readings name. They are code, not entries of the rules, so a factor renamed
 * in risk-rules.json would silently turn a reading off: the spec checks each against the rules' factors.
 */
export const FACTOR_CODES_READ: readonly string[] = [
  // The sets, and the codes read one by one in the functions above and below (separation's weight, for one).
  ...new Set([...VIOLENT, ...HARM, ...YELLOW_ACTS, ...AGAINST_A_PERSON, 'threat', 'separation', 'protection_order_in_force']),
];
const clauseAt = (h: TextHit) => h.a.tokens.find((t) => t.end > h.start)?.clause;

/**
 * 法院给我发了保护令，他今天又跑到我上班的超市来闹，当着顾客的面骂我: with an order in force, a conflict the record
 * tells after the order — a scene, abuse, a quarrel picked — is harassment in breach of it (the rubric's red), even
 * where no word of stalking or threat is used. Only a conflict by the one the order restrains: its sentence names him
 * (他, 被申请人, 前夫, her partner) or no one before it, never a third person (今天我跟邻居吵起来了, 我妈和我吵了一架); not the
 * order's own words, not a clause about a matter of family law (他又来闹离婚) and not an outcome.
 */
function orderBreachedByConflict(hits: Map<string, TextHit>, factors: RiskFactor[], rules: RiskRules): RiskLevel {
  const order = hits.get('protection_order_in_force');
  if (!order || factors.some((f) => f.code === BREACH || f.code === 'protection_order_violation_violence')) return 'none';
  const combo = rules.combinations.find((c) => c.code === BREACH);
  if (!combo) return 'none';
  const lx = lexiconOf(rules);
  const orderWords = new Set(rules.factors.filter((f) => f.code.startsWith('protection_order')).flatMap((f) => f.terms));
  const after = allOccurrences(
    [{ field: order.field, a: order.a }],
    lx.conflict.filter((t) => !orderWords.has(t)),
    rules,
  ).find((h) => h.start >= order.end && !lx.consequenceTerms.has(h.term) && byRespondent(h, order, rules));
  if (!after) return 'none';
  const recordId = factors.find((f) => f.code === 'protection_order_in_force')!.evidence[0].recordId;
  factors.push({
    code: combo.code,
    label: combo.label,
    weight: combo.weight,
    evidence: [hitEvidence(recordId, order), hitEvidence(recordId, after)],
  });
  return combo.minLevel ?? 'none';
}
const BREACH = 'protection_order_breach_threats';
/** The combination codes the assessor's own readings name (an order's breach told as any conflict after it). */
export const COMBINATION_CODES_READ: readonly string[] = [BREACH, 'protection_order_violation_violence'];
const FAMILY_LAW = /离婚|抚养|探视|分手/;
/** Who an order restrains: him as a pronoun or a party role, or a partner (spouse, ex-spouse, partner, ex-partner). */
const RESPONDENT_WORDS = new Set(['他', '她', '其', '对方', '男方', '被申请人', '被告', '被告人']);
const RESTRAINED_KINDS = ['spouse', 'ex_spouse', 'partner', 'ex_partner'] as const;

/**
 * The first person its sentence names after the order and up to the conflict is the one an order restrains (him as a
 * pronoun or a party role, or a partner), or none is named; never a third person. Not in a clause about a matter of
 * family law.
 */
function byRespondent(h: TextHit, order: TextHit, rules: RiskRules): boolean {
  const at = h.a.tokens.find((t) => t.end > h.start);
  if (!at) return false;
  const clause = h.a.tokens.filter((t) => t.clause === at.clause).map((t) => t.word);
  if (FAMILY_LAW.test(clause.join(''))) return false;
  const partners = new Set<string>(RESTRAINED_KINDS.flatMap((k) => rules.relations[k]));
  const lx = lexiconOf(rules);
  for (const t of h.a.tokens) {
    if (t.sentence !== at.sentence || t.start < order.end) continue;
    if (t.start >= h.end) break;
    if (RESPONDENT_WORDS.has(t.word) || partners.has(t.word)) return true;
    if (lx.relationWords.has(t.word) || isOutsiderPerson(t.word, lx)) return false;
  }
  return true;
}

/** An ex-partner or ex-spouse is a separation already, even when the text does not say 分手 or 离婚. */
function separatedPair(c: DisputeClassification, factors: RiskFactor[], rules: RiskRules): void {
  const separation = factorRule(rules, 'separation');
  if (!separation || !c.relation || !['ex_partner', 'ex_spouse'].includes(c.relation) || factors.some((f) => f.code === separation.code))
    return;
  const said = c.evidence.find((e) => e.field !== 'codes');
  if (said) factors.push({ code: separation.code, label: separation.label, weight: separation.weight, evidence: [said] });
}

/** The first place a word the model weighed stands in the record's texts. */
function wordEvidence(recordId: string, fields: AnalyzedField[], word: string): Evidence | undefined {
  for (const { field, a } of fields) {
    const t = a.tokens.find((x) => x.word === word);
    if (t) return { recordId, field, ...originalSpan(a, t.start, t.end) };
  }
  return undefined;
}

function dedupe(factors: RiskFactor[], keep: string, drop: string): void {
  if (factors.some((f) => f.code === keep)) {
    const i = factors.findIndex((f) => f.code === drop);
    if (i >= 0) factors.splice(i, 1);
  }
}

/** Judicial signals carried by the record's own codes: a protection-order application, a divorce filing. */
function codeFactors(event: NormalizedEventV1, c: DisputeClassification, factors: RiskFactor[], rules: RiskRules): RiskLevel {
  const recordId = recordIdOf(event);
  const cause = event.codes.cause;
  if (!cause) return 'none';
  const h = rules.history;
  if (cause === '人身安全保护令') {
    // The text may state the application already (申请人请求裁定禁止被申请人…): one factor, its evidence the code's.
    const stated = factors.findIndex((f) => f.code === h.protectionOrder.code);
    if (stated >= 0) factors.splice(stated, 1);
    factors.push({
      code: h.protectionOrder.code,
      label: h.protectionOrder.label,
      weight: h.protectionOrder.weight ?? 0,
      evidence: [{ recordId, field: 'codes', text: cause }],
    });
    return h.protectionOrder.minLevel ?? 'none';
  }
  // A divorce, cohabitation or custody filing is a separation under way, even if the text never says so.
  const separation = factorRule(rules, 'separation');
  if (separation && c.familyRomantic && /离婚|同居|抚养|探望/.test(cause) && !factors.some((f) => f.code === separation.code)) {
    factors.push({
      code: separation.code,
      label: separation.label,
      weight: separation.weight,
      evidence: [{ recordId, field: 'codes', text: cause }],
    });
  }
  return 'none';
}

/** Records of one history factor: how many, and the newest few (the evidence shown). */
interface Tally {
  n: number;
  newest: PriorRecord[];
  last?: { p: PriorRecord; t: number };
}

/** Police-history and cross-feed indicators over the thread's earlier records within the window. */
function historyFactors(event: NormalizedEventV1, priors: readonly PriorRecord[], factors: RiskFactor[], rules: RiskRules): RiskLevel {
  // No earlier record (most events of a batch): no factor, and no date to read.
  if (priors.length === 0) return 'none';
  const h = rules.history;
  const now = Date.parse(event.occurredAt);
  // With a household's 200 earlier records this runs for every event of a batch, so it is one pass over them
  // that counts each factor's records and keeps its newest few, newest first. A date already read by the
  // thread assessor is not parsed again: parsing one costs more than all else done per record.
  const at = (p: PriorRecord) => p.occurredAtMs ?? Date.parse(p.occurredAt);
  let records = priors;
  for (let i = 1, before = records.length ? at(records[0]) : 0; i < records.length; i++) {
    const t = at(records[i]);
    if (t > before) {
      records = priors.map((p) => ({ ...p, occurredAtMs: at(p) })).sort((a, b) => b.occurredAtMs - a.occurredAtMs);
      break;
    }
    before = t;
  }
  const tally = (): Tally => ({ n: 0, newest: [] });
  const put = (x: Tally, p: PriorRecord) => {
    x.n++;
    if (x.newest.length < EVIDENCE_PER_FACTOR) x.newest.push(p);
  };
  const [calls, recent, violent, filings, orders, petitions, repeats, high] = Array.from({ length: 8 }, tally);
  let lastCall: { p: PriorRecord; t: number } | undefined;
  let inWindow = 0;
  for (const p of records) {
    const t = at(p);
    if (!(t <= now && now - t <= h.windowDays * DAY && p.familyRomantic)) continue;
    inWindow++;
    if (p.source === 'police110') {
      put(calls, p);
      lastCall ??= { p, t };
      if (now - t <= h.risingFrequency.recentDays * DAY) put(recent, p);
    }
    if (p.factorCodes.some((c) => VIOLENT.has(c))) put(violent, p);
    if (p.source === 'court' && p.cause && /离婚|同居|抚养|探望/.test(p.cause)) put(filings, p);
    if (p.cause === '人身安全保护令') put(orders, p);
    if (p.source === 'petition') {
      put(petitions, p);
      if (p.repeatPetition) put(repeats, p);
    }
    if (LEVEL_RANK[p.riskLevel] >= LEVEL_RANK.orange) put(high, p);
  }
  if (inWindow === 0) return 'none';
  // The newest few records as evidence and a count of the rest: an assessment's size stays flat however long the history.
  const add = (rule: { code: string; label: string; weight?: number }, weight: number, x: Tally, text: (p: PriorRecord) => string) => {
    const shown: Evidence[] = x.newest.map((p) => ({
      recordId: p.recordId,
      field: 'history',
      text: `${p.occurredAt.slice(0, 10)} ${text(p)}`,
    }));
    if (x.n > EVIDENCE_PER_FACTOR)
      shown.push({ recordId: recordIdOf(event), field: 'history', text: `共 ${x.n} 条, 列出最近 ${EVIDENCE_PER_FACTOR} 条` });
    factors.push({ code: rule.code, label: rule.label, weight, evidence: shown });
  };
  let floor: RiskLevel = 'none';

  if (calls.n) {
    add(h.repeatIncident, Math.min(h.repeatIncident.max, calls.n * h.repeatIncident.perPrior), calls, () => '110警情');
    const older = calls.n - recent.n;
    if (recent.n >= 2 && recent.n > older) add(h.risingFrequency, h.risingFrequency.weight ?? 0, recent, () => '近期警情');
    if (lastCall && now - lastCall.t <= h.recentIncident.days * DAY)
      add(h.recentIncident, h.recentIncident.weight ?? 0, { n: 1, newest: [lastCall.p] }, () => '上次警情');
  }
  if (violent.n) add(h.priorViolence, h.priorViolence.weight ?? 0, violent, () => '既往暴力');
  if (filings.n) add(h.divorceFiling, h.divorceFiling.weight ?? 0, filings, (p) => p.cause!);
  if (orders.n && event.codes.cause !== '人身安全保护令') {
    add(h.protectionOrder, h.protectionOrder.weight ?? 0, orders, (p) => p.cause!);
    floor = maxLevel(floor, h.protectionOrder.minLevel ?? 'none');
  }
  if (petitions.n) add(h.petition, h.petition.weight ?? 0, petitions, () => '信访');
  if (repeats.n) add(h.repeatPetition, h.repeatPetition.weight ?? 0, repeats, () => '重复访/越级访');
  if (high.n) add(h.priorHighRisk, h.priorHighRisk.weight ?? 0, high, (p) => `此前评级 ${p.riskLevel}`);
  return floor;
}
