/**
 * The soak's reckoning, apart from its I/O: fault windows, publish → task latency inside and outside them,
 * percentiles, each fault's time to recover, the largest consumer lag, and per stage what was lost and
 * duplicated, all from what runSoak (soak.ts) gathered. Pure, so that each rule is tested in milliseconds
 * (soak-reckoning.spec.ts) rather than only by a run of several minutes.
 */
export type FaultKind = 'app-kill' | 'broker' | 'postgres' | 'redis' | 'terminal';

export interface FaultRecord {
  kind: FaultKind;
  target: string;
  startedAt: number;
  restoredAt: number;
  /** From the restore until every backlog was back under a second of traffic; undefined: never within the run. */
  recoveredMs?: number;
}

export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export interface StageCount {
  stage: string;
  count: number;
  lost: number;
  duplicated: number;
  note?: string;
}

/** One reading of the sampler; a figure is undefined when its probe failed or gave no answer in time. */
export interface Sample {
  at: number;
  /** Consumer lag per group id. */
  lags?: Record<string, number>;
  /** Outbox rows not yet relayed to BullMQ. */
  outbox?: number;
  /** Deliveries not yet sent. */
  undelivered?: number;
  /** Grid-alert jobs not yet handled: waiting, prioritized or delayed (soak-probes.ts). */
  alertBacklog?: number;
}

/** The nearest-rank `p` quantile (0..1) of values sorted ascending (not empty). */
export function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** Nearest-rank percentiles (p50, p99) and the maximum; all 0 with n 0 when there is nothing to rank. */
export function percentiles(values: readonly number[]): Latency {
  if (!values.length) return { n: 0, p50: 0, p99: 0, max: 0 };
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: nearestRank(s, 0.5), p99: nearestRank(s, 0.99), max: s[s.length - 1] };
}

/** Consumer lag summed over the groups, unrelayed outbox rows and grid-alert jobs; undefined unless all were read. */
export function totalBacklog(s: Sample): number | undefined {
  return s.lags && s.outbox !== undefined && s.alertBacklog !== undefined ? summedLag(s.lags) + s.outbox + s.alertBacklog : undefined;
}

const summedLag = (lags: Record<string, number>) => Object.values(lags).reduce((a, b) => a + b, 0);

export type FaultWindow = readonly [start: number, end: number];

/**
 * Each fault's window: from the fault until it was recovered from (restore + time to recover). A fault
 * never recovered from keeps its window open to the end: what followed it is not counted as quiet time.
 */
export function faultWindows(faults: readonly FaultRecord[]): FaultWindow[] {
  return faults.map((f) => [f.startedAt, f.restoredAt + (f.recoveredMs ?? Number.POSITIVE_INFINITY)] as const);
}

/** Whether a time falls in any window, both ends included; overlapping windows count it once. */
export function inAnyWindow(at: number, windows: readonly FaultWindow[]): boolean {
  return windows.some(([s, e]) => at >= s && at <= e);
}

/**
 * How long before a fault an event published outside every window still has its journey cut by it: the 2 s the
 * issue allows publish → task. Fixed in advance and the same for every event, so which events are set apart never
 * depends on how long they took.
 */
export const FAULT_LEAD_IN_MS = 2_000;

/**
 * Publish → task latencies, split by whether the event was published inside a fault window. `clear` is the part of
 * `outside` published more than `leadInMs` before the next fault's start (an event published 0.5 s before a SIGKILL is
 * outside by its publish time, yet its 2 s are the fault's). An applied alert whose event the soak did not publish
 * (none is expected) has no publish time and is left out.
 */
export function splitLatencies(
  applied: readonly { key: string; appliedAt: number }[],
  publishedAt: ReadonlyMap<string, number>,
  windows: readonly FaultWindow[],
  leadInMs = FAULT_LEAD_IN_MS,
): { inside: number[]; outside: number[]; clear: number[] } {
  const inside: number[] = [];
  const outside: number[] = [];
  const clear: number[] = [];
  for (const a of applied) {
    const p = publishedAt.get(a.key);
    if (p === undefined) continue;
    const latency = a.appliedAt - p;
    if (inAnyWindow(p, windows)) inside.push(latency);
    else {
      outside.push(latency);
      if (!windows.some(([start]) => start > p && start - p <= leadInMs)) clear.push(latency);
    }
  }
  return { inside, outside, clear };
}

/** A backlog of a second of traffic (at least 50) counts as caught up. */
export function recoveryThreshold(rate: number): number {
  return Math.max(50, rate);
}

/**
 * Time from a fault's restore to the first sample, at or after it, in which every probe answered and every
 * backlog (consumer lag summed over groups, unrelayed outbox rows, grid-alert jobs; for the terminal
 * gateway also undelivered deliveries) is at most `threshold`. Undefined if no such sample came.
 */
export function recoveredAfter(fault: FaultRecord, samples: readonly Sample[], threshold: number): number | undefined {
  const caughtUp = samples.find((s) => {
    if (s.at < fault.restoredAt || !s.lags || s.outbox === undefined || s.alertBacklog === undefined || s.undelivered === undefined)
      return false;
    const lag = summedLag(s.lags);
    return (
      lag <= threshold && s.outbox <= threshold && s.alertBacklog <= threshold && (fault.kind !== 'terminal' || s.undelivered <= threshold)
    );
  });
  return caughtUp ? caughtUp.at - fault.restoredAt : undefined;
}

/** The largest lag any group showed, when (seconds from `start`); the first sample wins a tie. */
export function largestLag(samples: readonly Sample[], start: number): { group: string; lag: number; atSecond: number } {
  let largest = { group: '', lag: 0, atSecond: 0 };
  for (const s of samples)
    for (const [group, lag] of Object.entries(s.lags ?? {}))
      if (lag > largest.lag) largest = { group, lag, atSecond: Math.round((s.at - start) / 1000) };
  return largest;
}

/** Extra copies: each key seen k times adds k - 1. */
export function extraCopies(keys: Iterable<string>): number {
  let all = 0;
  const distinct = new Set<string>();
  for (const k of keys) {
    all++;
    distinct.add(k);
  }
  return all - distinct.size;
}

/** The keys of `expected` (each once) that `present` lacks. */
export function missing(expected: Iterable<string>, present: Iterable<string>): number {
  const have = new Set(present);
  let n = 0;
  for (const k of new Set(expected)) if (!have.has(k)) n++;
  return n;
}

/** What the soak read at the end, per stage, from the hub's tables, the feeds and the stand-in gateway. */
export interface StageFigures {
  /** Messages the publisher had acknowledged. */
  sent: number;
  /** The (source|reference|revision) keys planned for publication. */
  publishedKeys: Iterable<string>;
  /** The same key of every normalized_event row, one per row. */
  storedKeys: readonly string[];
  /** Messages on the feeds' dead-letter topics. */
  deadLettered: number;
  /** Messages ingest had not read yet when the drain ended (0 when drained): still in Kafka, behind, not lost. */
  unread: number;
  assessed: {
    rows: number;
    events: number;
    /** Records whose newest revision has no assessment. */
    missing: number;
    /** Older revisions superseded in their batch: stored for history, never assessed, by design. */
    historyOnly: number;
  };
  /** Family or romantic assessments at or above the alert level. */
  expectedAlerts: number;
  alerts: { rows: number; assessments: number };
  tasks: { tasks: number; applied: number; duplicatedAlerts: number; duplicatedOpenTasks: number };
  untasked: { inOutbox: number; queued: number; failed: number; absent: number };
  deliveries: {
    /** The deliveries the hub recorded, with their state: pending (queued or retrying), sent, or failed for good. */
    recorded: readonly { id: string; status: string }[];
    /** Delivery ids the stand-in gateway delivered, one per delivery made. */
    received: readonly string[];
    refused: number;
    repeats: number;
  };
}

const notes = (...parts: (string | false | 0)[]) => parts.filter(Boolean).join('; ') || undefined;

/** Per stage: the count, what was lost and what was duplicated (0 and 0 is the promise), with notes. */
export function stageCounts(f: StageFigures): StageCount[] {
  const lostPublished = missing(f.publishedKeys, f.storedKeys);
  const stored = new Set(f.storedKeys).size;
  // A delivery the recipient never got is lost if the hub holds it sent, or gave up on it; one still pending
  // (queued, or waiting for a retry) when the drain ended is behind, as an alert whose job is still queued.
  const received = new Set(f.deliveries.received);
  const undelivered = f.deliveries.recorded.filter((d) => !received.has(d.id));
  const pending = undelivered.filter((d) => d.status === 'pending').length;
  return [
    { stage: 'published', count: f.sent, lost: 0, duplicated: 0 },
    {
      stage: 'stored',
      count: stored,
      lost: Math.max(0, lostPublished - f.deadLettered - f.unread),
      duplicated: f.storedKeys.length - stored,
      note: notes(
        f.deadLettered && `${f.deadLettered} dead-lettered with a reason`,
        f.unread && `${f.unread} not read yet, still in Kafka`,
      ),
    },
    {
      stage: 'assessed',
      count: f.assessed.events,
      lost: f.assessed.missing,
      duplicated: f.assessed.rows - f.assessed.events,
      note: notes(f.assessed.historyOnly && `${f.assessed.historyOnly} older revisions superseded in their batch, kept for history`),
    },
    {
      stage: 'alerts',
      count: f.alerts.assessments,
      lost: Math.max(0, f.expectedAlerts - f.alerts.assessments),
      duplicated: f.alerts.rows - f.alerts.assessments,
    },
    {
      stage: 'tasks',
      count: f.tasks.tasks,
      // An alert without a task is lost only if nothing will ever apply it: its job is gone from Redis (and
      // not in the outbox), or failed for good. One still queued, or still in the outbox, is behind.
      lost: f.untasked.absent + f.untasked.failed,
      duplicated: f.tasks.duplicatedAlerts + f.tasks.duplicatedOpenTasks,
      note: notes(
        `${f.tasks.applied} alerts applied to tasks`,
        f.untasked.queued && `${f.untasked.queued} not yet applied, job still queued`,
        f.untasked.inOutbox && `${f.untasked.inOutbox} not yet relayed, waiting in the outbox`,
        f.untasked.absent && `${f.untasked.absent} relayed but their job is gone from Redis`,
        f.untasked.failed && `${f.untasked.failed} whose job failed for good`,
      ),
    },
    {
      stage: 'deliveries',
      count: f.deliveries.recorded.length,
      lost: undelivered.length - pending,
      // A recipient got a message twice only if one delivery (its id) went through more than once.
      duplicated: extraCopies(f.deliveries.received),
      note: notes(
        `${f.deliveries.refused} refused while the gateway was down, retried`,
        `re-sent, absorbed by key ${f.deliveries.repeats}`,
        pending && `${pending} not yet sent, still pending`,
      ),
    },
  ];
}

/** A fault's recovery as the report prints it: a time, or that it did not recover within the run. */
export function formatRecovery(f: FaultRecord): string {
  return f.recoveredMs === undefined ? 'not recovered within the run' : `recovered in ${(f.recoveredMs / 1000).toFixed(2)} s`;
}
