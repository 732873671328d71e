/**
 * Gathers items handed in one at a time (one BullMQ job each) into batches: a batch goes when it is full
 * or when the jobs in hand stop coming (a macrotask later), so a single alert waits no longer than a
 * turn of the event loop. At most `parallel` batches run at once. A failed batch is split and each item
 * tried alone, so one bad alert fails only its own job.
 */
interface Waiting<I, O> {
  item: I;
  since: number;
  resolve: (o: O) => void;
  reject: (e: unknown) => void;
}

export class Batcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private timer?: NodeJS.Immediate;
  private running = 0;

  constructor(
    private readonly apply: (items: I[]) => Promise<O[]>,
    private readonly maxBatch: number,
    private readonly parallel = 2,
    /** Told, as each batch starts, how long its items waited in all (ms). */
    private readonly waited: (ms: number) => void = () => undefined,
    /** Told when a whole batch fails, before its items are tried alone. */
    private readonly failed: (e: unknown, size: number) => void = () => undefined,
  ) {}

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
    this.waited(batch.reduce((ms, b) => ms + start - b.since, 0));
    try {
      const out = await this.apply(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(out[i]));
    } catch (e) {
      if (batch.length === 1) return batch[0].reject(e);
      this.failed(e, batch.length);
      for (const b of batch) {
        await this.apply([b.item]).then(
          ([o]) => b.resolve(o),
          (err: unknown) => b.reject(err),
        );
      }
    }
  }
}
