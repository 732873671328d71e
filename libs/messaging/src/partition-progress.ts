/**
 * What each consumed partition (or queue) last did: when it last moved on, and the failure it repeats
 * if it is stuck. /health reads it: a partition whose work keeps failing, or that has not moved while
 * messages wait, is reported down with its topic, partition, offset and error.
 */
export interface StuckPartition {
  topic: string;
  partition: number;
  offset: string;
  failures: number;
  failingSinceMs: number;
  error: string;
}

interface State {
  lastProgressAt: number;
  failure?: { offset: string; count: number; since: number; error: string };
}

export class PartitionProgress {
  private readonly state = new Map<string, State>();

  constructor(private readonly now: () => number = Date.now) {}

  private key(topic: string, partition: number): string {
    return `${topic}/${partition}`;
  }

  moved(topic: string, partition: number): void {
    this.state.set(this.key(topic, partition), { lastProgressAt: this.now() });
  }

  failed(topic: string, partition: number, offset: string, error: unknown): void {
    const k = this.key(topic, partition);
    const s = this.state.get(k) ?? { lastProgressAt: this.now() };
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const same = s.failure && s.failure.offset === offset;
    s.failure = {
      offset,
      count: same ? s.failure!.count + 1 : 1,
      since: same ? s.failure!.since : this.now(),
      error: text.slice(0, 300),
    };
    this.state.set(k, s);
  }

  /** When the partition last committed, or undefined if it never did in this process. */
  lastProgressAt(topic: string, partition: number): number | undefined {
    return this.state.get(this.key(topic, partition))?.lastProgressAt;
  }

  /** Partitions failing on the same offset for at least `forMs`. */
  stuck(forMs: number): StuckPartition[] {
    const out: StuckPartition[] = [];
    const now = this.now();
    for (const [k, s] of this.state) {
      if (!s.failure || now - s.failure.since < forMs) continue;
      const i = k.lastIndexOf('/');
      out.push({
        topic: k.slice(0, i),
        partition: Number(k.slice(i + 1)),
        offset: s.failure.offset,
        failures: s.failure.count,
        failingSinceMs: now - s.failure.since,
        error: s.failure.error,
      });
    }
    return out;
  }
}
