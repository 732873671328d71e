import { CoalescedRuns } from './coalesced-runs';

/** A run whose end the test decides. */
function controlledWork() {
  const runs: { why: string; finish(value: number): void; fail(e: Error): void }[] = [];
  const work = (why: string) =>
    new Promise<number>((resolve, reject) => {
      runs.push({ why, finish: resolve, fail: reject });
    });
  return { runs, work };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('CoalescedRuns', () => {
  it('answers requests made during a run with one more run after it, not with the run in progress', async () => {
    const { runs, work } = controlledWork();
    const reconcile = new CoalescedRuns(work);
    const first = reconcile.request('scheduled');
    const second = reconcile.request('redis reconnected');
    const third = reconcile.request('scheduled');
    await tick();
    expect(runs.map((r) => r.why)).toEqual(['scheduled']);
    runs[0].finish(1);
    await expect(first).resolves.toBe(1);
    await tick();
    // One follow-up for both, under the first reason asked for during the run.
    expect(runs.map((r) => r.why)).toEqual(['scheduled', 'redis reconnected']);
    runs[1].finish(2);
    await expect(second).resolves.toBe(2);
    await expect(third).resolves.toBe(2);
    await reconcile.settled();
    expect(runs).toHaveLength(2);
  });

  it('starts at once when nothing runs, and still runs the follow-up after a run that failed', async () => {
    const { runs, work } = controlledWork();
    const reconcile = new CoalescedRuns(work);
    const failing = reconcile.request('start-up');
    const after = reconcile.request('redis reconnected');
    runs[0].fail(new Error('Redis gone'));
    await expect(failing).rejects.toThrow('Redis gone');
    await tick();
    expect(runs.map((r) => r.why)).toEqual(['start-up', 'redis reconnected']);
    runs[1].finish(7);
    await expect(after).resolves.toBe(7);
    await reconcile.settled();
    const later = reconcile.request('scheduled');
    expect(runs.map((r) => r.why)).toEqual(['start-up', 'redis reconnected', 'scheduled']);
    runs[2].finish(8);
    await expect(later).resolves.toBe(8);
  });
});
