import { bounded, singleFlight } from './soak-probes';

/** The sampler's guards against a probe that hangs while a dependency is broken (real timers, tens of ms). */
describe('bounded', () => {
  it('gives the answer of a probe that answers in time', async () => {
    await expect(bounded(Promise.resolve(7), 1_000, 'probe')).resolves.toBe(7);
    await expect(bounded(Promise.reject(new Error('refused')), 1_000, 'probe')).rejects.toThrow('refused');
  });

  it('gives up on a probe that never answers, saying which and after how long', async () => {
    const started = Date.now();
    await expect(bounded(new Promise<never>(() => undefined), 30, 'consumer lag')).rejects.toThrow('consumer lag: no answer within 30 ms');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('singleFlight', () => {
  it('shares the call in flight instead of starting another, and calls again once it settled', async () => {
    let calls = 0;
    let release!: (n: number) => void;
    const probe = singleFlight(() => {
      calls++;
      return new Promise<number>((r) => (release = r));
    });
    const first = probe();
    const second = probe();
    expect(calls).toBe(1);
    release(5);
    await expect(Promise.all([first, second])).resolves.toEqual([5, 5]);
    const third = probe();
    expect(calls).toBe(2);
    release(6);
    await expect(third).resolves.toBe(6);
  });

  it('calls again after a call that failed', async () => {
    let calls = 0;
    const probe = singleFlight(async () => {
      if (++calls === 1) throw new Error('redis away');
      return 'ok';
    });
    await expect(probe()).rejects.toThrow('redis away');
    await expect(probe()).resolves.toBe('ok');
    expect(calls).toBe(2);
  });
});
