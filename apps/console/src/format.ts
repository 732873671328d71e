/** 剩余 1小时05分 / 已超时 3分12秒: the time left to a deadline, in the words officers use. */
export function countdown(dueAt: string | null | undefined, now: number): { text: string; overdue: boolean } | null {
  if (!dueAt) return null;
  const ms = Date.parse(dueAt) - now;
  const s = Math.floor(Math.abs(ms) / 1000);
  const [d, h, m, sec] = [Math.floor(s / 86400), Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60), s % 60];
  const parts = d ? `${d}天${h}小时` : h ? `${h}小时${String(m).padStart(2, '0')}分` : `${m}分${String(sec).padStart(2, '0')}秒`;
  return ms >= 0 ? { text: `剩余 ${parts}`, overdue: false } : { text: `已超时 ${parts}`, overdue: true };
}

/** The deadline running in the task's state (which one runs in which state comes from the hub's vocabulary). */
export function runningDue(
  t: { state: string; acceptDueAt?: string | null; feedbackDueAt?: string | null },
  deadlineOf: Record<string, 'accept' | 'feedback' | null>,
): string | null {
  const kind = deadlineOf[t.state];
  return kind === 'accept' ? (t.acceptDueAt ?? null) : kind === 'feedback' ? (t.feedbackDueAt ?? null) : null;
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
