import type { NormalizedEventV1 } from '@hub/contracts';
import { stableUuid } from '../ingestion/admission';
import { recordIdOf } from './dispute-classifier';
import { assessRisk, type PriorRecord, type RiskAssessment } from './risk-assessor';
import { LEVEL_RANK, type RiskRules } from './risk-rules';

/** What the history look-up knows of an earlier record: enough to link it and to score from it. */
export interface ThreadRecord extends PriorRecord {
  source: PriorRecord['source'];
  sourceRef: string;
  revision: number;
  householdKey: string;
  personHashes: string[];
}

export interface EventAssessment {
  assessmentId: string;
  event: NormalizedEventV1;
  assessment: RiskAssessment;
  personHashes: string[];
  /** Whether this assessment is handed to dispatch as an alert. */
  alert: boolean;
}

export function personHashesOf(e: NormalizedEventV1): string[] {
  return [...new Set(e.persons.flatMap((p) => [p.idHash, p.phoneHash]).filter((h): h is string => !!h))];
}

/**
 * Assesses events one after another, each against its thread's earlier records: those that share its
 * household or one of its persons (by keyed ID or phone hash). What it assessed counts for what comes
 * next, exactly as in the pipeline. Only the newest revision of each record counts.
 */
export class ThreadAssessor {
  private readonly records = new Map<string, ThreadRecord>();
  private readonly byLink = new Map<string, Set<string>>(); // household key or person hash -> record keys

  constructor(
    private readonly rules: RiskRules,
    known: ThreadRecord[] = [],
  ) {
    known.forEach((r) => this.remember(r));
  }

  remember(r: ThreadRecord): void {
    const key = `${r.source}|${r.sourceRef}`;
    const cur = this.records.get(key);
    if (cur && cur.revision > r.revision) return;
    this.records.set(key, r);
    for (const k of [r.householdKey, ...r.personHashes]) {
      let set = this.byLink.get(k);
      if (!set) this.byLink.set(k, (set = new Set()));
      set.add(key);
    }
  }

  assess(event: NormalizedEventV1): EventAssessment {
    const hashes = personHashesOf(event);
    const linked = new Set<string>();
    for (const k of [event.householdKey, ...hashes]) this.byLink.get(k)?.forEach((r) => linked.add(r));
    linked.delete(`${event.source}|${event.sourceRef}`);
    const priors = [...linked].map((k) => this.records.get(k)!);
    const assessment = assessRisk(event, priors, this.rules);
    this.remember({
      recordId: recordIdOf(event),
      source: event.source,
      sourceRef: event.sourceRef,
      revision: event.revision,
      occurredAt: event.occurredAt,
      householdKey: event.householdKey,
      personHashes: hashes,
      familyRomantic: assessment.familyRomantic,
      riskLevel: assessment.riskLevel,
      factorCodes: assessment.factors.map((f) => f.code),
      cause: event.codes.cause,
      repeatPetition: event.attributes.repeat === true || event.attributes.levelSkipped === true,
    });
    return {
      assessmentId: stableUuid(`assessment|${event.eventId}`),
      event,
      assessment,
      personHashes: hashes,
      alert: assessment.familyRomantic && LEVEL_RANK[assessment.riskLevel] >= LEVEL_RANK[this.rules.thresholds.alert],
    };
  }
}

export function assessInOrder(events: NormalizedEventV1[], known: ThreadRecord[], rules: RiskRules): EventAssessment[] {
  const assessor = new ThreadAssessor(rules, known);
  return events.map((e) => assessor.assess(e));
}
