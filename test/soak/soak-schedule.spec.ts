import { replicationFor } from '@hub/messaging';
import { ciOptions, fullSchedule } from './soak';

/** The soak's fault schedules and the topics' replication per cluster size (pure parts, no services). */
describe('soak fault schedule', () => {
  it.each([
    [600, 3],
    [600, 1],
    [120, 1],
  ] as const)(
    'a %i s run on %i Kafka node(s) has every kind of fault, app kills clear of the others, the last tenth quiet',
    (seconds, nodes) => {
      const faults = fullSchedule(seconds, nodes);
      expect(new Set(faults.map((f) => f.kind))).toEqual(new Set(['app-kill', 'broker', 'postgres', 'redis', 'terminal']));
      for (const f of faults) expect(f.at + f.downSeconds).toBeLessThanOrEqual(seconds * 0.9);
      const others = faults.filter((f) => f.kind !== 'app-kill');
      for (const k of faults.filter((f) => f.kind === 'app-kill'))
        for (const o of others) expect(Math.abs(k.at - o.at)).toBeGreaterThanOrEqual(10);
      expect(faults.map((f) => f.at)).toEqual([...faults.map((f) => f.at)].sort((a, b) => a - b));
    },
  );

  it('keeps a broker of the three-node cluster down for minutes, and the single broker briefly', () => {
    expect(fullSchedule(600, 3).find((f) => f.kind === 'broker')!.downSeconds).toBe(180);
    expect(fullSchedule(600, 1).find((f) => f.kind === 'broker')!.downSeconds).toBeLessThan(60);
  });

  it('runs the CI profile with every kind of fault once inside the publishing time', () => {
    const o = ciOptions();
    expect(o.faults.map((f) => f.kind).sort()).toEqual(['app-kill', 'broker', 'postgres', 'redis', 'terminal']);
    for (const f of o.faults) expect(f.at + f.downSeconds).toBeLessThan(o.seconds);
  });
});

describe('replication of the hub topics', () => {
  it('is three copies with two in sync on three brokers or more, one on a single broker', () => {
    expect(replicationFor(1)).toEqual({ replicationFactor: 1, minInsyncReplicas: 1 });
    expect(replicationFor(2)).toEqual({ replicationFactor: 2, minInsyncReplicas: 1 });
    expect(replicationFor(3)).toEqual({ replicationFactor: 3, minInsyncReplicas: 2 });
    expect(replicationFor(5)).toEqual({ replicationFactor: 3, minInsyncReplicas: 2 });
  });
});
