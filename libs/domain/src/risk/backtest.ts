import type { NormalizedEventV1 } from '@hub/contracts';
import { centreCodeAt } from '../area/area-level';
import type { RiskAssessment } from './risk-assessor';
import { LEVEL_RANK, type RiskLevel, type RiskRules } from './risk-rules';
import { ThreadAssessor, type ThreadRecord } from './thread-assessment';

/** What was issued for an event: its stored assessment. */
export interface IssuedAssessment {
  familyRomantic: boolean;
  riskLevel: RiskLevel;
  riskScore: number;
  rulesVersion: string;
}

export interface StoredEvent {
  event: NormalizedEventV1;
  /** Absent when the event was never assessed (the risk app was behind, or the event predates it). */
  issued?: IssuedAssessment;
}

/** How the candidate's alert for an event differs from what was issued. */
export type AlertChange = 'added' | 'dropped' | 'raised' | 'lowered';
export const ALERT_CHANGES: readonly AlertChange[] = ['added', 'dropped', 'raised', 'lowered'];

export interface BacktestExample {
  sourceRef: string;
  source: string;
  occurredAt: string;
  area: string;
  issued: RiskLevel | 'none';
  candidate: RiskLevel | 'none';
  /** The candidate's strongest factors with the words they came from. */
  why: string;
  text: string;
}

export interface BacktestReport {
  candidateVersion: string;
  issuedVersions: Record<string, number>;
  events: number;
  notIssued: number;
  /** Alerts issued and alerts the candidate would issue (family or romantic, at or above the alert level). */
  alertsIssued: number;
  alertsCandidate: number;
  changes: Record<AlertChange, number>;
  /** Per level (the candidate's for added and raised, the issued one for dropped and lowered) and change. */
  byLevel: Record<string, Record<AlertChange, number>>;
  /** Per county (first six digits of the division code) and change. */
  byArea: Record<string, Record<AlertChange, number>>;
  examples: Record<AlertChange, BacktestExample[]>;
}

const zero = (): Record<AlertChange, number> => ({ added: 0, dropped: 0, raised: 0, lowered: 0 });

/**
 * Runs the stored events of a period, in the order they happened, through a candidate rule and model
 * version, with the history the live app would have had (`known`: the threads' earlier records), and
 * compares each alert with what was issued.
 */
export function backtest(
  events: readonly StoredEvent[],
  known: ThreadRecord[],
  candidate: RiskRules,
  examplesPerChange = 3,
): BacktestReport {
  const assessor = new ThreadAssessor(candidate, known);
  const alertAt = LEVEL_RANK[candidate.thresholds.alert];
  const level = (familyRomantic: boolean, l: RiskLevel): RiskLevel | 'none' => (familyRomantic && LEVEL_RANK[l] >= alertAt ? l : 'none');
  const report: BacktestReport = {
    candidateVersion: candidate.version,
    issuedVersions: {},
    events: 0,
    notIssued: 0,
    alertsIssued: 0,
    alertsCandidate: 0,
    changes: zero(),
    byLevel: {},
    byArea: {},
    examples: { added: [], dropped: [], raised: [], lowered: [] },
  };
  const ordered = [...events].sort((a, b) => a.event.occurredAt.localeCompare(b.event.occurredAt) || a.event.revision - b.event.revision);
  for (const { event, issued } of ordered) {
    const { assessment } = assessor.assess(event);
    report.events++;
    if (!issued) {
      report.notIssued++;
      continue;
    }
    report.issuedVersions[issued.rulesVersion] = (report.issuedVersions[issued.rulesVersion] ?? 0) + 1;
    const before = level(issued.familyRomantic, issued.riskLevel);
    const after = level(assessment.familyRomantic, assessment.riskLevel);
    if (before !== 'none') report.alertsIssued++;
    if (after !== 'none') report.alertsCandidate++;
    const change = changeOf(before, after);
    if (!change) continue;
    report.changes[change]++;
    const byLevel = change === 'dropped' || change === 'lowered' ? before : after;
    (report.byLevel[byLevel] ??= zero())[change]++;
    const area = centreCodeAt('county', event.location.divisionCode);
    (report.byArea[area] ??= zero())[change]++;
    if (report.examples[change].length < examplesPerChange) {
      report.examples[change].push({
        sourceRef: event.sourceRef,
        source: event.source,
        occurredAt: event.occurredAt,
        area,
        issued: before,
        candidate: after,
        why: why(assessment),
        text: event.texts.main.slice(0, 80),
      });
    }
  }
  return report;
}

function changeOf(before: RiskLevel | 'none', after: RiskLevel | 'none'): AlertChange | undefined {
  if (before === after) return undefined;
  if (before === 'none') return 'added';
  if (after === 'none') return 'dropped';
  return LEVEL_RANK[after] > LEVEL_RANK[before] ? 'raised' : 'lowered';
}

function why(a: RiskAssessment): string {
  const factors = [...a.factors].sort((x, y) => y.weight - x.weight).slice(0, 3);
  if (!factors.length) return a.domainEvidence.map((e) => e.text).join('、') || a.domain;
  return factors.map((f) => `${f.label}「${f.evidence.map((e) => e.text).join('、')}」`).join('；');
}
