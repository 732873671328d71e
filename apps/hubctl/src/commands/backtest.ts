import { existsSync, readFileSync } from 'node:fs';
import { ISO_DATE_EXPECTED, parseIsoDate } from '@hub/contracts';
import { ALERT_CHANGES, type BacktestReport, backtest, RISK_RULE_SETS, type RiskRules, riskRules } from '@hub/domain';
import { BacktestSource } from '@hub/persistence';
import { withJieba } from '@hub/segmentation';
import type { Pool } from 'pg';

const CHANGE_ZH = { added: '新增预警', dropped: '撤销预警', raised: '升级', lowered: '降级' } as const;
const LEVEL_ZH: Record<string, string> = { red: '红', orange: '橙', yellow: '黄', blue: '蓝', none: '无' };

/** A registered version (`risk-2026.11.30-2`) or a rules file not yet registered (a candidate under review). */
export function candidateRules(spec: string): RiskRules {
  if (RISK_RULE_SETS.has(spec)) return riskRules(spec);
  if (existsSync(spec)) return JSON.parse(readFileSync(spec, 'utf8')) as RiskRules;
  throw new Error(`--rules: "${spec}" is neither a known version (${[...RISK_RULE_SETS.keys()].join(', ')}) nor a rules file`);
}

export function dateOption(name: string, value: string | undefined): Date {
  const ms = value === undefined ? undefined : parseIsoDate(value);
  if (ms === undefined) throw new Error(`--${name}: expected ${ISO_DATE_EXPECTED}, got ${JSON.stringify(value ?? '')}`);
  return new Date(ms);
}

/**
 * `hubctl backtest --rules <version|file> --from … --to …`: the stored events of the period through a
 * candidate rule and model version, against what was issued.
 */
export async function runBacktest(pool: Pool, o: { rules: RiskRules; from: Date; to: Date; examples?: number }): Promise<BacktestReport> {
  const source = new BacktestSource(pool);
  const events = await source.storedEvents(o.from, o.to);
  const known = await source.recordsBefore(o.from, o.rules.history.windowDays);
  return backtest(events, known, withJieba(o.rules), o.examples ?? 3);
}

export async function renderBacktest(pool: Pool, r: BacktestReport, from: Date, to: Date): Promise<string> {
  const names = await new BacktestSource(pool).divisionNames(Object.keys(r.byArea));
  const issued = Object.entries(r.issuedVersions)
    .map(([v, n]) => `${v} (${n})`)
    .join(', ');
  const row = (label: string, c: Record<string, number>) =>
    `  ${label.padEnd(28)}${ALERT_CHANGES.map((k) => String(c[k]).padStart(10)).join('')}`;
  const head = `  ${''.padEnd(28)}${ALERT_CHANGES.map((k) => CHANGE_ZH[k].padStart(8, '　')).join('')}`;
  const lines = [
    `back-test of ${r.candidateVersion} over ${from.toISOString()} – ${to.toISOString()}`,
    `  ${r.events} events (${r.notIssued} never assessed); issued by ${issued || '—'}`,
    `  alerts issued ${r.alertsIssued}, the candidate would issue ${r.alertsCandidate}`,
    '',
    head,
    row('total', r.changes),
    '  by level',
    ...['red', 'orange', 'yellow', 'blue'].filter((l) => r.byLevel[l]).map((l) => row(`${LEVEL_ZH[l]} ${l}`, r.byLevel[l])),
    '  by area (county)',
    ...Object.keys(r.byArea)
      .sort()
      .map((a) => row(`${a} ${names.get(a) ?? ''}`, r.byArea[a])),
  ];
  for (const change of ALERT_CHANGES) {
    if (!r.examples[change].length) continue;
    lines.push('', `examples, ${CHANGE_ZH[change]} (${change}):`);
    for (const x of r.examples[change]) {
      lines.push(
        `  ${x.source}:${x.sourceRef} ${x.occurredAt.slice(0, 16)} ${names.get(x.area) ?? x.area}  ${LEVEL_ZH[x.issued]} → ${LEVEL_ZH[x.candidate]}`,
        `    ${x.text}`,
        `    ${x.why}`,
      );
    }
  }
  return lines.join('\n');
}
