/**
 * The figures a centre is judged by, for one area and period, computed from the stored counts
 * (the persistence layer's AreaStats has this shape). One definition for the console's tables and
 * charts and for the CSV and Excel exports; the definitions of the counts are in docs/statistics.md.
 */
export interface AreaCounts {
  area: { code: string; name: string; level: string; population: number };
  period: { from: string; to: string; days: number };
  alertsByLevel: Record<string, number>;
  tasks: { created: number; closed: number; openNow: number; supervised: number; manualDispatch: number };
  onTime: OnTimeCounts;
  villageLevel: { closed: number; closedAtVillage: number };
  mediation: { attempted: number; succeeded: number };
  litigation: { civilFilings: number; population: number };
  priorAlerts: { households: number; withPriorAlert: number; leadDays: number[] };
}

/**
 * Deadline counts of a period. A task whose deadline passed before anyone acted is late even while it
 * is still unanswered: it counts in the denominator from the moment the deadline escalated it.
 */
export interface OnTimeCounts {
  /** Tasks accepted in the period, and of those accepted before the first accept deadline. */
  accepted: number;
  acceptedOnTime: number;
  /** Tasks whose first accept deadline passed in the period and that were never accepted. */
  lateUnaccepted: number;
  feedback: number;
  feedbackOnTime: number;
  /** Tasks whose first feedback deadline passed in the period and that never gave feedback. */
  lateWithoutFeedback: number;
  /** Unaccepted tasks escalated above the village, now. */
  overdueUnaccepted: number;
}

/** 按时受理率: accepted on time ÷ every task whose acceptance fell due (accepted, or overdue unaccepted). */
export function acceptedOnTimeShare(o: OnTimeCounts): Share {
  return share(o.acceptedOnTime, o.accepted + o.lateUnaccepted);
}

/** 按时反馈率: feedback on time ÷ every task whose feedback fell due (given, or overdue without it). */
export function feedbackOnTimeShare(o: OnTimeCounts): Share {
  return share(o.feedbackOnTime, o.feedback + o.lateWithoutFeedback);
}

/** A share with what it is made of; `rate` is null when nothing was counted (shown as —, never as 0 %). */
export interface Share {
  n: number;
  of: number;
  rate: number | null;
}

export interface AreaFigures {
  code: string;
  name: string;
  level: string;
  alerts: { red: number; orange: number; yellow: number; blue: number; total: number };
  tasks: AreaCounts['tasks'];
  acceptedOnTime: Share;
  feedbackOnTime: Share;
  /** 村级妥善处置率: closed without leaving the village ÷ closed. */
  settledAtVillage: Share;
  /** 调处成功率: successful mediations ÷ mediations attempted. */
  mediationSuccess: Share;
  /** 万人成讼率: civil filings per 10,000 people in the period, and the same annualised. */
  litigationPer10k: number | null;
  litigationPer10kAnnual: number | null;
  civilFilings: number;
  population: number;
  /** 民转刑: households with a criminal incident, how many were alerted before, and how long before (days). */
  criminalHouseholds: number;
  alertedBefore: Share;
  leadDaysMean: number | null;
  leadDaysMedian: number | null;
}

const share = (n: number, of: number): Share => ({ n, of, rate: of ? n / of : null });

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function areaFigures(s: AreaCounts): AreaFigures {
  const a = s.alertsByLevel;
  const alerts = { red: a.red ?? 0, orange: a.orange ?? 0, yellow: a.yellow ?? 0, blue: a.blue ?? 0, total: 0 };
  alerts.total = alerts.red + alerts.orange + alerts.yellow + alerts.blue;
  const population = s.litigation.population;
  const per10k = population ? (s.litigation.civilFilings / population) * 10_000 : null;
  const lead = s.priorAlerts.leadDays;
  return {
    code: s.area.code,
    name: s.area.name,
    level: s.area.level,
    alerts,
    tasks: s.tasks,
    acceptedOnTime: acceptedOnTimeShare(s.onTime),
    feedbackOnTime: feedbackOnTimeShare(s.onTime),
    settledAtVillage: share(s.villageLevel.closedAtVillage, s.villageLevel.closed),
    mediationSuccess: share(s.mediation.succeeded, s.mediation.attempted),
    litigationPer10k: per10k,
    litigationPer10kAnnual: per10k === null || !s.period.days ? null : (per10k * 365) / s.period.days,
    civilFilings: s.litigation.civilFilings,
    population,
    criminalHouseholds: s.priorAlerts.households,
    alertedBefore: share(s.priorAlerts.withPriorAlert, s.priorAlerts.households),
    leadDaysMean: lead.length ? lead.reduce((x, y) => x + y, 0) / lead.length : null,
    leadDaysMedian: median(lead),
  };
}

const pct = (s: Share) => (s.rate === null ? '' : Number((s.rate * 100).toFixed(1)));
const round = (x: number | null, digits: number) => (x === null ? '' : Number(x.toFixed(digits)));

/** The export's columns, in Chinese as officers read them: header and the value of one row. */
export const FIGURE_COLUMNS: readonly { header: string; value: (f: AreaFigures) => string | number }[] = [
  { header: '区划代码', value: (f) => f.code },
  { header: '区域', value: (f) => f.name },
  { header: '预警合计', value: (f) => f.alerts.total },
  { header: '红色预警', value: (f) => f.alerts.red },
  { header: '橙色预警', value: (f) => f.alerts.orange },
  { header: '黄色预警', value: (f) => f.alerts.yellow },
  { header: '蓝色预警', value: (f) => f.alerts.blue },
  { header: '新建任务', value: (f) => f.tasks.created },
  { header: '结案任务', value: (f) => f.tasks.closed },
  { header: '在办任务', value: (f) => f.tasks.openNow },
  { header: '督办任务', value: (f) => f.tasks.supervised },
  { header: '按时受理率(%)', value: (f) => pct(f.acceptedOnTime) },
  { header: '按时反馈率(%)', value: (f) => pct(f.feedbackOnTime) },
  { header: '村级妥善处置率(%)', value: (f) => pct(f.settledAtVillage) },
  { header: '调处成功率(%)', value: (f) => pct(f.mediationSuccess) },
  { header: '万人成讼率(期内)', value: (f) => round(f.litigationPer10k, 2) },
  { header: '万人成讼率(年化)', value: (f) => round(f.litigationPer10kAnnual, 2) },
  { header: '涉刑事户数', value: (f) => f.criminalHouseholds },
  { header: '此前已预警户数', value: (f) => f.alertedBefore.n },
  { header: '平均提前天数', value: (f) => round(f.leadDaysMean, 1) },
];

/** The figures as rows of cells: the header row, then the area, then each part (one level down). */
export function figureTable(area: AreaFigures, parts: AreaFigures[]): (string | number)[][] {
  return [FIGURE_COLUMNS.map((c) => c.header), ...[area, ...parts].map((f) => FIGURE_COLUMNS.map((c) => c.value(f)))];
}

/** RFC 4180 CSV with a byte-order mark, so that Excel opens the Chinese text as UTF-8. */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    // A leading = + - @ would be read as a formula by a spreadsheet (CSV injection): quote it as text.
    const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
