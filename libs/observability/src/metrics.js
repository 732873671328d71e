"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MetricsRegistry = void 0;
/**
 * Counters exported in Prometheus text format on each app's /metrics. Process-local by design:
 * Prometheus sums them across replicas; nothing that decides behaviour is kept here.
 */
class MetricsRegistry {
    counters = new Map();
    counter(name, help) {
        if (!this.counters.has(name))
            this.counters.set(name, { help, values: new Map() });
        const c = this.counters.get(name);
        return (labels, by = 1) => {
            const key = labelKey(labels);
            c.values.set(key, (c.values.get(key) ?? 0) + by);
        };
    }
    value(name, labels) {
        const key = labelKey(labels);
        return this.counters.get(name)?.values.get(key) ?? 0;
    }
    render() {
        const lines = [];
        for (const [name, c] of this.counters) {
            lines.push(`# HELP ${name} ${c.help}`, `# TYPE ${name} counter`);
            for (const [labels, v] of c.values)
                lines.push(`${name}${labels ? `{${labels}}` : ''} ${v}`);
        }
        return lines.join('\n') + '\n';
    }
}
exports.MetricsRegistry = MetricsRegistry;
function labelKey(labels) {
    return Object.entries(labels)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
        .join(',');
}
//# sourceMappingURL=metrics.js.map