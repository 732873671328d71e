import { untilAvailable } from './start-up';

const log = { warn: jest.fn() } as unknown as Parameters<typeof untilAvailable>[2];
const noWait = { sleep: async () => undefined };

/** pg's error while PostgreSQL starts (SQLSTATE 57P03), and a refused socket, as the drivers raise them. */
const starting = Object.assign(new Error('the database system is not yet accepting connections'), { code: '57P03' });
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('untilAvailable (a start-up step waits for its dependency)', () => {
  it('retries while the dependency is coming up, with growing waits, then returns the result', async () => {
    const waits: number[] = [];
    const failures = [starting, refused, starting];
    const step = jest.fn(async () => {
      const e = failures.shift();
      if (e) throw e;
      return 'loaded';
    });
    const result = await untilAvailable('loading the area index', step, log, {
      firstDelayMs: 100,
      maxDelayMs: 300,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(result).toBe('loaded');
    expect(step).toHaveBeenCalledTimes(4);
    expect(waits).toEqual([100, 200, 300]);
  });

  it('fails the start at once on what cannot pass by itself (a missing grant, a bad value)', async () => {
    const denied = Object.assign(new Error('permission denied for table area'), { code: '42501' });
    const step = jest.fn(async () => {
      throw denied;
    });
    await expect(untilAvailable('loading the area index', step, log, noWait)).rejects.toBe(denied);
    expect(step).toHaveBeenCalledTimes(1);
  });
});
