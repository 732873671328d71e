import { ciOptions, formatReport, runSoak, type SoakReport } from './soak';

/**
 * The soak's CI profile (`npm run soak -- --profile ci`): two instances of ingest, risk and dispatch on a
 * private broker, PostgreSQL and Redis, the generator's mix at a steady rate while an app instance is
 * SIGKILLed, the broker killed and restarted, PostgreSQL stopped in immediate mode, Redis restarted empty
 * and the terminal gateway refuses for a while. Nothing may be lost or duplicated at any stage.
 */
describe('soak under faults (CI profile)', () => {
  let report: SoakReport;

  beforeAll(async () => {
    report = await runSoak({ ...ciOptions(), log: (l) => process.stdout.write(`[soak] ${l}\n`) });
    process.stdout.write(`${formatReport(report)}\n`);
  }, 15 * 60_000);

  it('publishes the whole mix and carries it through every stage', () => {
    const o = ciOptions();
    expect(report.published).toBe(o.rate * o.seconds);
    const count = Object.fromEntries(report.stages.map((s) => [s.stage, s.count]));
    // Real traffic at every stage: alerts become tasks and tasks send messages.
    expect(count.stored).toBeGreaterThan(0);
    expect(count.assessed).toBeGreaterThan(0);
    expect(count.assessed).toBeLessThanOrEqual(count.stored);
    expect(count.alerts).toBeGreaterThan(0);
    expect(count.tasks).toBeGreaterThan(0);
    expect(count.deliveries).toBeGreaterThan(0);
    expect(report.drainedAfterSeconds).toBeGreaterThanOrEqual(0);
  });

  it('loses and duplicates nothing at any stage', () => {
    expect(report.stages.map((s) => ({ stage: s.stage, lost: s.lost, duplicated: s.duplicated }))).toEqual(
      ['published', 'stored', 'assessed', 'alerts', 'tasks', 'deliveries'].map((stage) => ({ stage, lost: 0, duplicated: 0 })),
    );
  });

  it('ran every kind of fault and recovered from each', () => {
    expect(new Set(report.faults.map((f) => f.kind))).toEqual(new Set(['app-kill', 'broker', 'postgres', 'redis', 'terminal']));
    expect(report.faults.filter((f) => f.recoveredMs === undefined)).toEqual([]);
    // Publish → task measured for alerts published outside the fault windows as well as inside them.
    expect(report.latencyOutside.n).toBeGreaterThan(0);
    expect(report.latencyInside.n).toBeGreaterThan(0);
  });
});
