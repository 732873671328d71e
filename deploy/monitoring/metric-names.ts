import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The hub's metric families (its own, dispatch's older counters, prom-client's process metrics). */
const METRIC = /\b(?:hub|dispatch|process|nodejs)_[a-z0-9_]+\b/g;

/** Every PromQL expression of the Grafana dashboard, panel by panel. */
export function dashboardExpressions(): string[] {
  const d = JSON.parse(readFileSync(join(__dirname, 'grafana-dashboard.json'), 'utf8')) as { panels: { targets?: { expr: string }[] }[] };
  return d.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
}

/** Every alert rule's expression. */
export function ruleExpressions(): string[] {
  const r = parse(readFileSync(join(__dirname, 'prometheus-rules.yml'), 'utf8')) as { groups: { rules: { expr: string }[] }[] };
  return r.groups.flatMap((g) => g.rules.map((x) => x.expr));
}

function names(exprs: string[]): string[] {
  return [...new Set(exprs.flatMap((e) => e.match(METRIC) ?? []))].sort();
}

export const dashboardMetricNames = () => names(dashboardExpressions());
export const ruleMetricNames = () => names(ruleExpressions());
