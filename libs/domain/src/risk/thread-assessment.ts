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
/** A record as the assessor keeps it: its key and time read once. */
type Kept = ThreadRecord & { key: string; occurredAtMs: number };

export class ThreadAssessor {
  private readonly records = new Map<string, Kept>();
  /**
   * Household key or person hash -> its records, oldest first. The newest few of a thread are read from the
   * end of its lists, so an event of a household with thousands of records costs what one with a few hundred
   * does (bounded by HISTORY_BOUNDS.priorsPerKey), not a pass over all of them.
   */
  private readonly byLink = new Map<string, Kept[]>();
  /** For each record key, the keys an officer said are not of its thread (from `excluded`). */
  private readonly notWith = new Map<string, Set<string>>();

  /**
   * @param excluded links an officer corrected as wrong, as `correctionKey(a, b)`: never counted again.
   */
  constructor(
    private readonly rules: RiskRules,
    known: ThreadRecord[] = [],
    excluded: ReadonlySet<string> = new Set(),
  ) {
    // Each correction key is `a~b`; record keys may hold '~' themselves, so every split that rebuilds the key counts.
    for (const e of excluded) {
      for (let i = e.indexOf('~'); i >= 0; i = e.indexOf('~', i + 1)) {
        const [a, b] = [e.slice(0, i), e.slice(i + 1)];
        if (correctionKey(a, b) !== e) continue;
        for (const [x, y] of [
          [a, b],
          [b, a],
        ]) {
          if (!this.notWith.has(x)) this.notWith.set(x, new Set());
          this.notWith.get(x)!.add(y);
        }
      }
    }
    // Oldest first, as the events of a batch come: each list is then built by appending.
    known
      .map((r) => ({ ...r, occurredAtMs: r.occurredAtMs ?? Date.parse(r.occurredAt) }))
      .sort((a, b) => a.occurredAtMs - b.occurredAtMs)
      .forEach((r) => this.remember(r));
  }

  remember(r: ThreadRecord): void {
    const key = `${r.source}|${r.sourceRef}`;
    const cur = this.records.get(key);
    if (cur && cur.revision > r.revision) return;
    if (cur) {
      // A newer revision: it may have moved in time or to other links, so it is filed again.
      for (const k of new Set([cur.householdKey, ...cur.personHashes])) {
        const list = this.byLink.get(k)!;
        list.splice(list.indexOf(cur), 1);
      }
    }
    const kept: Kept = { ...r, key, occurredAtMs: r.occurredAtMs ?? Date.parse(r.occurredAt) };
    this.records.set(key, kept);
    for (const k of new Set([r.householdKey, ...r.personHashes])) {
      let list = this.byLink.get(k);
      if (!list) this.byLink.set(k, (list = []));
      // In time order: almost always an append.
      let i = list.length;
      while (i > 0 && list[i - 1].occurredAtMs > kept.occurredAtMs) i--;
      list.splice(i, 0, kept);
    }
  }

  assess(event: NormalizedEventV1): EventAssessment {
    const hashes = personHashesOf(event);
    const self = `${event.source}|${event.sourceRef}`;
    // The record itself (an earlier revision) and links an officer corrected as wrong: never counted.
    const notLinked = new Set<string>([self, ...(this.notWith.get(self) ?? [])]);
    const bound = HISTORY_BOUNDS.priorsPerKey;
    const household = this.byLink.get(event.householdKey) ?? [];
    // The household's records are counted without reading them; only the newest are read.
    let count = household.length;
    for (const k of notLinked) if (this.records.get(k)?.householdKey === event.householdKey) count--;
    let priors: Kept[] = [];
    for (let i = household.length - 1; i >= 0 && priors.length < bound; i--)
      if (!notLinked.has(household[i].key)) priors.push(household[i]);
    // Records linked through a person but of another household: counted, and the newest of each person read.
    if (hashes.length) {
      const others = new Set<string>();
      const byPerson: Kept[] = [];
      for (const h of hashes) {
        const list = this.byLink.get(h) ?? [];
        for (let i = list.length - 1, taken = 0; i >= 0; i--) {
          const r = list[i];
          if (r.householdKey === event.householdKey || notLinked.has(r.key) || others.has(r.key)) continue;
          others.add(r.key);
          if (taken++ < bound) byPerson.push(r);
        }
      }
      count += others.size;
      if (byPerson.length) priors = [...priors, ...byPerson].sort((a, b) => b.occurredAtMs - a.occurredAtMs).slice(0, bound);
    }
    // Newest first, and no more than the look-up would read: cost and size stay flat as the history grows.
    const via = (p: Kept): ThreadLink['via'] => (p.householdKey === event.householdKey ? 'household' : 'person');
    const links = priors.slice(0, HISTORY_BOUNDS.links).map((p) => ({ recordId: p.recordId, via: via(p) }));
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
      linkedRecords: count,
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
