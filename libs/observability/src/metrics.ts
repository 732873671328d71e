import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a few milliseconds (a stage in hand) to minutes (a backlog, a queue waiting on Redis). */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

type Labels = Record<string, string>;

/**
 * Each app's Prometheus metrics (prom-client), served on its /metrics: the default process metrics
 * (CPU, memory, event-loop lag, GC, handles) and the hub's own. Which app a series comes from is the
 * scrape's `job` and `instance` (deploy/monitoring/prometheus.yml: one job per app). Process-local by
 * design: Prometheus sums them across replicas; nothing that decides behaviour is kept here. A value
 * that lives elsewhere (a queue's depth, the outbox backlog, consumer lag, a client's own tally) is
 * read when Prometheus scrapes, through the metric's `collect`.
 */
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** A counter, served from the start when `labelNames` are given; otherwise from its first call, whose labels fix them. */
  counter(name: string, help: string, labelNames?: string[]): (labels: Labels, by?: number) => void {
    let c = this.registry.getSingleMetric(name) as Counter | undefined;
    if (!c && labelNames) c = new Counter({ name, help, labelNames, registers: [this.registry] });
    return (labels, by = 1) => {
      c ??= new Counter({ name, help, labelNames: labelNames ?? Object.keys(labels), registers: [this.registry] });
      c.inc(labels, by);
    };
  }

  /** A counter kept elsewhere (a client's own tally), read when /metrics is rendered. */
  counterOf(name: string, help: string, value: () => number): void {
    if (this.registry.getSingleMetric(name)) return;
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(value());
      },
    });
  }

  histogram(name: string, help: string, labelNames: string[], buckets = LATENCY_BUCKETS): Histogram {
    return (
      (this.registry.getSingleMetric(name) as Histogram | undefined) ??
      new Histogram({ name, help, labelNames, buckets, registers: [this.registry] })
    );
  }

  /** A gauge whose values are read at scrape time by `collect` (errors leave the last values and are counted). */
  gauge(
    name: string,
    help: string,
    labelNames: string[],
    collect?: (set: (labels: Labels, value: number) => void) => Promise<void>,
  ): Gauge {
    const existing = this.registry.getSingleMetric(name) as Gauge | undefined;
    if (existing) return existing;
    const failures = this.counter('hub_metric_collect_failures_total', 'Scrape-time reads of a gauge that failed, by metric', ['metric']);
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        if (!collect) return;
        const seen = new Map<string, [Labels, number]>();
        try {
          await collect((labels, value) => seen.set(JSON.stringify(labels), [labels, value]));
        } catch {
          failures({ metric: name });
          return;
        }
        // Series that went away (a partition moved to another member, an emptied queue state) are dropped.
        this.reset();
        for (const [labels, value] of seen.values()) this.set(labels, value);
      },
    });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

/**
 * The pipeline's stages, each timed from the one before: `stored` (published upstream → stored by
 * ingest), `assessed` (normalized event published → assessment stored), `task` (alert raised → grid
 * task opened or updated), `delivered` (delivery requested → accepted by the terminal or SMS gateway).
 */
export type PipelineStage = 'stored' | 'assessed' | 'task' | 'delivered';

export function stageLatency(m: MetricsRegistry): (stage: PipelineStage, since: Date | number) => void {
  const h = m.histogram(
    'hub_stage_latency_seconds',
    'Time from the previous pipeline stage to this one: stored (upstream publish to stored), assessed (normalized event to assessment), task (alert to grid task), delivered (delivery requested to sent)',
    ['stage'],
  );
  return (stage, since) => h.observe({ stage }, Math.max(0, Date.now() - (typeof since === 'number' ? since : since.getTime())) / 1000);
}

/** Messages set aside on a dead-letter topic, per topic and reason (every app that dead-letters). */
export function deadLetterCounter(m: MetricsRegistry): (labels: { topic: string; reason: string }, n: number) => void {
  return m.counter('hub_dead_letters_total', 'Messages set aside on a dead-letter topic, by topic and reason', ['topic', 'reason']);
}
