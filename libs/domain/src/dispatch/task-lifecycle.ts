/**
 * The closed loop of a grid task (问题上报 → 受理分派 → 联动处置 → 情况反馈 → 核查结案) as a validated
 * state machine. Every transition names who made it and why; the store keeps each one and publishes it.
 */
export const TASK_STATES = [
  'reported', // 已上报, waiting for the grid worker to accept
  'accepted', // 已受理
  'dispatched', // 已分派 to the departments that will act
  'in_handling', // 联动处置
  'feedback', // 情况反馈 given, waiting for verification
  'verified', // 已核查: in follow-up until a revisit finds it settled (blue: may close at once)
  'closed', // 已结案
  'rejected', // 已退回 by the grid worker (not theirs, not a dispute): the township centre reassigns or closes it
  'returned', // 核查未通过, sent back for more handling
] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_STATE_ZH: Record<TaskState, string> = {
  reported: '待受理',
  accepted: '已受理',
  dispatched: '已分派',
  in_handling: '联动处置中',
  feedback: '已反馈',
  verified: '已核查（回访中）',
  closed: '已结案',
  rejected: '已退回',
  returned: '核查退回',
};

export const ACTOR_KINDS = ['grid_worker', 'duty_officer', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Departments that take part in joint handling (联动处置). */
export const DEPARTMENTS = [
  'police_station',
  'judicial_office',
  'womens_federation',
  'village_committee',
  'court',
  'civil_affairs',
] as const;
export type Department = (typeof DEPARTMENTS)[number];
export const DEPARTMENT_ZH: Record<Department, string> = {
  police_station: '派出所',
  judicial_office: '司法所',
  womens_federation: '妇联',
  village_committee: '村（居）委会',
  court: '法院',
  civil_affairs: '民政',
};

/** Outcome of mediation (调解) reported with the feedback; 调处成功率 counts these. */
export const MEDIATION_OUTCOMES = ['success', 'failed', 'not_applicable'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

export interface Actor {
  kind: ActorKind;
  id: string;
}

export interface TransitionRequest {
  to: TaskState;
  actor: Actor;
  reason: string;
  departments?: Department[];
  mediation?: MediationOutcome;
}

interface Edge {
  by: readonly ActorKind[];
  needs?: 'departments' | 'mediation';
}

const GRID: readonly ActorKind[] = ['grid_worker', 'duty_officer'];
const OFFICER: readonly ActorKind[] = ['duty_officer'];
const OFFICER_OR_SYSTEM: readonly ActorKind[] = ['duty_officer', 'system'];

/** from → to → who may do it and what it must carry. Anything not listed is illegal. */
const EDGES: Record<TaskState, Partial<Record<TaskState, Edge>>> = {
  reported: { accepted: { by: GRID }, rejected: { by: GRID } },
  accepted: { dispatched: { by: GRID, needs: 'departments' }, rejected: { by: GRID } },
  dispatched: { in_handling: { by: GRID } },
  in_handling: { feedback: { by: GRID, needs: 'mediation' } },
  feedback: { verified: { by: OFFICER }, returned: { by: OFFICER } },
  returned: { in_handling: { by: GRID } },
  verified: { closed: { by: OFFICER_OR_SYSTEM } },
  // A rejected task goes back to the township centre: reassigned (reported again) or closed with a reason.
  rejected: { reported: { by: OFFICER }, closed: { by: OFFICER } },
  closed: {},
};

export type TransitionCheck = { ok: true } | { ok: false; code: string; message: string };

export function checkTransition(from: TaskState, req: TransitionRequest): TransitionCheck {
  const edge = EDGES[from][req.to];
  if (!edge) {
    return {
      ok: false,
      code: 'illegal_transition',
      message: `任务当前为「${TASK_STATE_ZH[from]}」，不能变更为「${TASK_STATE_ZH[req.to]}」（illegal transition ${from} → ${req.to}）`,
    };
  }
  if (!edge.by.includes(req.actor.kind)) {
    return {
      ok: false,
      code: 'actor_not_allowed',
      message: `${req.actor.kind} 无权将任务变更为「${TASK_STATE_ZH[req.to]}」（allowed: ${edge.by.join(', ')}）`,
    };
  }
  if (req.reason.trim().length < 2) return { ok: false, code: 'reason_required', message: '每次状态变更都须写明原因（reason）' };
  if (edge.needs === 'departments' && !req.departments?.length) {
    return { ok: false, code: 'departments_required', message: '分派须指明参与联动处置的部门（departments）' };
  }
  if (edge.needs === 'mediation' && !req.mediation) {
    return { ok: false, code: 'mediation_required', message: '反馈须说明调解结果（mediation: success | failed | not_applicable）' };
  }
  return { ok: true };
}

/** States in which the task still waits for someone: a new alert for its household joins it. */
export function isOpenState(state: TaskState): boolean {
  return state !== 'closed';
}

/** Before acceptance the accept deadline runs; after it, until feedback, the feedback deadline. */
export function runningDeadline(state: TaskState): 'accept' | 'feedback' | null {
  if (state === 'reported') return 'accept';
  if (state === 'accepted' || state === 'dispatched' || state === 'in_handling' || state === 'returned') return 'feedback';
  return null;
}

export function legalTargets(from: TaskState): TaskState[] {
  return Object.keys(EDGES[from]) as TaskState[];
}
