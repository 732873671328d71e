/**
 * Runs `work` one at a time. A request made while a run is in progress gets one more run after it (every
 * request made during the same run shares that one), never the run in progress: that run may have read its
 * state before whatever prompted the request. A reconcile begun just before Redis restarted empty had
 * rebuilt its jobs into the Redis that was then lost, and a recovery that joined it re-added nothing until
 * the next scheduled reconcile.
 */
export class CoalescedRuns<T> {
  private running?: Promise<T>;
  private next?: Promise<T>;

  constructor(private readonly work: (why: string) => Promise<T>) {}

  request(why: string): Promise<T> {
    if (!this.running) {
      this.running = this.work(why).finally(() => (this.running = undefined));
      return this.running;
    }
    const after = this.running.then(
      () => undefined,
      () => undefined,
    );
    this.next ??= after.then(() => {
      this.next = undefined;
      return this.request(why);
    });
    return this.next;
  }

  /** Resolves once no run is in progress or waiting (whatever their outcome). */
  async settled(): Promise<void> {
    while (this.running || this.next) await Promise.allSettled([this.running, this.next]);
  }
}
