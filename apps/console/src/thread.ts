/** A record of a dispute thread as GET /api/threads/:id lists it. */
export interface ThreadRecord {
  source: string;
  sourceRef: string;
  revision: number;
  occurredAt: string;
  riskLevel: string;
  riskScore: number;
}

/**
 * The records of several threads (the couple's and the household's own) as one list, each record
 * once, oldest first.
 */
export function mergedRecords(threads: ThreadRecord[][]): ThreadRecord[] {
  const seen = new Map<string, ThreadRecord>();
  for (const r of threads.flat()) seen.set(`${r.source}|${r.sourceRef}|${r.revision}`, r);
  return [...seen.values()].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
}
