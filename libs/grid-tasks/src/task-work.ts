import { jobPriority } from '@hub/contracts';
import { composeMessage, escalationNotice, type GridTask, type Notice, stableUuid, type TaskEffect, type TaskSchedule } from '@hub/domain';
import type { DeliveryRecord, NoticeRecipient, Recipients, TaskAlertRecord, TaskUnitOfWork } from './ports';

export interface DeliveryRef {
  deliveryId: string;
  channel: 'webhook' | 'sms';
  round: number;
  /** Queue priority (none: first); red tasks and duty officers' messages carry none. */
  priority?: number;
}

/** What a committed change asks of the queues: the task's deadline and revisit, escalation jobs and deliveries. */
export interface TaskWork extends TaskSchedule {
  /** Escalations whose duty officers are still to be told by an escalation job (none when told in the same transaction). */
  escalations: string[];
  deliveries: DeliveryRef[];
  /** New escalations whose duty officers' deliveries were written with them. */
  notified?: string[];
}

export interface TaskChange {
  task: GridTask;
  effects: TaskEffect[];
}

/** The task rows a transaction writes with the effects: tasks opened, tasks changed, and the alerts applied. */
export interface TaskRows {
  created?: GridTask[];
  updated?: GridTask[];
  taskAlerts?: TaskAlertRecord[];
}

/**
 * Stores changed tasks and their effects in the caller's transaction, in two statements whatever the number
 * of tasks: the tasks with their alerts and escalations (once each), reading who may be told; then the events
 * (an escalation's only when it is new) and the deliveries of every notice, a new escalation's duty officers
 * included (so it is notified in the same commit, with no escalation job). Returns what to schedule, one
 * entry per task.
 */
export async function storeEffects(uow: TaskUnitOfWork, changes: TaskChange[], rows: TaskRows = {}): Promise<TaskWork[]> {
  const escalations = changes.flatMap((c) => c.effects.flatMap((e) => (e.kind === 'escalation' ? [e.escalation] : [])));
  // Everyone a notice may reach, read in the same statement; an escalation that turns out not to be new tells no one.
  const mayTell = changes.flatMap((c) =>
    c.effects.flatMap((e) => (e.kind === 'notice' ? [e.notice] : e.kind === 'escalation' ? [escalationNotice(e.escalation)] : [])),
  );
  const { freshEscalations: fresh, recipients } = await uow.storeTasks({
    created: rows.created ?? [],
    updated: rows.updated ?? [],
    taskAlerts: rows.taskAlerts ?? [],
    escalations,
    recipientsOf: audienceOf(mayTell),
  });
  const events = changes.flatMap((c) =>
    c.effects.flatMap((e) =>
      e.kind === 'event' ? [e.event] : e.kind === 'escalation' && fresh.has(e.escalation.escalationId) ? [e.event] : [],
    ),
  );
  const notices = changes.flatMap((c) =>
    c.effects.flatMap((e) =>
      e.kind === 'notice'
        ? [{ task: c.task, notice: e.notice }]
        : e.kind === 'escalation' && fresh.has(e.escalation.escalationId)
          ? [{ task: c.task, notice: escalationNotice(e.escalation) }]
          : [],
    ),
  );
  const deliveries = deliveriesFor(notices, recipients);
  const stored = events.length || deliveries.size ? await uow.storeNotices(events, deliveryRecords(deliveries)) : new Set<string>();
  const refs = deliveryRefs(deliveries, stored);
  const work = new Map<string, TaskWork>();
  for (const c of changes) {
    const w = work.get(c.task.id) ?? { ...c.task.schedule(), escalations: [], notified: [], deliveries: refs.get(c.task.id) ?? [] };
    for (const e of c.effects)
      if (e.kind === 'escalation' && fresh.has(e.escalation.escalationId)) w.notified!.push(e.escalation.escalationId);
    work.set(c.task.id, w);
  }
  return [...work.values()];
}

/**
 * Turns notices into deliveries and stores them (used where no task is written, e.g. telling an escalation's
 * duty officers later). Ids derive from the notice's fact, so writing them again after a crash adds nothing.
 */
export async function writeDeliveries(
  uow: TaskUnitOfWork,
  notices: { task: GridTask; notice: Notice }[],
): Promise<Map<string, DeliveryRef[]>> {
  if (!notices.length) return new Map();
  const { workerIds, centreCodes } = audienceOf(notices.map((n) => n.notice));
  const deliveries = deliveriesFor(notices, await uow.recipients(workerIds, centreCodes));
  if (!deliveries.size) return new Map();
  return deliveryRefs(deliveries, await uow.storeNotices([], deliveryRecords(deliveries)));
}

function audienceOf(notices: Notice[]): { workerIds: string[]; centreCodes: string[] } {
  const workerIds = new Set<string>();
  const centres = new Set<string>();
  for (const notice of notices) {
    if (notice.audience.to === 'duty') centres.add(notice.audience.centreCode);
    else if (notice.audience.workerId) workerIds.add(notice.audience.workerId);
  }
  return { workerIds: [...workerIds], centreCodes: [...centres] };
}

type PendingDelivery = DeliveryRecord & { priority?: number };

/** Each recipient on each of their channels, with the message minimised for them; keyed by delivery id. */
function deliveriesFor(notices: { task: GridTask; notice: Notice }[], found: Recipients): Map<string, PendingDelivery> {
  const rows = new Map<string, PendingDelivery>();
  for (const { task, notice } of notices) {
    const a = notice.audience;
    const recipients: NoticeRecipient[] =
      a.to === 'duty'
        ? (found.duty.get(a.centreCode) ?? [])
        : a.workerId && found.workers.has(a.workerId)
          ? [found.workers.get(a.workerId)!]
          : [];
    if (!recipients.length) continue;
    const brief = { ...task.brief(), ...notice.extra };
    for (const r of recipients) {
      for (const channel of r.channels) {
        const deliveryId = stableUuid(`delivery|${notice.factKey}|${r.kind}|${r.id}|${channel}`);
        rows.set(deliveryId, {
          deliveryId,
          taskId: task.id,
          recipientKind: r.kind,
          recipientId: r.id,
          terminalId: r.terminalId,
          channel,
          purpose: notice.purpose,
          message: composeMessage(notice.purpose, brief, { kind: r.kind, id: r.id, audience: 'personal' }, channel),
          priority: r.kind === 'duty_officer' ? undefined : jobPriority(brief.riskLevel),
        });
      }
    }
  }
  return rows;
}

function deliveryRecords(rows: Map<string, PendingDelivery>): DeliveryRecord[] {
  return [...rows.values()].map(({ priority: _, ...row }) => row);
}

/** The deliveries stored now (not before), per task, as the queues take them. */
function deliveryRefs(rows: Map<string, PendingDelivery>, fresh: Set<string>): Map<string, DeliveryRef[]> {
  const out = new Map<string, DeliveryRef[]>();
  for (const r of rows.values()) {
    if (!fresh.has(r.deliveryId)) continue;
    const list = out.get(r.taskId) ?? [];
    list.push({ deliveryId: r.deliveryId, channel: r.channel, round: 0, ...(r.priority ? { priority: r.priority } : {}) });
    out.set(r.taskId, list);
  }
  return out;
}
