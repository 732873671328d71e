import {
  type CpuInterval,
  cpuInterval,
  cpuIntervals,
  type CpuReading,
  formatCpuTable,
  formatTimeline,
  parseMachineStat,
  parseProcStat,
  processTree,
  type ProcSource,
  readCpu,
  roleGroup,
  summarizeCpu,
  timeline,
} from './cpu-sampler';

/** Lines recorded from this machine's /proc (a Kafka JVM, redis-server, PostgreSQL's postmaster and a backend). */
const KAFKA =
  '6376 (java) S 1 5894 4247 0 -1 4194304 103425 0 3 0 1817 542 0 0 20 0 97 0 28522 3571613696 103293 18446744073709551615 94881663414272 94881663415157 140722595405664 0 0 0 0 3 16800972 0 0 0 17 1 0 0 0 0 0 94881663425856 94881663426584 94882226950144 140722595409938 140722595410184 140722595410184 140722595413994 0';
const REDIS =
  '2233 (redis-server) S 1 2233 2233 0 -1 4194624 24222 0 5 0 731 214 0 0 20 0 5 0 5068 157704192 19163 18446744073709551615 94075845423104 94075846565565 140729571846832 0 0 0 0 12289 17642 0 0 0 17 1 0 0 0 0 0 94075847049008 94075847422824 94076711313408 140729571854835 140729571854975 140729571854975 140729571856354 0';
const POSTMASTER =
  '2213 (postgres) S 1 2213 2213 0 -1 4194304 4755 143003 0 26 6 15 1773 991 20 0 1 0 4820 222445568 7375 18446744073709551615 94470404399104 94470409855449 140723524986992 0 0 0 0 24129536 84487 1 0 0 17 1 0 0 0 0 0 94470412335184 94470412552906 94470908420096 140723524988574 140723524988696 140723524988696 140723524988884 0';
const BACKEND =
  '2214 (postgres) S 2213 2214 2214 0 -1 4194368 881 0 0 0 20 36 0 0 20 0 1 0 4826 222900224 11279 18446744073709551615 94470404399104 94470409855449 140723524986992 0 0 0 4194304 24145920 536873479 1 0 0 17 1 0 0 0 0 0 94470412335184 94470412552906 94470908420096 140723524988574 140723524988696 140723524988696 140723524988884 0';
const KWORKER =
  '10 (kworker/0:0H-events_highpri) I 2 0 0 0 -1 69238880 0 0 0 0 0 0 0 0 0 -20 1 0 19 0 0 18446744073709551615 0 0 0 0 0 0 0 2147483647 0 1 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0';
const PROC_STAT = [
  'cpu  54253 0 25091 58943 1185 0 1668 0 0 0',
  'cpu0 25105 0 11510 32910 251 0 801 0 0 0',
  'cpu1 29147 0 13580 26033 933 0 866 0 0 0',
  'intr 1691960 0 0 0',
  'ctxt 123',
].join('\n');

describe('parseProcStat', () => {
  it('takes pid, parent, utime + stime and the start time from a recorded line', () => {
    expect(parseProcStat(KAFKA)).toEqual({ pid: 6376, ppid: 1, ticks: 1817 + 542, startTicks: 28522 });
    expect(parseProcStat(REDIS)).toEqual({ pid: 2233, ppid: 1, ticks: 731 + 214, startTicks: 5068 });
    // The postmaster's reaped children (cutime 1773, cstime 991) are not its own CPU.
    expect(parseProcStat(POSTMASTER)).toEqual({ pid: 2213, ppid: 1, ticks: 6 + 15, startTicks: 4820 });
    expect(parseProcStat(BACKEND)).toEqual({ pid: 2214, ppid: 2213, ticks: 20 + 36, startTicks: 4826 });
  });

  it('counts the fields from the last parenthesis, whatever the command name holds', () => {
    expect(parseProcStat(KWORKER)).toEqual({ pid: 10, ppid: 2, ticks: 0, startTicks: 19 });
    const odd = REDIS.replace('(redis-server)', '(a) b (c d)');
    expect(parseProcStat(odd)).toEqual({ pid: 2233, ppid: 1, ticks: 945, startTicks: 5068 });
  });

  it('gives undefined for what is not a stat line', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('2233 (redis-server) S 1')).toBeUndefined();
  });
});

describe('parseMachineStat', () => {
  it('counts busy as everything but idle and iowait, over every CPU, and the cpuN lines', () => {
    const total = 54253 + 25091 + 58943 + 1185 + 1668;
    expect(parseMachineStat(PROC_STAT)).toEqual({ busy: total - 58943 - 1185, total, cpus: 2 });
  });

  it('refuses a text without the cpu line', () => {
    expect(() => parseMachineStat('intr 1')).toThrow('no cpu line');
  });
});

describe('processTree', () => {
  it('takes the root and its descendants, however deep, and nothing else', () => {
    const procs = [
      { pid: 1, ppid: 0, ticks: 0, startTicks: 0 },
      { pid: 10, ppid: 1, ticks: 5, startTicks: 1 },
      { pid: 11, ppid: 10, ticks: 6, startTicks: 2 },
      { pid: 12, ppid: 11, ticks: 7, startTicks: 3 },
      { pid: 20, ppid: 1, ticks: 8, startTicks: 4 },
    ];
    expect(
      processTree(10, procs)
        .map((p) => p.pid)
        .sort(),
    ).toEqual([10, 11, 12]);
    expect(processTree(99, procs)).toEqual([]);
  });
});

describe('readCpu', () => {
  const files = (over: Record<string, string> = {}): ProcSource => {
    const all: Record<string, string> = {
      '/proc/stat': PROC_STAT,
      '/proc/uptime': '713.42 591.13\n',
      '/proc/6376/stat': KAFKA,
      '/proc/2233/stat': REDIS,
      '/proc/2213/stat': POSTMASTER,
      '/proc/2214/stat': BACKEND,
      '/proc/10/stat': KWORKER,
      ...over,
    };
    return {
      read: (p) => all[p],
      pids: () => Object.keys(all).flatMap((k) => (/^\/proc\/(\d+)\/stat$/.exec(k) ? [Number(k.split('/')[2])] : [])),
    };
  };

  it("reads each role's process, a tree role with its children, and the machine", () => {
    const r = readCpu(files(), { 'kafka-1': { pid: 6376 }, redis: { pid: 2233 }, postgresql: { pid: 2213, tree: true } }, 1_000);
    expect(r.uptime).toBe(713.42);
    expect(r.machine.cpus).toBe(2);
    expect(r.roles['kafka-1'].map((p) => p.ticks)).toEqual([2359]);
    expect(r.roles.redis.map((p) => p.pid)).toEqual([2233]);
    expect(r.roles.postgresql.map((p) => p.pid).sort()).toEqual([2213, 2214]);
  });

  it('gives a role with no process, or whose process has gone, no processes', () => {
    const r = readCpu(files(), { 'ingest-1': {}, 'kafka-2': { pid: 4242 }, postgresql: { pid: 4243, tree: true } }, 1_000);
    expect(r.roles).toEqual({ 'ingest-1': [], 'kafka-2': [], postgresql: [] });
  });
});

describe('cpuInterval', () => {
  const reading = (uptime: number, busy: number, total: number, roles: CpuReading['roles']): CpuReading => ({
    at: uptime * 1000,
    uptime,
    machine: { busy, total, cpus: 2 },
    roles,
  });
  const p = (pid: number, ticks: number, startTicks: number) => ({ pid, ppid: 1, ticks, startTicks });

  it('divides each role’s growth in ticks by the interval, and the machine’s busy by its total', () => {
    const a = reading(100, 1_000, 4_000, { 'ingest-1': [p(7, 500, 10)], postgresql: [p(8, 100, 10), p(9, 50, 10)] });
    const b = reading(110, 2_500, 6_000, { 'ingest-1': [p(7, 1_200, 10)], postgresql: [p(8, 150, 10), p(9, 250, 10)] });
    const i = cpuInterval(a, b);
    expect(i.seconds).toBe(10);
    expect(i.roles['ingest-1']).toBeCloseTo(0.7); // 700 ticks = 7 s in 10 s
    expect(i.roles.postgresql).toBeCloseTo(0.25); // 50 + 200 ticks
    expect(i.busyShare).toBeCloseTo(0.75); // 1,500 of 2,000 ticks
    expect(i.machine).toBeCloseTo(1.5);
  });

  it('follows a role across a restart: the new process counts all it used since it started', () => {
    const a = reading(100, 0, 2_000, { 'dispatch-2': [p(7, 5_000, 10)] });
    // pid 7 killed; pid 31 started at 104 s (10,400 ticks after boot) and has used 90 ticks.
    const b = reading(110, 0, 4_000, { 'dispatch-2': [p(31, 90, 10_400)] });
    expect(cpuInterval(a, b).roles['dispatch-2']).toBeCloseTo(0.09);
  });

  it('tells a reused pid from the old process by its start time', () => {
    const a = reading(100, 0, 2_000, { redis: [p(7, 5_000, 10)] });
    const b = reading(110, 0, 4_000, { redis: [p(7, 30, 10_500)] });
    expect(cpuInterval(a, b).roles.redis).toBeCloseTo(0.03);
  });

  it('makes no interval of two readings at the same uptime', () => {
    const a = reading(100, 0, 2_000, { redis: [p(7, 10, 10)] });
    const b = reading(105, 0, 3_000, { redis: [p(7, 60, 10)] });
    expect(cpuIntervals([a, b, { ...b, at: b.at + 1 }]).map((i) => i.roles.redis)).toEqual([0.1]);
  });

  it('counts nothing for a process that started before the earlier reading but was not seen then', () => {
    const a = reading(100, 0, 2_000, { postgresql: [] });
    const b = reading(110, 0, 4_000, { postgresql: [p(9, 5_000, 10)] });
    expect(cpuInterval(a, b).roles.postgresql).toBe(0);
  });
});

describe('summarizeCpu', () => {
  const iv = (seconds: number, roles: Record<string, number>, machine: number): CpuInterval => ({
    at: 0,
    seconds,
    roles,
    machine,
    busyShare: machine / 2,
  });

  it('weights the mean by time, ranks p95, sums groups per interval and tells the soak from the rest', () => {
    const intervals = [
      iv(5, { 'ingest-1': 0.2, 'ingest-2': 0.4, redis: 0.1 }, 1.0),
      iv(5, { 'ingest-1': 0.6, 'ingest-2': 0.0, redis: 0.1 }, 1.6),
      iv(10, { 'ingest-1': 0.5, 'ingest-2': 0.5, redis: 0.4 }, 2.0),
    ];
    const s = summarizeCpu(intervals, 2);
    const row = (role: string) => s.rows.find((r) => r.role === role)!;
    expect(s.seconds).toBe(20);
    expect(row('ingest-1').mean).toBeCloseTo((0.2 * 5 + 0.6 * 5 + 0.5 * 10) / 20);
    expect(row('ingest-1').p95).toBe(0.6);
    expect(row('ingest ×2').p95).toBe(1.0);
    expect(row('ingest ×2').mean).toBeCloseTo((0.6 * 5 + 0.6 * 5 + 1.0 * 10) / 20);
    expect(row("all the soak's").mean).toBeCloseTo((0.7 * 5 + 0.7 * 5 + 1.4 * 10) / 20);
    expect(row('rest of the machine').mean).toBeCloseTo((0.3 * 5 + 0.9 * 5 + 0.6 * 10) / 20);
    expect(row('machine').share).toBeCloseTo((1.0 * 5 + 1.6 * 5 + 2.0 * 10) / 20 / 2);
    expect(s.busyShare).toBeCloseTo(0.825);
    expect(s.busyP95).toBe(1);
    expect(s.rows.map((r) => r.role)).not.toContain('redis ×1');
  });

  it('prints a row per role with mean, p95 and share, and the machine’s busy share', () => {
    const lines = formatCpuTable(summarizeCpu([iv(10, { 'kafka-1': 0.25 }, 1.5)], 2), 'while publishing');
    expect(lines[0]).toBe('CPU by role while publishing (1 intervals over 10 s; CPU seconds per second, the machine has 2):');
    expect(lines.find((l) => l.includes('kafka-1'))).toMatch(/kafka-1\s+0\.25\s+0\.25\s+12\.5 %$/);
    expect(lines[lines.length - 1]).toBe('  machine busy: 75.0 % of 2 CPUs on average, p95 75.0 %');
  });

  it('groups by the instance number only', () => {
    expect(roleGroup('dispatch-2')).toBe('dispatch');
    expect(roleGroup('postgresql')).toBe('postgresql');
  });
});

describe('timeline', () => {
  it('slices the run into 30 s: offered and published rates, tasks, the last backlog, the busy share', () => {
    const rows = timeline({
      start: 0,
      end: 60_000,
      rate: 10,
      publishUntil: 45_000,
      progress: [
        { at: 0, sent: 0 },
        { at: 30_000, sent: 290 },
        { at: 59_000, sent: 450 },
      ],
      applied: [1_000, 2_000, 31_000],
      backlog: [
        { at: 10_000, total: 5 },
        { at: 28_000, total: 7 },
        { at: 29_000, total: undefined },
        { at: 40_000, total: 0 },
      ],
      intervals: [
        { at: 10_000, seconds: 10, roles: {}, machine: 1, busyShare: 0.5 },
        { at: 30_000, seconds: 20, roles: {}, machine: 2, busyShare: 1 },
        { at: 50_000, seconds: 20, roles: {}, machine: 2, busyShare: 1 },
      ],
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ fromSecond: 0, offered: 10, published: 290 / 30, tasks: 2 / 30, backlog: 7, busyShare: 0.5 });
    // Due until 45 s: 15 s of 30 at 10/s. The interval ending at 30 s belongs to the second slice.
    expect(rows[1]).toEqual({ fromSecond: 30, offered: 5, published: 160 / 30, tasks: 1 / 30, backlog: 0, busyShare: 1 });
    const text = formatTimeline(rows);
    expect(text[2]).toBe('        0s       10         10     0.1        7    50 %');
  });
});
