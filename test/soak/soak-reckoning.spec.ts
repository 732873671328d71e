import { formatReport, type SoakReport } from './soak';
import {
  extraCopies,
  type FaultRecord,
  faultWindows,
  formatRecovery,
  inAnyWindow,
  largestLag,
  missing,
  percentiles,
  recoveredAfter,
  recoveryThreshold,
  type Sample,
  splitLatencies,
  type StageFigures,
  stageCounts,
} from './soak-reckoning';

/** The soak's reckoning on hand-computed cases: what its report says must follow from what it gathered. */
const fault = (f: Partial<FaultRecord> & Pick<FaultRecord, 'startedAt' | 'restoredAt'>): FaultRecord => ({
  kind: 'broker',
  target: 'kafka node 1',
  ...f,
});
const sent = (...ids: string[]) => ids.map((id) => ({ id, status: 'sent' }));
const quiet = (at: number, over: Partial<Sample> = {}): Sample => ({
  at,
  lags: { 'g.ingest': 0, 'g.risk': 0 },
  outbox: 0,
  undelivered: 0,
  alertBacklog: 0,
  ...over,
});

describe('percentiles', () => {
  it('ranks to the nearest rank: p50 of 1..100 is 50, p99 is 99, max 100, whatever the input order', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(values)).toEqual({ n: 100, p50: 50, p99: 99, max: 100 });
  });

  it('takes the only value for every figure of one sample, and the top of a small set for p99', () => {
    expect(percentiles([7])).toEqual({ n: 1, p50: 7, p99: 7, max: 7 });
    // ceil(0.5 * 4) = 2nd value; ceil(0.99 * 4) = 4th.
    expect(percentiles([40, 10, 30, 20])).toEqual({ n: 4, p50: 20, p99: 40, max: 40 });
  });

  it('gives n 0 and zeros when there is nothing to rank', () => {
    expect(percentiles([])).toEqual({ n: 0, p50: 0, p99: 0, max: 0 });
  });
});

describe('fault windows and the latency split', () => {
  it('runs a window from the fault to its restore plus its time to recover', () => {
    expect(faultWindows([fault({ startedAt: 1_000, restoredAt: 9_000, recoveredMs: 500 })])).toEqual([[1_000, 9_500]]);
  });

  it('keeps the window of a fault never recovered from open to the end of time', () => {
    const [[start, end]] = faultWindows([fault({ startedAt: 1_000, restoredAt: 9_000 })]);
    expect(start).toBe(1_000);
    expect(end).toBe(Number.POSITIVE_INFINITY);
    expect(inAnyWindow(1e15, faultWindows([fault({ startedAt: 1_000, restoredAt: 9_000 })]))).toBe(true);
  });

  it('counts a publish exactly on either edge of a window as inside, and a millisecond off as outside', () => {
    const windows = faultWindows([fault({ startedAt: 1_000, restoredAt: 2_000, recoveredMs: 1_000 })]);
    expect([999, 1_000, 3_000, 3_001].map((t) => inAnyWindow(t, windows))).toEqual([false, true, true, false]);
  });

  it('splits publish → task latencies by publish time, each once when windows overlap', () => {
    const windows = faultWindows([
      fault({ startedAt: 1_000, restoredAt: 4_000, recoveredMs: 1_000 }), // [1000, 5000]
      fault({ kind: 'app-kill', startedAt: 3_000, restoredAt: 6_000, recoveredMs: 0 }), // [3000, 6000]
    ]);
    const publishedAt = new Map([
      ['before', 500],
      ['first-only', 2_000],
      ['both', 4_000],
      ['second-only', 5_500],
      ['after', 6_001],
    ]);
    const applied = [
      { key: 'before', appliedAt: 600 }, // 100 ms
      { key: 'first-only', appliedAt: 2_200 }, // 200 ms
      { key: 'both', appliedAt: 4_300 }, // 300 ms
      { key: 'second-only', appliedAt: 5_900 }, // 400 ms
      { key: 'after', appliedAt: 6_501 }, // 500 ms
      { key: 'not-published-by-the-soak', appliedAt: 9_000 },
    ];
    // 'before' is published 500 ms before the first fault: outside by its publish time, not clear of the fault.
    expect(splitLatencies(applied, publishedAt, windows)).toEqual({ inside: [200, 300, 400], outside: [100, 500], clear: [500] });
  });

  it('puts everything published after a fault never recovered from inside, nothing outside', () => {
    const windows = faultWindows([fault({ startedAt: 1_000, restoredAt: 2_000 })]);
    const split = splitLatencies(
      [
        { key: 'a', appliedAt: 1_100 },
        { key: 'b', appliedAt: 60_000 },
      ],
      new Map([
        ['a', 900],
        ['b', 50_000],
      ]),
      windows,
    );
    expect(split).toEqual({ inside: [10_000], outside: [200], clear: [] });
  });

  it('sets apart what was published in the 2 s before a fault by its publish time alone, however long it took', () => {
    const windows = faultWindows([fault({ startedAt: 10_000, restoredAt: 12_000, recoveredMs: 1_000 })]); // [10000, 13000]
    const publishedAt = new Map([
      ['quiet-slow', 7_000], // 3 s before the fault: clear, and its 4 s count against the hub
      ['edge', 8_000], // exactly 2 s before: in the lead-in
      ['caught', 9_500], // 0.5 s before: in the lead-in, however long it took
      ['after', 13_500],
    ]);
    const applied = [
      { key: 'quiet-slow', appliedAt: 11_000 },
      { key: 'edge', appliedAt: 8_300 },
      { key: 'caught', appliedAt: 30_000 },
      { key: 'after', appliedAt: 14_000 },
    ];
    expect(splitLatencies(applied, publishedAt, windows)).toEqual({
      inside: [],
      outside: [4_000, 300, 20_500, 500],
      clear: [4_000, 500],
    });
    expect(splitLatencies(applied, publishedAt, windows, 0).clear).toEqual([4_000, 300, 20_500, 500]);
  });

  it('has nothing to split without samples, and everything outside without faults', () => {
    expect(splitLatencies([], new Map(), [])).toEqual({ inside: [], outside: [], clear: [] });
    expect(splitLatencies([{ key: 'a', appliedAt: 5 }], new Map([['a', 2]]), [])).toEqual({ inside: [], outside: [3], clear: [3] });
  });
});

describe('time to recover', () => {
  const threshold = recoveryThreshold(40);
  const broker = fault({ startedAt: 0, restoredAt: 10_000 });

  it('takes a second of traffic as caught up, at least 50', () => {
    expect(recoveryThreshold(40)).toBe(50);
    expect(recoveryThreshold(500)).toBe(500);
  });

  it('is the time to the first sample from the restore on with every backlog at or under the threshold', () => {
    const samples = [
      quiet(8_000), // before the restore: does not count
      quiet(10_000, { lags: { 'g.ingest': 40, 'g.risk': 11 } }), // lag summed over groups: 51 > 50
      quiet(12_000, { outbox: 51 }),
      quiet(14_000, { alertBacklog: 51 }),
      quiet(16_000, { lags: { 'g.ingest': 30, 'g.risk': 20 }, outbox: 50, alertBacklog: 50 }), // all exactly 50: caught up
    ];
    expect(recoveredAfter(broker, samples, threshold)).toBe(6_000);
  });

  it('counts a sample taken at the very moment of the restore', () => {
    expect(recoveredAfter(broker, [quiet(10_000)], threshold)).toBe(0);
  });

  it('does not take a sample whose probe failed (no figure) as caught up', () => {
    const samples = [
      quiet(11_000, { lags: undefined }),
      quiet(12_000, { outbox: undefined }),
      quiet(13_000, { alertBacklog: undefined }),
      quiet(15_000),
    ];
    expect(recoveredAfter(broker, samples, threshold)).toBe(5_000);
  });

  it('waits for undelivered deliveries only after the terminal gateway refused', () => {
    const samples = [quiet(11_000, { undelivered: 400 }), quiet(13_000)];
    expect(recoveredAfter(broker, samples, threshold)).toBe(1_000);
    expect(recoveredAfter({ ...broker, kind: 'terminal' }, samples, threshold)).toBe(3_000);
  });

  it('is undefined when no sample after the restore caught up, or there are no samples', () => {
    expect(recoveredAfter(broker, [quiet(9_000), quiet(11_000, { outbox: 999 })], threshold)).toBeUndefined();
    expect(recoveredAfter(broker, [], threshold)).toBeUndefined();
  });

  it('is printed as a time, or as not recovered rather than a number', () => {
    expect(formatRecovery({ ...broker, recoveredMs: 6_000 })).toBe('recovered in 6.00 s');
    expect(formatRecovery({ ...broker, recoveredMs: 0 })).toBe('recovered in 0.00 s');
    expect(formatRecovery(broker)).toBe('not recovered within the run');
  });
});

describe('largest consumer lag', () => {
  it('is the largest lag of any group in any sample, with its group and second; failed readings are skipped', () => {
    const samples = [
      quiet(1_000, { lags: { 'g.ingest': 10, 'g.risk': 300 } }),
      quiet(3_000, { lags: undefined }),
      quiet(5_400, { lags: { 'g.ingest': 700, 'g.risk': 5 } }),
      quiet(7_000, { lags: { 'g.ingest': 700, 'g.risk': 5 } }), // a tie: the first keeps it
    ];
    expect(largestLag(samples, 1_000)).toEqual({ group: 'g.ingest', lag: 700, atSecond: 4 });
  });

  it('is 0 with no group when nothing lagged or nothing was read', () => {
    expect(largestLag([], 0)).toEqual({ group: '', lag: 0, atSecond: 0 });
    expect(largestLag([quiet(1_000)], 0)).toEqual({ group: '', lag: 0, atSecond: 0 });
  });
});

describe('lost and duplicated', () => {
  it('counts each extra copy of a key once: three of a, two of b are three duplicates', () => {
    expect(extraCopies(['a', 'a', 'a', 'b', 'b', 'c'])).toBe(3);
    expect(extraCopies([])).toBe(0);
  });

  it('counts each expected key missing once, however often it was expected', () => {
    expect(missing(['a', 'b', 'b', 'c'], ['a'])).toBe(2);
    expect(missing([], ['a'])).toBe(0);
  });

  const figures = (over: Partial<StageFigures> = {}): StageFigures => ({
    sent: 6,
    publishedKeys: ['p|1|1', 'p|2|1', 'p|2|2', 'c|1|1', 'c|2|1', 'c|3|1'],
    storedKeys: ['p|1|1', 'p|2|1', 'p|2|2', 'c|1|1', 'c|2|1', 'c|3|1'],
    deadLettered: 0,
    unread: 0,
    assessed: { rows: 5, events: 5, missing: 0, historyOnly: 1 },
    expectedAlerts: 3,
    alerts: { rows: 3, assessments: 3 },
    tasks: { tasks: 2, applied: 3, duplicatedAlerts: 0, duplicatedOpenTasks: 0 },
    untasked: { inOutbox: 0, queued: 0, failed: 0, absent: 0 },
    deliveries: { recorded: sent('d1', 'd2', 'd3'), received: ['d1', 'd2', 'd3'], refused: 4, repeats: 1 },
    ...over,
  });

  it('reports 0 lost and 0 duplicated at every stage when everything arrived once', () => {
    expect(stageCounts(figures())).toEqual([
      { stage: 'published', count: 6, lost: 0, duplicated: 0 },
      { stage: 'stored', count: 6, lost: 0, duplicated: 0, note: undefined },
      { stage: 'assessed', count: 5, lost: 0, duplicated: 0, note: '1 older revisions superseded in their batch, kept for history' },
      { stage: 'alerts', count: 3, lost: 0, duplicated: 0 },
      { stage: 'tasks', count: 2, lost: 0, duplicated: 0, note: '3 alerts applied to tasks' },
      {
        stage: 'deliveries',
        count: 3,
        lost: 0,
        duplicated: 0,
        note: '4 refused while the gateway was down, retried; re-sent, absorbed by key 1',
      },
    ]);
  });

  it('counts stored events missing, less the dead-lettered and the unread, and each stored copy past the first', () => {
    const stored = stageCounts(figures({ storedKeys: ['p|1|1', 'p|1|1', 'p|1|1', 'c|1|1', 'c|1|1'], deadLettered: 1, unread: 1 })).find(
      (s) => s.stage === 'stored',
    )!;
    // 4 published keys missing (p|2|1, p|2|2, c|2|1, c|3|1), 1 dead-lettered and 1 unread: 2 lost. 5 rows, 2 keys: 3 extra.
    expect(stored).toEqual({
      stage: 'stored',
      count: 2,
      lost: 2,
      duplicated: 3,
      note: '1 dead-lettered with a reason; 1 not read yet, still in Kafka',
    });
  });

  it('takes the assessed, alerts and tasks figures as the tables give them', () => {
    const s = stageCounts(
      figures({
        assessed: { rows: 7, events: 5, missing: 2, historyOnly: 0 },
        expectedAlerts: 5,
        alerts: { rows: 4, assessments: 3 },
        tasks: { tasks: 2, applied: 3, duplicatedAlerts: 1, duplicatedOpenTasks: 2 },
        untasked: { inOutbox: 1, queued: 2, failed: 3, absent: 4 },
      }),
    );
    const by = Object.fromEntries(s.map((x) => [x.stage, x]));
    expect(by.assessed).toMatchObject({ count: 5, lost: 2, duplicated: 2, note: undefined });
    expect(by.alerts).toMatchObject({ count: 3, lost: 2, duplicated: 1 });
    // Only what nothing will ever apply is lost: gone from Redis or failed for good. Queued and unrelayed are behind.
    expect(by.tasks).toMatchObject({
      count: 2,
      lost: 7,
      duplicated: 3,
      note:
        '3 alerts applied to tasks; 2 not yet applied, job still queued; 1 not yet relayed, waiting in the outbox; ' +
        '4 relayed but their job is gone from Redis; 3 whose job failed for good',
    });
  });

  it('counts a delivery held sent but never received as lost and each extra receipt of one delivery as a duplicate', () => {
    const deliveries = stageCounts(
      figures({
        deliveries: { recorded: sent('d1', 'd2', 'd3', 'd4'), received: ['d1', 'd1', 'd1', 'd2', 'd3', 'd3'], refused: 0, repeats: 0 },
      }),
    ).find((s) => s.stage === 'deliveries')!;
    expect(deliveries).toMatchObject({ count: 4, lost: 1, duplicated: 3 });
  });

  it('counts a delivery given up on as lost, and one still pending when the drain ended as behind', () => {
    const deliveries = stageCounts(
      figures({
        deliveries: {
          recorded: [
            { id: 'd1', status: 'sent' },
            { id: 'd2', status: 'failed' }, // never received, given up on: lost
            { id: 'd3', status: 'pending' }, // never received, still queued or retrying: behind
            { id: 'd4', status: 'pending' },
            { id: 'd5', status: 'pending' }, // received, its record not yet written: neither
          ],
          received: ['d1', 'd5'],
          refused: 2,
          repeats: 0,
        },
      }),
    ).find((s) => s.stage === 'deliveries')!;
    expect(deliveries).toEqual({
      stage: 'deliveries',
      count: 5,
      lost: 1,
      duplicated: 0,
      note: '2 refused while the gateway was down, retried; re-sent, absorbed by key 0; 2 not yet sent, still pending',
    });
  });
});

describe('the printed report', () => {
  const report: SoakReport = {
    options: {
      rate: 40,
      seconds: 110,
      kafkaNodes: 1,
      instances: { ingest: 2, risk: 2, dispatch: 2, gateway: 1 },
      faults: [],
      drainSeconds: 240,
      sessionTimeoutMs: 10_000,
    },
    published: 4_400,
    stages: stageCounts(figures()),
    latencyInside: percentiles([]),
    latencyOutside: percentiles([1_000, 2_000]),
    latencyClear: percentiles([1_000]),
    largestLag: { group: 'hubsoak.ingest', lag: 1_321, atSecond: 40 },
    faults: [
      fault({ startedAt: 0, restoredAt: 8_000, recoveredMs: 12_600 }),
      fault({ kind: 'postgres', target: 'postgresql', startedAt: 20_000, restoredAt: 28_000 }),
    ],
    unplannedRestarts: 0,
    drainedAfterSeconds: 2,
    publisher: { target: 40, sent: 4_400, seconds: 110, achievedRate: 40, maxBehindSeconds: 0.5, retries: 0, heldRate: true },
    load: '1.00 1.00 1.00',
  };

  function figures(): StageFigures {
    return {
      sent: 1,
      publishedKeys: ['a'],
      storedKeys: ['a'],
      deadLettered: 0,
      unread: 0,
      assessed: { rows: 1, events: 1, missing: 0, historyOnly: 0 },
      expectedAlerts: 0,
      alerts: { rows: 0, assessments: 0 },
      tasks: { tasks: 0, applied: 0, duplicatedAlerts: 0, duplicatedOpenTasks: 0 },
      untasked: { inOutbox: 0, queued: 0, failed: 0, absent: 0 },
      deliveries: { recorded: [], received: [], refused: 0, repeats: 0 },
    };
  }

  it('says which fault was not recovered from instead of a time, and prints no latency where there is none', () => {
    const text = formatReport(report);
    expect(text).toContain('broker    kafka node 1       down 8.00 s   recovered in 12.60 s');
    expect(text).toContain('postgres  postgresql         down 8.00 s   not recovered within the run');
    expect(text).toContain('publish → task inside fault windows:  none');
    expect(text).toContain('publish → task outside fault windows: p50 1.00 s  p99 2.00 s  max 2.00 s  (n=2)');
    expect(text).toContain('of which not in the 2.00 s before a fault: p50 1.00 s  p99 1.00 s  max 1.00 s  (n=1)');
    expect(text).toContain('largest consumer lag: 1321 (hubsoak.ingest, t=40s)');
  });
});
