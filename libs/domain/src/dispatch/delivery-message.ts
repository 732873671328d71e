import { AREA_LEVEL_ZH, type AreaLevel } from '../area/area-level';
import type { AlertLevel } from './escalation-policy';

/**
 * What each recipient is told, minimised for them (PIPL art. 28: whereabouts are sensitive). The rules:
 * - nobody gets a phone number or a full ID number, only masks;
 * - only the assigned grid worker, on a personal channel, gets the household address and the masked
 *   names, because the visit needs them;
 * - a group channel (which the other party's household may read) gets no names, no address and no
 *   factors: only that a task is waiting in the terminal;
 * - duty officers get the area, grade, factors and deadlines, not the household;
 * - SMS carries no names and no address, whoever reads it (nor the free-text note, which may quote one).
 */
export type RecipientKind = 'grid_worker' | 'duty_officer';
export type ChannelKind = 'webhook' | 'sms';
export type Audience = 'personal' | 'group';
export type DeliveryPurpose = 'task_assigned' | 'task_raised' | 'escalation' | 'revisit_due' | 'workload_flag' | 'manual_dispatch';

export interface TaskBrief {
  taskId: string;
  riskLevel: AlertLevel;
  riskScore: number;
  area: { county?: string; township?: string; village?: string; grid?: string };
  householdAddress?: string;
  persons: { role: string; nameMasked: string; idMasked?: string }[];
  factorLabels: string[];
  acceptDueAt?: string | null;
  feedbackDueAt?: string | null;
  alertCount: number;
  supervised: boolean;
  escalation?: { toLevel: AreaLevel; reason: string };
  note?: string;
}

export interface Recipient {
  kind: RecipientKind;
  id: string;
  audience: Audience;
}

export interface DeliveryMessage {
  title: string;
  text: string;
  /** Structured part for the mobile terminal; absent on SMS. */
  data?: Record<string, unknown>;
}

export const LEVEL_ZH: Record<AlertLevel, string> = { red: '红色', orange: '橙色', yellow: '黄色', blue: '蓝色' };
const PURPOSE_ZH: Record<DeliveryPurpose, string> = {
  task_assigned: '新预警任务',
  task_raised: '预警等级提升',
  escalation: '值班提醒',
  revisit_due: '回访提醒',
  workload_flag: '网格员任务超限',
  manual_dispatch: '待人工分派',
};
const ROLE_ZH: Record<string, string> = {
  caller: '报警人',
  victim: '受害人',
  suspect: '对方当事人',
  applicant: '申请人',
  respondent: '被申请人',
  plaintiff: '原告',
  defendant: '被告',
  petitioner: '信访人',
  party: '当事人',
};

function areaText(b: TaskBrief): string {
  return [b.area.county, b.area.township, b.area.village].filter(Boolean).join('');
}

function shortId(taskId: string): string {
  return taskId.slice(0, 8).toUpperCase();
}

export function composeMessage(purpose: DeliveryPurpose, b: TaskBrief, to: Recipient, channel: ChannelKind): DeliveryMessage {
  const title = `【诉源治理】${LEVEL_ZH[b.riskLevel]}预警·${PURPOSE_ZH[purpose]}`;
  const due = b.acceptDueAt
    ? `请于 ${formatLocal(b.acceptDueAt)} 前受理`
    : b.feedbackDueAt
      ? `请于 ${formatLocal(b.feedbackDueAt)} 前反馈`
      : '';
  const escalation = b.escalation ? `${AREA_LEVEL_ZH[b.escalation.toLevel]}值班：${b.escalation.reason}` : '';
  const terms = [b.supervised ? '（督办）' : '', due, escalation].filter(Boolean).join('；');
  // The note says why a centre must act (what routing could not match, a worker's reason for rejecting): it may
  // quote the address, so it goes to personal terminals only, never to SMS or a group.
  const tail = [terms, b.note ?? ''].filter(Boolean).join('；');

  if (channel === 'sms' || to.audience === 'group') {
    // Nothing here may identify or locate the household.
    return {
      title,
      text: `${title} 任务${shortId(b.taskId)} ${areaText(b)}${b.area.grid && to.kind === 'grid_worker' ? b.area.grid : ''}。${terms}。详情请在移动终端查看。`,
    };
  }

  const common = {
    taskId: b.taskId,
    purpose,
    riskLevel: b.riskLevel,
    riskLevelZh: LEVEL_ZH[b.riskLevel],
    riskScore: b.riskScore,
    area: b.area,
    factors: b.factorLabels,
    acceptDueAt: b.acceptDueAt ?? null,
    feedbackDueAt: b.feedbackDueAt ?? null,
    supervised: b.supervised,
    alertCount: b.alertCount,
    ...(b.escalation ? { escalation: { toLevel: b.escalation.toLevel, reason: b.escalation.reason } } : {}),
  };
  if (to.kind === 'duty_officer') {
    return { title, text: `${title} 任务${shortId(b.taskId)} ${areaText(b)}，风险分 ${b.riskScore}。${tail}`, data: common };
  }
  const persons = b.persons.map((p) => ({
    role: ROLE_ZH[p.role] ?? p.role,
    name: p.nameMasked,
    ...(p.idMasked ? { id: p.idMasked } : {}),
  }));
  return {
    title,
    text: `${title} 任务${shortId(b.taskId)} ${areaText(b)}${b.area.grid ?? ''}，风险分 ${b.riskScore}，${b.factorLabels.slice(0, 3).join('、')}。${tail}`,
    data: { ...common, household: { address: b.householdAddress ?? null, persons } },
  };
}

/** Officers read Beijing time. */
export function formatLocal(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}
