import { areaCovers, isAreaCode } from './area-code';

/**
 * Who may do what, where: role × action × area → allow. Pure, so that the gateway, the console and any
 * later route service ask one place. A role without the action is refused (403); a role with it, asked
 * about a record outside its area, gets `out_of_scope`, which the API answers as if the record did not
 * exist (404), so scope cannot be probed.
 */
export const ROLES = ['grid_worker', 'duty_officer', 'centre_leader', 'operations', 'auditor', 'upstream'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'task.list',
  'task.read',
  /** The grid worker's own steps: accept 受理, reject 退回, dispatch 分派, handle 处置, feedback 反馈. */
  'task.work',
  'task.verify',
  'task.close',
  'task.return',
  'task.assign',
  'task.supervise',
  'task.regrade',
  'task.revisit',
  'alert.list',
  'thread.read',
  'escalation.list',
  'manual_dispatch.list',
  'delivery.list',
  'delivery.retry',
  'queue.read',
  'dead_letter.read',
  'link.correct',
  'stats.read',
  'audit.read',
] as const;
export type Action = (typeof ACTIONS)[number];

const GRANTS: Record<Role, readonly Action[]> = {
  grid_worker: ['task.list', 'task.read', 'task.work', 'task.revisit'],
  duty_officer: [
    'task.list',
    'task.read',
    'task.verify',
    'task.close',
    'task.return',
    'task.assign',
    'task.supervise',
    'task.regrade',
    'task.revisit',
    'alert.list',
    'thread.read',
    'escalation.list',
    'manual_dispatch.list',
    'delivery.list',
    'link.correct',
    'stats.read',
  ],
  centre_leader: ['task.list', 'task.supervise', 'escalation.list', 'stats.read'],
  operations: ['queue.read', 'dead_letter.read', 'delivery.list', 'delivery.retry'],
  auditor: ['audit.read'],
  upstream: ['dead_letter.read'],
};

/** The signed-in caller, as the identity provider's token says: never from a header or a body. */
export interface Principal {
  /** The hub's id of the person or system (grid worker W…, duty officer D…, client id of a machine). */
  subject: string;
  roles: Role[];
  /** A division code (officers, leaders) or a grid code (grid workers). */
  area?: string;
  /** The feed an upstream integration speaks for. */
  feed?: string;
}

/** Where a record lies: the codes of a task (most specific first) or the feed of a dead letter. */
export interface Placement {
  gridCode?: string | null;
  villageCode?: string | null;
  divisionCode?: string | null;
  /** The centre that answers for the task when no grid took it (manual dispatch). */
  centreCode?: string | null;
  feed?: string;
}

export type Decision = { allowed: true; role: Role } | { allowed: false; reason: 'no_permission' | 'out_of_scope' };

export function rolesFor(action: Action): Role[] {
  return ROLES.filter((r) => GRANTS[r].includes(action));
}

function inScope(role: Role, p: Principal, at: Placement): boolean {
  switch (role) {
    case 'grid_worker':
      return !!at.gridCode && at.gridCode === p.area;
    case 'duty_officer':
    case 'centre_leader': {
      if (!p.area || !isAreaCode(p.area)) return false;
      const code = at.gridCode ?? at.villageCode ?? at.divisionCode;
      return areaCovers(p.area, code) || areaCovers(p.area, at.centreCode);
    }
    case 'operations':
    case 'auditor':
      return true;
    case 'upstream':
      return !!at.feed && at.feed === p.feed;
  }
}

/** May `p` do `action`, on the record placed at `at` (omitted: the action as such, before any record is read)? */
export function decide(p: Principal, action: Action, at?: Placement): Decision {
  const granting = p.roles.filter((r) => GRANTS[r]?.includes(action));
  if (granting.length === 0) return { allowed: false, reason: 'no_permission' };
  if (!at) return { allowed: true, role: granting[0] };
  const role = granting.find((r) => inScope(r, p, at));
  return role ? { allowed: true, role } : { allowed: false, reason: 'out_of_scope' };
}

/** What a list may show `p` for `action`: everything, one grid, one area's subtree, one feed, or nothing. */
export type ListScope =
  | { kind: 'all' }
  | { kind: 'grid'; gridCode: string }
  | { kind: 'area'; areaCode: string }
  | { kind: 'feed'; feed: string }
  | { kind: 'none' };

export function listScope(p: Principal, action: Action): ListScope {
  const granting = p.roles.filter((r) => GRANTS[r]?.includes(action));
  if (granting.includes('operations') || granting.includes('auditor')) return { kind: 'all' };
  for (const r of granting) {
    if (r === 'duty_officer' || r === 'centre_leader') {
      if (p.area && isAreaCode(p.area)) return { kind: 'area', areaCode: p.area };
    }
    if (r === 'grid_worker' && p.area) return { kind: 'grid', gridCode: p.area };
    if (r === 'upstream' && p.feed) return { kind: 'feed', feed: p.feed };
  }
  return { kind: 'none' };
}

/** Which task transition needs which action: the worker's own steps, or an officer's check. */
export function transitionAction(to: string): Action {
  switch (to) {
    case 'verified':
      return 'task.verify';
    case 'closed':
      return 'task.close';
    case 'returned':
      return 'task.return';
    default:
      return 'task.work';
  }
}

/**
 * Personal data in a task's view (数据最小化): the household's address, the parties' (masked) names and
 * the records' free text go only to the grid worker the task is assigned to and to duty officers whose
 * area holds it. Everyone else who may read the task sees its areas, states and deadlines.
 */
export function seesPersonalData(p: Principal, task: Placement & { workerId?: string | null }): boolean {
  if (p.roles.includes('grid_worker') && task.workerId === p.subject && decide(p, 'task.read', task).allowed) return true;
  return p.roles.includes('duty_officer') && inScope('duty_officer', p, task);
}
