/**
 * Where the soak's CPU goes: every few seconds the CPU time (utime + stime, /proc/<pid>/stat) of every
 * process the soak started or knows, by role (each app instance, each Kafka node, PostgreSQL's postmaster
 * with all its children, redis-server, the soak process itself), and the machine's busy and total time
 * (/proc/stat). A role is resolved to its pids afresh at every reading, so an instance killed and started
 * again is followed by its role, not its old pid. The /proc access is a port (ProcSource; the real one is
 * soak-infra.ts's procFs): everything here is pure and tested on recorded /proc lines (cpu-sampler.spec.ts).
 */
import { nearestRank } from './soak-reckoning';

/** Clock ticks per second of /proc's times (USER_HZ): 100 on every Linux the hub runs on. */
export const USER_HZ = 100;

/** The figures of one /proc/<pid>/stat line the sampler uses. */
export interface ProcCpu {
  pid: number;
  ppid: number;
  /** utime + stime, in ticks: the CPU the process itself used (its reaped children's is left out). */
  ticks: number;
  /** When it started, in ticks after boot: tells a restarted process from the one it replaced. */
  startTicks: number;
}

/**
 * One /proc/<pid>/stat line. The command name (field 2) is in parentheses and may itself hold spaces and
 * parentheses, so the fields are counted from the last ')'. Undefined for a line that is not one.
 */
export function parseProcStat(line: string): ProcCpu | undefined {
  const close = line.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // From field 3 (state) on: field N is rest[N - 3].
  const rest = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const [ppid, utime, stime, start] = [rest[1], rest[11], rest[12], rest[19]].map(Number);
  if (![pid, ppid, utime, stime, start].every(Number.isFinite) || rest.length < 20) return undefined;
  return { pid, ppid, ticks: utime + stime, startTicks: start };
}

export interface MachineCpu {
  /** Ticks spent on anything but idle and iowait, summed over every CPU. */
  busy: number;
  /** All ticks, summed over every CPU. */
  total: number;
  cpus: number;
}

/** /proc/stat: the `cpu` line (user nice system idle iowait irq softirq steal …) and the number of cpuN lines. */
export function parseMachineStat(text: string): MachineCpu {
  const lines = text.split('\n');
  const all = lines.find((l) => l.startsWith('cpu '));
  if (!all) throw new Error('/proc/stat has no cpu line');
  // guest and guest_nice (fields 9 and 10) are already counted in user and nice.
  const f = all.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = f[3] + (f[4] ?? 0);
  return { busy: total - idle, total, cpus: lines.filter((l) => /^cpu\d+\s/.test(l)).length };
}

/** The process `root` and all its descendants (a PostgreSQL cluster: the postmaster and every backend). */
export function processTree(root: number, procs: readonly ProcCpu[]): ProcCpu[] {
  const children = new Map<number, ProcCpu[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const self = procs.find((p) => p.pid === root);
  if (!self) return [];
  const out: ProcCpu[] = [];
  const todo = [self];
  while (todo.length) {
    const p = todo.pop()!;
    out.push(p);
    todo.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** /proc as the sampler reads it; `read` gives undefined for a file that is gone (a process that exited). */
export interface ProcSource {
  read(path: string): string | undefined;
  pids(): number[];
}

/** What a role is at this moment: its process (if running) and whether its descendants count with it. */
export interface RoleTarget {
  pid?: number;
  tree?: boolean;
}

export interface CpuReading {
  /** Wall clock (ms), to place the reading in the run. */
  at: number;
  /** Seconds since boot (/proc/uptime): the interval between readings, on the clock /proc's ticks use. */
  uptime: number;
  machine: MachineCpu;
  roles: Record<string, ProcCpu[]>;
}

/** Reads every role's processes and the machine; a role not running at the moment has no processes. */
export function readCpu(source: ProcSource, targets: Record<string, RoleTarget>, at: number): CpuReading {
  const stat = (pid: number) => {
    const line = source.read(`/proc/${pid}/stat`);
    return line === undefined ? undefined : parseProcStat(line);
  };
  const all = Object.values(targets).some((t) => t.tree && t.pid)
    ? source
        .pids()
        .map(stat)
        .filter((p): p is ProcCpu => p !== undefined)
    : [];
  const roles: Record<string, ProcCpu[]> = {};
  for (const [role, t] of Object.entries(targets)) {
    if (!t.pid) roles[role] = [];
    else if (t.tree) roles[role] = processTree(t.pid, all);
    else roles[role] = [stat(t.pid)].filter((p): p is ProcCpu => p !== undefined);
  }
  return {
    at,
    uptime: Number((source.read('/proc/uptime') ?? '0').split(' ')[0]),
    machine: parseMachineStat(source.read('/proc/stat') ?? ''),
    roles,
  };
}

/** One interval between two readings: CPU seconds per second per role, and the machine's. */
export interface CpuInterval {
  /** Wall clock (ms) of the interval's end. */
  at: number;
  seconds: number;
  roles: Record<string, number>;
  /** CPU seconds per second the whole machine was busy (at most its number of CPUs). */
  machine: number;
  /** Busy share of the machine, 0..1. */
  busyShare: number;
}

/**
 * The CPU each role used between two readings. A process seen in both counts its growth; one that started
 * after the earlier reading (a restarted instance, a new backend) counts all it used; one that started
 * before it but was not seen then counts nothing (no baseline); one that exited in between loses what it
 * used since the earlier reading.
 */
export function cpuInterval(prev: CpuReading, cur: CpuReading, hz = USER_HZ): CpuInterval {
  const seconds = cur.uptime - prev.uptime;
  const roles: Record<string, number> = {};
  for (const [role, procs] of Object.entries(cur.roles)) {
    let ticks = 0;
    for (const p of procs) {
      const before = prev.roles[role]?.find((q) => q.pid === p.pid && q.startTicks === p.startTicks);
      if (before) ticks += Math.max(0, p.ticks - before.ticks);
      else if (p.startTicks / hz >= prev.uptime) ticks += p.ticks;
    }
    roles[role] = seconds > 0 ? ticks / hz / seconds : 0;
  }
  const dTotal = cur.machine.total - prev.machine.total;
  const busyShare = dTotal > 0 ? (cur.machine.busy - prev.machine.busy) / dTotal : 0;
  return { at: cur.at, seconds, roles, machine: busyShare * cur.machine.cpus, busyShare };
}

/** The intervals between consecutive readings; two readings within one tick of /proc/uptime make none. */
export function cpuIntervals(readings: readonly CpuReading[], hz = USER_HZ): CpuInterval[] {
  return readings
    .slice(1)
    .map((r, i) => cpuInterval(readings[i], r, hz))
    .filter((i) => i.seconds > 0);
}

export interface CpuRow {
  role: string;
  /** CPU seconds per second, time-weighted over the intervals. */
  mean: number;
  /** Nearest-rank 95th percentile of the intervals' CPU seconds per second. */
  p95: number;
  /** mean / the machine's CPUs. */
  share: number;
}

export interface CpuSummary {
  cpus: number;
  seconds: number;
  intervals: number;
  rows: CpuRow[];
  /** The machine's busy share over the same intervals, 0..1 (time-weighted), and its p95. */
  busyShare: number;
  busyP95: number;
}

/** The group a role belongs to: `ingest-2` → `ingest`, `kafka-3` → `kafka`; others are their own. */
export function roleGroup(role: string): string {
  return role.replace(/-\d+$/, '');
}

const p95 = (values: readonly number[]): number =>
  values.length
    ? nearestRank(
        [...values].sort((a, b) => a - b),
        0.95,
      )
    : 0;

/**
 * The table's rows over the intervals: every role, then each group of several roles (ingest ×2 …), all the
 * soak's roles together, what the rest of the machine used (busy minus the soak's roles: other programs,
 * the kernel's own threads) and the machine. A group's p95 is that of its per-interval sums.
 */
export function summarizeCpu(intervals: readonly CpuInterval[], cpus: number): CpuSummary {
  const seconds = intervals.reduce((a, i) => a + i.seconds, 0);
  const row = (role: string, perInterval: (i: CpuInterval) => number): CpuRow => {
    const values = intervals.map(perInterval);
    const mean = seconds > 0 ? intervals.reduce((a, i, k) => a + values[k] * i.seconds, 0) / seconds : 0;
    return { role, mean, p95: p95(values), share: cpus > 0 ? mean / cpus : 0 };
  };
  const roles = [...new Set(intervals.flatMap((i) => Object.keys(i.roles)))];
  const groups = new Map<string, string[]>();
  for (const r of roles) groups.set(roleGroup(r), [...(groups.get(roleGroup(r)) ?? []), r]);
  const sum = (i: CpuInterval, rs: readonly string[]) => rs.reduce((a, r) => a + (i.roles[r] ?? 0), 0);
  const rows = [
    ...roles.map((r) => row(r, (i) => i.roles[r] ?? 0)),
    ...[...groups].filter(([, rs]) => rs.length > 1).map(([g, rs]) => row(`${g} ×${rs.length}`, (i) => sum(i, rs))),
    row("all the soak's", (i) => sum(i, roles)),
    row('rest of the machine', (i) => Math.max(0, i.machine - sum(i, roles))),
    row('machine', (i) => i.machine),
  ];
  const busy = row('busy', (i) => i.busyShare);
  return { cpus, seconds, intervals: intervals.length, rows, busyShare: busy.mean, busyP95: busy.p95 };
}

export function formatCpuTable(s: CpuSummary, what: string): string[] {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const width = Math.max(20, ...s.rows.map((r) => r.role.length + 2));
  return [
    `CPU by role ${what} (${s.intervals} intervals over ${s.seconds.toFixed(0)} s; CPU seconds per second, the machine has ${s.cpus}):`,
    `    ${'role'.padEnd(width)}${'mean'.padStart(7)}${'p95'.padStart(7)}   share of the machine`,
    ...s.rows.map(
      (r) => `    ${r.role.padEnd(width)}${r.mean.toFixed(2).padStart(7)}${r.p95.toFixed(2).padStart(7)}   ${pct(r.share).padStart(7)}`,
    ),
    `  machine busy: ${pct(s.busyShare)} of ${s.cpus} CPUs on average, p95 ${pct(s.busyP95)}`,
  ];
}

/** One 30-second slice of the run: what was offered and carried, the backlog at its end, the machine's load. */
export interface TimelineRow {
  fromSecond: number;
  /** Messages due in the slice by the schedule, per second. */
  offered: number;
  /** Messages the publisher had sent in the slice, per second. */
  published: number;
  /** Alerts applied to tasks in the slice, per second. */
  tasks: number;
  /** Consumer lag + outbox + grid-alert jobs waiting at the last reading in the slice (undefined: none read). */
  backlog?: number;
  /** Machine busy share over the CPU intervals ending in the slice (undefined: none). */
  busyShare?: number;
}

export interface TimelineInput {
  start: number;
  end: number;
  rate: number;
  /** Until when messages were due (the end of publishing by the schedule). */
  publishUntil: number;
  /** (wall ms, messages sent so far), in time order. */
  progress: readonly { at: number; sent: number }[];
  /** Wall ms each alert was applied to a task. */
  applied: readonly number[];
  /** (wall ms, total backlog) of the soak's backlog readings. */
  backlog: readonly { at: number; total?: number }[];
  intervals: readonly CpuInterval[];
}

export function timeline(x: TimelineInput, sliceSeconds = 30): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const sentBy = (t: number) => [...x.progress].reverse().find((p) => p.at <= t)?.sent ?? 0;
  for (let from = x.start; from < x.end; from += sliceSeconds * 1000) {
    const to = Math.min(x.end, from + sliceSeconds * 1000);
    const secs = (to - from) / 1000;
    const due = Math.max(0, Math.min(to, x.publishUntil) - from) / 1000;
    const inSlice = (t: number) => t >= from && t < to;
    const last = [...x.backlog].reverse().find((b) => inSlice(b.at) && b.total !== undefined);
    const cpu = x.intervals.filter((i) => inSlice(i.at));
    const cpuSecs = cpu.reduce((a, i) => a + i.seconds, 0);
    rows.push({
      fromSecond: Math.round((from - x.start) / 1000),
      offered: (due * x.rate) / secs,
      published: (sentBy(to) - sentBy(from)) / secs,
      tasks: x.applied.filter(inSlice).length / secs,
      backlog: last?.total,
      busyShare: cpuSecs > 0 ? cpu.reduce((a, i) => a + i.busyShare * i.seconds, 0) / cpuSecs : undefined,
    });
  }
  return rows;
}

export function formatTimeline(rows: readonly TimelineRow[]): string[] {
  const n = (v: number | undefined, d = 0) => (v === undefined ? '-' : v.toFixed(d));
  return [
    'timeline (per 30 s; rates per second; tasks = alerts applied to tasks; backlog = consumer lag + outbox + grid-alert jobs at the slice end):',
    `    ${'t'.padStart(6)}${'offered'.padStart(9)}${'published'.padStart(11)}${'tasks'.padStart(8)}${'backlog'.padStart(9)}${'busy'.padStart(8)}`,
    ...rows.map(
      (r) =>
        `    ${`${r.fromSecond}s`.padStart(6)}${n(r.offered).padStart(9)}${n(r.published).padStart(11)}${n(r.tasks, 1).padStart(8)}${n(r.backlog).padStart(9)}${(r.busyShare === undefined ? '-' : `${(100 * r.busyShare).toFixed(0)} %`).padStart(8)}`,
    ),
  ];
}
