/**
 * Counters exported in Prometheus text format on each app's /metrics. Process-local by design:
 * Prometheus sums them across replicas; nothing that decides behaviour is kept here.
 */
export class MetricsRegistry {
  private readonly counters = new Map<string, { help: string; values: Map<string, number> }>();

  counter(name: string, help: string): (labels: Record<string, string>, by?: number) => void {
    if (!this.counters.has(name)) this.counters.set(name, { help, values: new Map() });
    const c = this.counters.get(name)!;
    return (labels, by = 1) => {
      const key = labelKey(labels);
      c.values.set(key, (c.values.get(key) ?? 0) + by);
    };
  }

  value(name: string, labels: Record<string, string>): number {
    const key = labelKey(labels);
    return this.counters.get(name)?.values.get(key) ?? 0;
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, c] of this.counters) {
      lines.push(`# HELP ${name} ${c.help}`, `# TYPE ${name} counter`);
      for (const [labels, v] of c.values) lines.push(`${name}${labels ? `{${labels}}` : ''} ${v}`);
    }
    return lines.join('\n') + '\n';
  }
}

function labelKey(labels: Record<string, string>): string {
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
    .join(',');
}
