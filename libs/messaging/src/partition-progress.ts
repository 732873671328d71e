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
  /**
   * The partitions the group gave this instance at its last join (`topic/partition` keys), or undefined while
   * it is not a member (not joined yet, crashed, stopped). Other instances' partitions are theirs to judge.
   */
  private owned?: Set<string>;
  private notMemberSince: number;

  constructor(private readonly now: () => number = Date.now) {
    this.notMemberSince = now();
  }

  /**
   * The group's assignment to this instance (kafkajs GROUP_JOIN's memberAssignment: topic -> partitions).
   * A partition newly assigned starts its clock now (its past belongs to its former owner); one kept keeps
   * its state, failures included; one that went to another instance is forgotten.
   */
  assigned(assignment: Record<string, readonly number[]>): void {
    const next = new Set<string>();
    for (const [topic, partitions] of Object.entries(assignment)) for (const p of partitions) next.add(this.key(topic, p));
    for (const k of [...this.state.keys()]) if (!next.has(k)) this.state.delete(k);
    for (const k of next) if (!this.state.has(k)) this.state.set(k, { lastProgressAt: this.now() });
    this.owned = next;
  }

  /**
   * This instance left its group (stopped or crashed): it owns no partition until it joins again. Failures
   * are kept: a partition it gets back after the restart is still stuck since the first of them.
   */
  unassigned(): void {
    if (this.owned) this.notMemberSince = this.now();
    this.owned = undefined;
  }

  /** The partitions this instance owns now, or undefined (with since when) while it is no member of its group. */
  assignment(): { partitions: { topic: string; partition: number }[] } | { notMemberSinceMs: number } {
    if (!this.owned) return { notMemberSinceMs: this.now() - this.notMemberSince };
    return {
      partitions: [...this.owned].map((k) => {
        const i = k.lastIndexOf('/');
        return { topic: k.slice(0, i), partition: Number(k.slice(i + 1)) };
      }),
    };
  }

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

  /** When the partition last committed (or was assigned to this instance), or undefined if neither happened. */
  lastProgressAt(topic: string, partition: number): number | undefined {
    return this.state.get(this.key(topic, partition))?.lastProgressAt;
  }

  /** Partitions failing on the same offset for at least `forMs`. */
  stuck(forMs: number): StuckPartition[] {
    const out: StuckPartition[] = [];
    const now = this.now();
    for (const [k, s] of this.state) {
      if (!s.failure || now - s.failure.since < forMs) continue;
      if (this.owned && !this.owned.has(k)) continue;
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
