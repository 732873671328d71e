import { acceptedOnTimeShare, feedbackOnTimeShare, type Share } from '@hub/domain';
import type { AreaStats, DispatchStatistics } from '@hub/persistence';

const LEVELS: [string, string][] = [
  ['red', '红'],
  ['orange', '橙'],
  ['yellow', '黄'],
  ['blue', '蓝'],
];
const ESCALATION_ZH: Record<string, string> = {
  red_alert: '红色预警同步',
  accept_overdue: '受理逾期',
  feedback_overdue: '反馈逾期',
};
const LEVEL_ZH: Record<string, string> = { township: '乡镇', county: '县区', city: '市' };

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%（${n}/${d}）` : '—（无数据）';
}

const shareText = (s: Share): string => pct(s.n, s.of);

function perTenThousand(s: AreaStats): { period: string; annual: string } {
  const p = s.litigation.population;
  if (!p) return { period: '—', annual: '—' };
  const rate = (s.litigation.civilFilings / p) * 10_000;
  return { period: rate.toFixed(2), annual: ((rate * 365) / s.period.days).toFixed(2) };
}

function median(xs: number[]): number {
  return xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
}

export function formatStats(city: AreaStats, parts: AreaStats[]): string {
  const s = city;
  const day = (iso: string) => iso.slice(0, 10);
  const alerts = LEVELS.map(([k, zh]) => `${zh} ${s.alertsByLevel[k] ?? 0}`).join('  ');
  const totalAlerts = Object.values(s.alertsByLevel).reduce((a, b) => a + b, 0);
  const esc = Object.entries(s.escalations)
    .map(([k, n]) => {
      const [reason, to] = k.split(':');
      return `${ESCALATION_ZH[reason] ?? reason}→${LEVEL_ZH[to] ?? to} ${n}`;
    })
    .join('，');
  const lit = perTenThousand(s);
  const p = s.priorAlerts;
  const lead = p.leadDays.length
    ? `，预警平均提前 ${(p.leadDays.reduce((a, b) => a + b, 0) / p.leadDays.length).toFixed(1)} 天（中位 ${median(p.leadDays).toFixed(1)}，${p.leadDays[0].toFixed(1)}–${p.leadDays[p.leadDays.length - 1].toFixed(1)} 天）`
    : '';
  const lines = [
    `${s.area.name} 诉源治理统计  ${day(s.period.from)} 至 ${day(s.period.to)}（${Math.round(s.period.days)} 天）`,
    `预警（交网格处置，按等级）：${alerts}  合计 ${totalAlerts}`,
    `任务：新建 ${s.tasks.created}，结案 ${s.tasks.closed}，当前在办 ${s.tasks.openNow}，督办 ${s.tasks.supervised}，转人工分派 ${s.tasks.manualDispatch}`,
    `按时受理率：${shareText(acceptedOnTimeShare(s.onTime))}  按时反馈率：${shareText(feedbackOnTimeShare(s.onTime))}  逾期未受理（已升级）：${s.onTime.overdueUnaccepted}`,
    `升级与值班提醒：${esc || '无'}`,
    `村级妥善处置率：${pct(s.villageLevel.closedAtVillage, s.villageLevel.closed)}`,
    `调处成功率：${pct(s.mediation.succeeded, s.mediation.attempted)}`,
    `万人成讼率：${lit.period}（期内民事立案 ${s.litigation.civilFilings} 件 / 人口 ${s.litigation.population.toLocaleString('en-US')}；按年折算 ${lit.annual}）`,
    `民转刑前是否已预警：期内涉刑事警情或刑事案件 ${p.households} 户，其中此前已有预警 ${p.withPriorAlert} 户${p.households ? `（${pct(p.withPriorAlert, p.households)}）` : ''}${lead}`,
    `消息投递：已送达 ${s.deliveries.sent ?? 0}，待发送 ${s.deliveries.pending ?? 0}，失败 ${s.deliveries.failed ?? 0}`,
  ];
  if (parts.length) {
    lines.push('', '分区域：');
    for (const c of parts) {
      const total = Object.values(c.alertsByLevel).reduce((a, b) => a + b, 0);
      lines.push(
        `  ${c.area.name.padEnd(5, '\u3000')} 预警 ${String(total).padStart(4)}（红 ${c.alertsByLevel.red ?? 0}）  按时受理率 ${shareText(acceptedOnTimeShare(c.onTime))}  村级妥善处置率 ${pct(c.villageLevel.closedAtVillage, c.villageLevel.closed)}  调处成功率 ${pct(c.mediation.succeeded, c.mediation.attempted)}  万人成讼率 ${perTenThousand(c).period}`,
      );
    }
  }
  lines.push(
    '',
    '口径：预警=交由网格处置的预警（按来源事件时间）；按时=在首个期限内受理/反馈，期限已过仍未受理/反馈的任务计为不按时；村级妥善处置率=期内结案且未升级出村的任务/期内结案任务（红色预警同步县级值班属知会，不计升级）；调处成功率=反馈调解成功/反馈进行了调解；万人成讼率=期内民事立案（不含诉前调解、刑事）/人口×10000；民转刑=110 警情类别为刑事或案由含“罪”。',
  );
  return lines.join('\n');
}

export async function statsReport(stats: DispatchStatistics, o: { area: string; from: Date; to: Date; json: boolean }): Promise<string> {
  const city = await stats.forArea({ areaCode: o.area, from: o.from, to: o.to });
  const parts = await Promise.all(
    (await stats.childrenOf(o.area)).map((code) => stats.forArea({ areaCode: code, from: o.from, to: o.to })),
  );
  return o.json ? JSON.stringify({ area: city, parts }, null, 2) : formatStats(city, parts);
}
