import { blamesTheMessage, classifyFailure } from '@hub/messaging';

/**
 * Gathers items handed in one at a time (one BullMQ job each) into batches: a batch goes when it is full
 * or when the jobs in hand stop coming (a macrotask later), so a single alert waits no longer than a
 * turn of the event loop. At most `parallel` batches run at once. A batch that fails for a reason an item
 * may be to blame for (`itemMayBeAtFault`: its data) is split and each item tried alone, so one bad alert
 * fails only its own job; one that fails for any other reason (PostgreSQL away, no connection free in time,
 * a deadlock) fails every item at once, for BullMQ to retry with backoff: tried alone, a batch of 100 would be
 * 100 transactions in a row against the same cause, while its jobs wait; the same holds once such a cause
 * shows while the items are tried alone.
 */
interface Waiting<I, O> {
  item: I;
  since: number;
  resolve: (o: O) => void;
  reject: (e: unknown) => void;
}

export interface BatcherOptions {
  maxBatch: number;
  parallel?: number;
  /** Told, as each batch starts, how long its items waited in all (ms). */
  waited?: (ms: number) => void;
  /** Whether a failure of a whole batch may be one item's fault (then each is tried alone). */
  itemMayBeAtFault?: (e: unknown) => boolean;
  /** Told when a whole batch fails, and whether its items are then tried one by one. */
  failed?: (e: unknown, size: number, split: boolean) => void;
}

export class Batcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private timer?: NodeJS.Immediate;
  private running = 0;
  private readonly maxBatch: number;
  private readonly parallel: number;

  constructor(
    private readonly apply: (items: I[]) => Promise<O[]>,
    private readonly options: BatcherOptions,
  ) {
    this.maxBatch = options.maxBatch;
    this.parallel = options.parallel ?? 2;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, since: performance.now(), resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else this.timer ??= setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    if (this.timer) clearImmediate(this.timer);
    this.timer = undefined;
    while (this.waiting.length && this.running < this.parallel) {
      const batch = this.waiting.splice(0, this.maxBatch);
      this.running++;
      void this.run(batch).finally(() => {
        this.running--;
        if (this.waiting.length) this.flush();
      });
    }
  }

  private async run(batch: Waiting<I, O>[]): Promise<void> {
    const start = performance.now();
    this.options.waited?.(batch.reduce((ms, b) => ms + start - b.since, 0));
    try {
      const out = await this.apply(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(out[i]));
    } catch (e) {
      const mayBeAnItem = this.options.itemMayBeAtFault ?? (() => true);
      const split = batch.length > 1 && mayBeAnItem(e);
      this.options.failed?.(e, batch.length, split);
      if (!split) return batch.forEach((b) => b.reject(e));
      for (const [i, b] of batch.entries()) {
        try {
          b.resolve((await this.apply([b.item]))[0]);
        } catch (err) {
          b.reject(err);
          // The cause turned out to be no item's (PostgreSQL went away meanwhile): the rest would only wait on it.
          if (!mayBeAnItem(err)) return batch.slice(i + 1).forEach((rest) => rest.reject(err));
        }
      }
    }
  }
}

/** Only an alert's data can be one alert's fault; PostgreSQL away or out of connections is every alert's alike. */
export const alertMayBeAtFault = (e: unknown): boolean => blamesTheMessage(classifyFailure(e));
