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
 * Assesses events in order, each against the thread's earlier records: those that share its household
 * or one of its persons (by keyed ID or phone hash). Records assessed earlier in the same call count
 * for later ones, exactly as they would one by one. Only the newest revision of each record counts.
 */
export function assessInOrder(events: NormalizedEventV1[], known: ThreadRecord[], rules: RiskRules): EventAssessment[] {
  const records = new Map<string, ThreadRecord>();
  const byLink = new Map<string, Set<string>>(); // household key or person hash -> record keys
  const link = (k: string, recordKey: string) => {
    let set = byLink.get(k);
    if (!set) byLink.set(k, (set = new Set()));
    set.add(recordKey);
  };
  const remember = (r: ThreadRecord) => {
    const key = `${r.source}|${r.sourceRef}`;
    const cur = records.get(key);
    if (cur && cur.revision > r.revision) return;
    records.set(key, r);
    link(r.householdKey, key);
    r.personHashes.forEach((h) => link(h, key));
  };
  known.forEach(remember);

  return events.map((event) => {
    const hashes = personHashesOf(event);
    const self = `${event.source}|${event.sourceRef}`;
    const linked = new Set<string>();
    for (const k of [event.householdKey, ...hashes]) byLink.get(k)?.forEach((r) => linked.add(r));
    linked.delete(self);
    const priors = [...linked].map((k) => records.get(k)!);
    const assessment = assessRisk(event, priors, rules);
    remember({
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
      alert: assessment.familyRomantic && LEVEL_RANK[assessment.riskLevel] >= LEVEL_RANK[rules.thresholds.alert],
    };
  });
}
