import { alertMayBeAtFault, Batcher } from './alert-batcher';

/** An error as pg raises it: a SQLSTATE in `code`, or a pool's message with none. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('alert batcher: a failed batch', () => {
  /** Submits `items` at once and settles them all; `fail` decides what a call to apply with those items throws. */
  async function run(items: number[], fail: (batch: number[]) => Error | undefined) {
    const calls: number[][] = [];
    const splits: boolean[] = [];
    const batcher = new Batcher<number, number>(
      async (batch) => {
        calls.push(batch);
        const e = fail(batch);
        if (e) throw e;
        return batch.map((n) => n * 10);
      },
      {
        maxBatch: items.length,
        itemMayBeAtFault: alertMayBeAtFault,
        failed: (_e, _size, split) => splits.push(split),
      },
    );
    const settled = await Promise.allSettled(items.map((i) => batcher.submit(i)));
    return { calls: calls.length, splits, fulfilled: settled.filter((s) => s.status === 'fulfilled').length };
  }

  const items = Array.from({ length: 100 }, (_, i) => i);

  it('is not tried item by item when no item is to blame (no connection free in time): every job fails once, for BullMQ to retry', async () => {
    const timeout = pgError('timeout exceeded when trying to connect');
    expect(await run(items, () => timeout)).toEqual({ calls: 1, splits: [false], fulfilled: 0 });
    const deadlock = pgError('deadlock detected', '40P01');
    expect(await run(items, () => deadlock)).toEqual({ calls: 1, splits: [false], fulfilled: 0 });
  });

  it("is tried item by item when an item's data may be to blame, so only that item's job fails", async () => {
    const bad = (batch: number[]) => (batch.includes(7) ? pgError('value too long for type character varying(64)', '22001') : undefined);
    expect(await run(items, bad)).toEqual({ calls: 101, splits: [true], fulfilled: 99 });
  });

  it("stops trying items alone once the cause turns out to be no item's (PostgreSQL went away meanwhile): the rest fail at once", async () => {
    const bad = pgError('value too long for type character varying(64)', '22001');
    const away = pgError('terminating connection due to administrator command', '57P01');
    // The whole batch fails on item 7's data; tried alone, items 0-2 pass and item 3 meets PostgreSQL gone.
    const fail = (batch: number[]) => (batch.length > 1 ? bad : batch[0] >= 3 ? away : undefined);
    expect(await run(items, fail)).toEqual({ calls: 1 + 4, splits: [true], fulfilled: 3 });
  });

  it('counts a batch of one that fails as a failed batch, not split', async () => {
    const timeout = pgError('timeout exceeded when trying to connect');
    expect(await run([42], () => timeout)).toEqual({ calls: 1, splits: [false], fulfilled: 0 });
  });
});
