import { PartitionProgress } from './partition-progress';

describe('PartitionProgress: what this instance owns', () => {
  let t = 0;
  const clock = () => t;

  beforeEach(() => (t = 1_000));

  it('is no member until it joins, and says for how long', () => {
    const p = new PartitionProgress(clock);
    t += 5_000;
    expect(p.assignment()).toEqual({ notMemberSinceMs: 5_000 });
    p.assigned({ topicA: [0, 2] });
    expect(p.assignment()).toEqual({
      partitions: [
        { topic: 'topicA', partition: 0 },
        { topic: 'topicA', partition: 2 },
      ],
    });
    t += 1_000;
    p.unassigned();
    t += 3_000;
    expect(p.assignment()).toEqual({ notMemberSinceMs: 3_000 });
  });

  it('starts the clock of a partition when it is assigned here, not when the process started', () => {
    const p = new PartitionProgress(clock);
    t += 60_000;
    p.assigned({ topicA: [1] });
    expect(p.lastProgressAt('topicA', 1)).toBe(61_000);
    expect(p.lastProgressAt('topicA', 0)).toBeUndefined();
  });

  it('keeps the failures of a partition it keeps, forgets those of one that went to another instance', () => {
    const p = new PartitionProgress(clock);
    p.assigned({ topicA: [0, 1] });
    p.failed('topicA', 0, '7', new Error('permission denied'));
    p.failed('topicA', 1, '9', new Error('permission denied'));
    t += 10_000;
    expect(p.stuck(5_000).map((s) => s.partition)).toEqual([0, 1]);
    // A rebalance: partition 1 goes to another instance, 0 stays.
    p.assigned({ topicA: [0] });
    expect(p.stuck(5_000)).toEqual([expect.objectContaining({ partition: 0, offset: '7', failingSinceMs: 10_000 })]);
    // A failure recorded for a partition it no longer owns (a batch in hand during the rebalance) is not reported.
    p.failed('topicA', 1, '9', new Error('late'));
    t += 10_000;
    expect(p.stuck(5_000).map((s) => s.partition)).toEqual([0]);
  });
});
