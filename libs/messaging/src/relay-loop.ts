/**
 * A loop that moves rows from PostgreSQL to a transport (an outbox to BullMQ, task events to Kafka):
 * drains while there is a backlog, polls otherwise, and backs off while the transport is down. The rows
 * wait in PostgreSQL meanwhile; nothing is held in memory.
 */
export class RelayLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;
  private failures = 0;

  constructor(
    private readonly name: string,
    /** Moves one batch; returns how many rows it moved (0: nothing waiting). */
    private readonly moveBatch: () => Promise<number>,
    private readonly pollMs: number,
    private readonly log: { info(o: object | string, m?: string): void; warn(o: object, m?: string): void },
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Run now instead of at the next poll; not while backing off. */
  nudge(): void {
    if (!this.stopped && !this.running && this.failures === 0) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain().finally(() => {
        this.running = undefined;
        if (!this.stopped) this.schedule(this.failures ? Math.min(10_000, 250 * 2 ** this.failures) : this.pollMs);
      });
    }, ms);
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.moveBatch()) > 0) {
        /* keep going while there is a backlog */
      }
      if (this.failures) this.log.info(`${this.name} recovered`);
      this.failures = 0;
    } catch (e) {
      this.failures++;
      if (this.failures === 1 || this.failures % 10 === 0) {
        this.log.warn({ err: (e as Error).message, failures: this.failures }, `${this.name} failed; rows wait in PostgreSQL`);
      }
    }
  }
}
