import { createHash } from 'node:crypto';
import type { NormalizedEventV1 } from '@hub/contracts';

/** The one who seeks help and the other party, by role across the three feeds. */
const SEEKING = new Set(['caller', 'victim', 'applicant', 'plaintiff', 'petitioner']);
const OTHER = new Set(['suspect', 'respondent', 'defendant']);

export interface DisputeThreadRef {
  /** `pair:<digest>` when the two parties are identified, else `household:<household key>`. */
  threadKey: string;
  basis: 'pair' | 'household';
  /** The two parties' keys (keyed ID hash, else keyed phone hash), for a pair. */
  parties: string[];
}

/**
 * The pair in conflict (the couple, ex-partners, parent and adult child) is the thread, since the risk
 * lives in the relationship rather than in one incident: the same two people make one thread whatever
 * the feed and wherever they live now. A record that does not identify both parties (a petition by one
 * person, a call without ID numbers) falls back to its household.
 */
export function disputeThreadOf(e: NormalizedEventV1): DisputeThreadRef {
  const keyOf = (p: NormalizedEventV1['persons'][number]) => p.idHash ?? p.phoneHash;
  const identified = e.persons.filter((p) => keyOf(p));
  const seeking = identified.find((p) => SEEKING.has(p.role));
  const other = identified.find((p) => OTHER.has(p.role) && keyOf(p) !== (seeking && keyOf(seeking)));
  let pair = seeking && other ? [keyOf(seeking)!, keyOf(other)!] : undefined;
  if (!pair) {
    const parties = [...new Set(identified.filter((p) => p.role === 'party').map((p) => keyOf(p)!))];
    if (parties.length === 2) pair = parties;
  }
  if (!pair) return { threadKey: `household:${e.householdKey}`, basis: 'household', parties: [] };
  const parties = [...pair].sort();
  return { threadKey: pairThreadKey(parties), basis: 'pair', parties };
}

/** The key of the thread between two parties (their keyed hashes, in either order). */
export function pairThreadKey(parties: readonly string[]): string {
  return `pair:${createHash('sha256')
    .update([...parties].sort().join('|'))
    .digest('hex')
    .slice(0, 32)}`;
}
