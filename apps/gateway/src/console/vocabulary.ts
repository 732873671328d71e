import {
  DEPARTMENT_ZH,
  legalTargets,
  type MediationOutcome,
  runningDeadline,
  TASK_STATE_ZH,
  TASK_STATES,
  transitionAction,
} from '@hub/domain';

/**
 * The words the console shows for the hub's codes, sent to it with its configuration so that the
 * browser holds no second copy of the domain's lists: task states and the steps allowed from each,
 * departments, mediation outcomes, grades, feeds, levels of the area hierarchy, escalation reasons.
 */
const MEDIATION_ZH: Record<MediationOutcome, string> = { success: '调解成功', failed: '调解未成功', not_applicable: '无需调解' };

export const CONSOLE_VOCABULARY = {
  states: TASK_STATE_ZH,
  transitions: Object.fromEntries(TASK_STATES.map((s) => [s, legalTargets(s)])),
  /** The permission a step to each state needs (the console offers a step only to whom it is granted). */
  stepActions: Object.fromEntries(TASK_STATES.map((s) => [s, transitionAction(s)])),
  /** Which deadline runs in each state (accept, feedback or none). */
  deadlines: Object.fromEntries(TASK_STATES.map((s) => [s, runningDeadline(s)])),
  departments: DEPARTMENT_ZH,
  mediation: MEDIATION_ZH,
  levels: { red: '红色', orange: '橙色', yellow: '黄色', blue: '蓝色', none: '无' },
  feeds: { police110: '110 接处警', court: '法院立案', petition: '信访' },
  areaLevels: { city: '市', county: '县（区）', township: '乡镇（街道）', village: '村（社区）', grid: '网格' },
  escalationReasons: { red_alert: '红色预警同步', accept_overdue: '受理逾期', feedback_overdue: '反馈逾期' },
  eventTypes: {
    created: '上报',
    transition: '状态变更',
    alert_joined: '新预警并入',
    grade_raised: '提高等级',
    grade_lowered: '降低等级',
    escalated: '逾期升级',
    supervised: '督办',
    revisit: '回访',
    workload_flag: '工作量提醒',
    reassigned: '改派',
  },
  actorKinds: { grid_worker: '网格员', duty_officer: '值班人员', system: '系统' },
  roles: {
    grid_worker: '网格员',
    duty_officer: '值班人员',
    centre_leader: '中心领导',
    operations: '运维',
    auditor: '审计',
    upstream: '上游系统',
  },
};
