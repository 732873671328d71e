import { createHash } from 'node:crypto';
import { centreCodeAt } from '@hub/domain';
import { SeededRandom } from '@hub/simulation';
import type { DemoIdentities, DemoPerson } from './demo-identities';

interface ListedTask {
  taskId: string;
  state: string;
  riskLevel: string;
  escalationLevel: string;
  divisionCode: string;
  gridCode: string | null;
  workerId: string | null;
  supervised: boolean;
  createdAt: string;
}

export interface SimulationOptions {
  seed?: number;
  /** Tasks created at or after this time are left alone (the demo's live case, left to escalate). */
  createdBefore?: Date;
}

/** The gateway refused a step because the task is not (or no longer) in a state that allows it. */
class StepRefused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** The city's duty desk lists the tasks (it sees the whole city); each person acts under their own sign-in. */
const CITY_DESK: DemoPerson = { id: 'D4112000000001', role: 'duty_officer', area: '411200000000' };

/**
 * Plays the grid workers and duty officers for the demo, through the gateway's HTTP API as their
 * terminals would, each signed in through the identity provider with their own account: most tasks go round the closed loop (some mediations fail, some feedback is sent
 * back), some are rejected, red ones supervised when overdue (and some others), and a share is left
 * unaccepted so that it escalates.
 *
 * It can run again on the same hub: it takes only tasks still waiting to be accepted, does not
 * supervise a task twice, and when the gateway refuses a step because someone else moved the task
 * meanwhile (409), it leaves that task and says so instead of failing.
 */
export async function simulateHandling(api: string, people: DemoIdentities, options: SimulationOptions = {}): Promise<string> {
  const seed = options.seed ?? 7;
  const listed: ListedTask[] = [];
  for (;;) {
    const res = await fetch(`${api}/tasks?state=reported&limit=200&offset=${listed.length}`, {
      headers: { authorization: `Bearer ${await people.tokenOf(CITY_DESK)}` },
    });
    if (!res.ok) throw new Error(`gateway answered ${res.status} for the task list`);
    const page = (await res.json()) as ListedTask[];
    listed.push(...page);
    if (page.length < 200) break;
  }
  const tally: Record<string, number> = {};
  const count = (k: string) => (tally[k] = (tally[k] ?? 0) + 1);
  const tasks: ListedTask[] = [];
  for (const t of listed) {
    if (!t.workerId) count('跳过：无网格员（待人工分派） skipped, no grid worker');
    else if (options.createdBefore && new Date(t.createdAt) >= options.createdBefore) count('跳过：本次实时案例 skipped, the live case');
    else tasks.push(t);
  }
  const post = async (as: DemoPerson, taskId: string, path: string, body: object) => {
    const r = await fetch(`${api}/tasks/${taskId}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await people.tokenOf(as)}` },
      body: JSON.stringify(body),
    });
    if (r.status === 409) throw new StepRefused(((await r.json()) as { code?: string }).code ?? 'conflict');
    if (!r.ok) throw new Error(`${path} of ${taskId}: ${r.status} ${await r.text()}`);
  };
  // Everyone this run plays signs in first, a few at a time (each sign-in checks a password hash).
  await people.signInAll(
    tasks.flatMap((t) => Object.values(playersOf(t))),
    4,
  );
  for (const t of tasks) {
    try {
      await handle(t, seed, post, count);
    } catch (e) {
      if (!(e instanceof StepRefused)) throw e;
      count(`跳过：状态已变 (${e.code}) skipped, changed meanwhile`);
    }
  }
  return `simulated handling of ${tasks.length} of ${listed.length} tasks waiting to be accepted (${people.created} people added to the identity provider, each signed in): ${
    Object.entries(tally)
      .map(([k, n]) => `${k} ${n}`)
      .join('; ') || 'nothing to do'
  }`;
}

/** The task's grid worker, and the duty officers of its township and county centres. */
function playersOf(t: ListedTask): Record<'worker' | 'township' | 'county', DemoPerson> {
  return {
    worker: { id: t.workerId!, role: 'grid_worker', area: t.gridCode! },
    township: { id: `D${t.divisionCode.slice(0, 9)}0001`, role: 'duty_officer', area: centreCodeAt('township', t.divisionCode) },
    county: { id: `D${t.divisionCode.slice(0, 6)}0000001`, role: 'duty_officer', area: centreCodeAt('county', t.divisionCode) },
  };
}

async function handle(
  t: ListedTask,
  seed: number,
  post: (as: DemoPerson, taskId: string, path: string, body: object) => Promise<void>,
  count: (k: string) => void,
): Promise<void> {
  // One generator per task, seeded from its id: what happens to a task does not depend on the list's
  // order, and a task left unaccepted by one run is left unaccepted by the next.
  const rng = new SeededRandom(createHash('sha256').update(`${seed}|${t.taskId}`).digest().readUInt32BE(0));
  const { worker, township, county } = playersOf(t);
  const go = (to: string, reason: string, extra: object = {}) => post(worker, t.taskId, 'transitions', { to, reason, ...extra });
  // The county centre supervises (督办) every red task that already escalated past a deadline, and a
  // share of the others.
  const picked = rng.chance(0.2);
  if (t.riskLevel === 'red' && (picked || t.escalationLevel !== 'village')) {
    if (t.supervised) count('跳过督办：已在督办中 supervise skipped, already supervised');
    else {
      await post(county, t.taskId, 'supervise', { reason: '县综治中心督办：红色预警，限时处置' });
      count('督办 supervised');
    }
  }
  const r = rng.next();
  if (r < 0.15) {
    count('未受理（等待逾期升级） left unaccepted');
    return;
  }
  if (r < 0.2) {
    await go('rejected', '经核实该户不在本网格，退回乡镇重新分派');
    count('退回 rejected');
    return;
  }
  await go('accepted', '已受理，当日入户');
  const departments = rng.chance(0.5)
    ? ['village_committee', 'womens_federation']
    : ['police_station', 'judicial_office', 'village_committee'];
  await go('dispatched', '联系相关部门联合化解', { departments });
  await go('in_handling', '已入户走访，开展调解');
  const m = rng.next();
  const mediation = m < 0.85 ? 'success' : m < 0.95 ? 'failed' : 'not_applicable';
  await go(
    'feedback',
    mediation === 'success' ? '双方达成和解，签订调解协议' : mediation === 'failed' ? '调解未成，已告知诉讼途径' : '一方外出，暂未调解',
    { mediation },
  );
  count(`反馈 feedback (${mediation})`);
  if (rng.chance(0.2)) return;
  if (rng.chance(0.1)) {
    await post(township, t.taskId, 'transitions', { to: 'returned', reason: '反馈缺少走访记录，退回补充' });
    count('核查退回 returned');
    return;
  }
  await post(township, t.taskId, 'transitions', { to: 'verified', reason: '电话回访核实属实' });
  if (t.riskLevel === 'blue') {
    await post(township, t.taskId, 'transitions', { to: 'closed', reason: '核查属实，结案' });
    count('结案 closed');
  } else if (rng.chance(0.6)) {
    await post(worker, t.taskId, 'revisits', { settled: true, note: '回访：双方关系缓和，无新的冲突' });
    count('回访化解结案 closed after revisit');
  } else {
    count('回访中 in follow-up');
  }
}
