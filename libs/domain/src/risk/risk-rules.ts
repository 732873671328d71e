import modelData from './risk-model.json';
import rulesData from './risk-rules.json';
import type { LinearModel } from './linear-model';
import type { Segmenter } from './text';

export type RiskLevel = 'red' | 'orange' | 'yellow' | 'blue' | 'none';
export type DisputeDomain = '婚姻家庭' | '恋爱情感' | '邻里' | '经济/借贷' | '劳动' | '物业' | '其他' | '非纠纷';
export type RelationKind = 'spouse' | 'ex_spouse' | 'partner' | 'ex_partner' | 'parent_child' | 'in_law' | 'sibling';

export interface FactorRule {
  code: string;
  label: string;
  weight: number;
  minLevel?: RiskLevel;
  /** Describes what happened, so a threatened or wished occurrence does not count (扬言要打她 is a threat, not violence). */
  actual?: boolean;
  /** Skip occurrences after 就 said on a condition (你敢回来…我就打断你的腿): the words of a threat, not an act (round 16 review). */
  onCondition?: boolean;
  /** Raises the score with others but never, alone, lifts a dispute above blue (酒后, 离婚, 怀孕). */
  aggravating?: boolean;
  /** Terms: literal words, `re:` patterns, `p:` acts that need a person done to, `c:` means that need a `context` word in their clause. */
  terms: string[];
  /** Words of use (拿着, 泼, 掏出) of which one makes a `c:` means count in its clause. */
  context?: string[];
  /** Words before a term in its clause that make it advice, a question or an intention, not a fact (建议申请保护令). */
  notAfter?: string[];
}

/** Factors that together mean more than their sum: a protection order named beside violence is its violation. */
export interface FactorCombination {
  code: string;
  label: string;
  requires: string[];
  /** And at least one of these, when given. */
  anyOf?: string[];
  weight: number;
  minLevel?: RiskLevel;
}

export interface HistoryRule {
  code: string;
  label: string;
  weight?: number;
  minLevel?: RiskLevel;
  [k: string]: unknown;
}

/** The weights, thresholds and lexicon: data with a version, stored with every assessment. */
export interface RiskRules {
  version: string;
  /** Injected by the app (jieba with the project dictionary); absent, a dictionary segmenter of the rules' own words. */
  segmenter?: Segmenter;
  /** The learned component shipped with this version (`risk-model.json`), trained on development records only. */
  model?: LinearModel;
  thresholds: { red: number; orange: number; yellow: number; alert: RiskLevel };
  /** Words, counted within `window` words before a term in its clause. */
  negation: { cues: string[]; window: number };
  /** `conditionals`: 就 makes an act threatened only after one of them in its clause (不给钱就打她). */
  irrealis: { cues: string[]; window: number; conditionals: string[] };
  /**
   * A relation word after one of `cues` is someone else's when `companions` (与, 和) come before the cue or 的 after it;
   * right after one of `possessors` (他人女友, 别人老婆) it always is.
   */
  foreign: { cues: string[]; companions: string[]; possessors?: string[] };
  /** The project's own dictionary: words the segmenter must keep whole (dialect, kin, violence). */
  dictionary: string[];
  /** Words that name a person (pronouns, parties): an act done to one of them is done to a person. */
  persons: string[];
  /** Acts two people do to each other (打架, 干仗): no one need be named as the one it is done to. */
  mutualActs: string[];
  /** 男方, 女方: both named means the record is about a couple. */
  coupleMarkers: [string, string];
  /** Words the segmenter keeps whole although jieba knows them and loses them to a neighbour (原告诉称, 被告知; see the rules' note). */
  wholeWords?: string[];
  /** Words put back together where the cut splits them into two words (被告/知 → 被告知; see the rules' note). */
  joinedWords?: string[];
  /** Words jieba knows that the rules read as two (争吵中将原告推倒: 中/将, not 中将; see the rules' note), cut after their first character. */
  splitWords?: string[];
  relations: Record<RelationKind, string[]>;
  /** Relation words often someone else's (父母, 家人, 男人): they anchor a learned judgement or a matter of family law, not the rules' relation-and-conflict reading. */
  weakRelations: string[];
  /** Matters of family law (离婚, 抚养费, 彩礼, 赡养) by the relation they are between. */
  familyMatters: Partial<Record<RelationKind, string[]>>;
  /** Matters of family law that name a registration or a status (结婚证, 准生证, 再婚): alone and with no conflict, no dispute. */
  registrations?: string[];
  /**
   * An estate contested among kin (round 36 and its review): a word of an estate (遗产, 遗嘱, 继承) with a word of its
   * contest (不同意, 占着, 全归, 没份), none of a stranger's part in it (a carer's wages, a neighbour's or a creditor's claim)
   * and kin named is a matter of family law.
   */
  estates?: { terms: string[]; contested: string[]; strangers: string[] };
  romanticRelations: RelationKind[];
  /** How many sentences apart a relation and a conflict may stand and still be read as one dispute (absent: any). */
  relationSentences?: number;
  /** Pronouns that carry a sentence's people into the next: a conflict there with one of them is still the relation's. */
  relationFollowers?: string[];
  /** The other side of a claim against an authority, an institution or a company (see the rules' note). */
  counterparties?: string[];
  /** Verbs of a claim (状告, 索赔): next to a counterparty they make the record a claim against it. */
  claimVerbs?: string[];
  /** Factor codes of an outcome or a state, not an act between parties (住院, 受伤, 离婚). */
  consequences?: string[];
  conflictCues: string[];
  /** Vocabulary of other domains; a `decisive` one (与人打架: a fight with an outsider) rules out a family dispute the codes do not name. */
  otherDomains: Record<string, { domain: DisputeDomain; terms: string[]; decisive?: boolean }>;
  familyCodes: { subCategory: string[]; cause: string[]; romanticCause: string[]; category: string[] };
  otherCodes: Record<string, DisputeDomain>;
  factors: FactorRule[];
  combinations: FactorCombination[];
  /** Patterns written once and used in several lists (`{{name}}` in a term), already put in place when loaded. */
  shared?: Record<string, string>;
  history: {
    windowDays: number;
    repeatIncident: HistoryRule & { perPrior: number; max: number };
    risingFrequency: HistoryRule & { recentDays: number };
    recentIncident: HistoryRule & { days: number };
    priorViolence: HistoryRule;
    divorceFiling: HistoryRule;
    protectionOrder: HistoryRule;
    petition: HistoryRule;
    repeatPetition: HistoryRule;
    priorHighRisk: HistoryRule;
  };
}

/**
 * A pattern written once in the file's `shared` and used in several lists (the refusals of a courtship, a separation from
 * a partner): each `{{name}}` in a term is replaced by `shared[name]` when the rules are loaded.
 */
function expandShared(data: Record<string, unknown>): Record<string, unknown> {
  const { shared = {}, ...rest } = data as { shared?: Record<string, string> };
  const text = JSON.stringify(rest).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const pattern = shared[name];
    if (typeof pattern !== 'string') throw new Error(`risk-rules.json: no shared pattern ${name}`);
    return JSON.stringify(pattern).slice(1, -1);
  });
  return { ...(JSON.parse(text) as Record<string, unknown>), shared };
}

/** The rules in force by default; `version` inside the file is stored with every assessment made with them. */
export const RISK_RULES_V1: RiskRules = {
  ...(expandShared(rulesData) as unknown as RiskRules),
  model: modelData as unknown as LinearModel,
};
if (RISK_RULES_V1.model?.version !== RISK_RULES_V1.version) throw new Error('risk-model.json was trained for another rules version');

/**
 * The rule sets the hub can run, by version: the live app takes one from `RISK_RULES_VERSION`, a
 * back-test compares one with what was issued. A new version is a new file added here.
 */
export const RISK_RULE_SETS: ReadonlyMap<string, RiskRules> = new Map([[RISK_RULES_V1.version, RISK_RULES_V1]]);

/** The rule set of a version, or an error naming the versions there are. */
export function riskRules(version: string = RISK_RULES_V1.version): RiskRules {
  const rules = RISK_RULE_SETS.get(version);
  if (!rules) throw new Error(`unknown rules version "${version}" (known: ${[...RISK_RULE_SETS.keys()].join(', ')})`);
  return rules;
}

/** The same rules read with another segmenter (the live app's jieba). */
export function withSegmenter(rules: RiskRules, segmenter: Segmenter): RiskRules {
  return { ...rules, segmenter };
}

export const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, blue: 1, yellow: 2, orange: 3, red: 4 };

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}
