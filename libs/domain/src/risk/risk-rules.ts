import rulesData from './risk-rules.json';

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
  /** Raises the score with others but never, alone, lifts a dispute above blue (酒后, 离婚, 怀孕). */
  aggravating?: boolean;
  terms: string[];
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
  thresholds: { red: number; orange: number; yellow: number; alert: RiskLevel };
  negation: { cues: string[]; window: number };
  irrealis: { cues: string[]; window: number };
  foreign: { cues: string[]; window: number };
  relations: Record<RelationKind, string[]>;
  romanticRelations: RelationKind[];
  conflictCues: string[];
  /** Vocabulary of other domains; a `decisive` one (与人打架: a fight with an outsider) rules out a family dispute the codes do not name. */
  otherDomains: Record<string, { domain: DisputeDomain; terms: string[]; decisive?: boolean }>;
  familyCodes: { subCategory: string[]; cause: string[]; romanticCause: string[]; category: string[] };
  otherCodes: Record<string, DisputeDomain>;
  factors: FactorRule[];
  combinations: FactorCombination[];
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

/** The rules in force; `version` inside the file is stored with every assessment made with them. */
export const RISK_RULES_V1 = rulesData as RiskRules;

export const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, blue: 1, yellow: 2, orange: 3, red: 4 };

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}
