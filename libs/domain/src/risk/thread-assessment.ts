import type { NormalizedEventV1 } from '@hub/contracts';
import { stableUuid } from '../ingestion/admission';
import { recordIdOf } from './dispute-classifier';
import { assessRisk, EVIDENCE_PER_FACTOR, type PriorRecord, type RiskAssessment } from './risk-assessor';
import { LEVEL_RANK, type RiskRules } from './risk-rules';

/**
 * Bounds on the work and the stored size per event, so neither grows with a household's history (a hostel,
 * a police station's address, a default address reach thousands of records): the look-up reads at most
 * `priorsPerKey` newest records per household or person within the rules' window; an assessment counts
 * at most that many and stores the `links` newest links and `evidencePerFactor` newest records per
 * history factor, with the counts of the rest.
 */
export const HISTORY_BOUNDS = { priorsPerKey: 200, links: 50, evidencePerFactor: EVIDENCE_PER_FACTOR } as const;

/** What the history look-up knows of an earlier record: enough to link it and to score from it. */
export interface ThreadRecord extends PriorRecord {
  source: PriorRecord['source'];
  sourceRef: string;
  revision: number;
  householdKey: string;
  personHashes: string[];
}

/** Why an earlier record was counted in this one's thread: stored with the assessment, shown to officers. */
export interface ThreadLink {
  recordId: string;
  via: 'household' | 'person';
}

export interface EventAssessment {
  assessmentId: string;
  /** The newest earlier records this assessment counted, and why (at most HISTORY_BOUNDS.links). */
  links: ThreadLink[];
  /** How many earlier records the thread had in all (links lists the newest of them). */
  linkedRecords: number;
  event: NormalizedEventV1;
  assessment: RiskAssessment;
  personHashes: string[];
  /** Whether this assessment is handed to dispatch as an alert. */
  alert: boolean;
}

/** A petition repeated (重复访) or skipping a level (越级访): counted in the thread's history. */
export function isRepeatPetition(e: NormalizedEventV1): boolean {
  return e.attributes.repeat === true || e.attributes.levelSkipped === true;
}

export function personHashesOf(e: NormalizedEventV1): string[] {
  const named = e.persons.flatMap((p) => [p.idHash, p.phoneHash]);
  const mentioned = (e.mentions ?? []).map((m) => m.hash);
  return [...new Set([...named, ...mentioned].filter((h): h is string => !!h))];
}

/**
 * Assesses events one after another, each against its thread's earlier records: those that share its
 * household or one of its persons (by keyed ID or phone hash). What it assessed counts for what comes
 * next, exactly as in the pipeline. Only the newest revision of each record counts.
 */
export class ThreadAssessor {
  private readonly records = new Map<string, ThreadRecord>();
  private readonly byLink = new Map<string, Set<string>>(); // household key or person hash -> record keys

  /**
   * @param excluded links an officer corrected as wrong, as `correctionKey(a, b)`: never counted again.
   */
  constructor(
    private readonly rules: RiskRules,
    known: ThreadRecord[] = [],
    private readonly excluded: ReadonlySet<string> = new Set(),
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
    const self = `${event.source}|${event.sourceRef}`;
    const linked = new Map<string, ThreadLink['via']>();
    this.byLink.get(event.householdKey)?.forEach((r) => linked.set(r, 'household'));
    for (const h of hashes) this.byLink.get(h)?.forEach((r) => linked.set(r, linked.get(r) ?? 'person'));
    linked.delete(self);
    for (const k of linked.keys()) if (this.excluded.has(correctionKey(self, k))) linked.delete(k);
    // Newest first, and no more than the look-up would read: cost and size stay flat as the history grows.
    const all = [...linked.keys()]
      .map((k) => this.records.get(k)!)
      .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0));
    const priors = all.slice(0, HISTORY_BOUNDS.priorsPerKey);
    const links = priors
      .slice(0, HISTORY_BOUNDS.links)
      .map((p) => ({ recordId: p.recordId, via: linked.get(`${p.source}|${p.sourceRef}`)! }));
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
      repeatPetition: isRepeatPetition(event),
    });
    return {
      assessmentId: stableUuid(`assessment|${event.eventId}`),
      links,
      linkedRecords: all.length,
      event,
      assessment,
      personHashes: hashes,
      alert: assessment.familyRomantic && LEVEL_RANK[assessment.riskLevel] >= LEVEL_RANK[this.rules.thresholds.alert],
    };
  }
}

export function assessInOrder(
  events: NormalizedEventV1[],
  known: ThreadRecord[],
  rules: RiskRules,
  excluded?: ReadonlySet<string>,
): EventAssessment[] {
  const assessor = new ThreadAssessor(rules, known, excluded);
  return events.map((e) => assessor.assess(e));
}

/** The key of a corrected link between two records (`source|sourceRef`), the same whichever comes first. */
export function correctionKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}
