import rulesV1 from './rules.v1.json';

export type RiskLevel = 'red' | 'orange' | 'yellow' | 'blue' | 'none';
export type DisputeDomain = '婚姻家庭' | '恋爱情感' | '邻里' | '经济/借贷' | '劳动' | '物业' | '其他' | '非纠纷';
export type RelationKind = 'spouse' | 'ex_spouse' | 'partner' | 'ex_partner' | 'parent_child' | 'in_law' | 'sibling';

export interface FactorRule {
  code: string;
  label: string;
  weight: number;
  minLevel?: RiskLevel;
  terms: string[];
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
  relations: Record<RelationKind, string[]>;
  romanticRelations: RelationKind[];
  conflictCues: string[];
  otherDomains: Record<string, { domain: DisputeDomain; terms: string[] }>;
  familyCodes: { subCategory: string[]; cause: string[]; romanticCause: string[]; category: string[] };
  otherCodes: Record<string, DisputeDomain>;
  factors: FactorRule[];
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

export const RISK_RULES_V1 = rulesV1 as RiskRules;

export const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, blue: 1, yellow: 2, orange: 3, red: 4 };

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}
