import { jobPriority } from '@hub/contracts';
import { composeMessage, escalationNotice, type GridTask, type Notice, stableUuid, type TaskEffect, type TaskSchedule } from '@hub/domain';
import type { DeliveryRecord, NoticeRecipient, TaskUnitOfWork } from './ports';

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

/**
 * Stores the effects of changed tasks in the caller's transaction: escalations (once each), the events
 * (an escalation's only when it is new), and the deliveries of every notice, a new escalation's duty
 * officers included (so it is notified in the same commit, with no escalation job). A fixed number of
 * statements whatever the number of tasks. Returns what to schedule, one entry per task.
 */
export async function storeEffects(uow: TaskUnitOfWork, changes: TaskChange[]): Promise<TaskWork[]> {
  const escalations = changes.flatMap((c) => c.effects.flatMap((e) => (e.kind === 'escalation' ? [e.escalation] : [])));
  const fresh = escalations.length ? await uow.insertEscalations(escalations) : new Set<string>();
  const events = changes.flatMap((c) =>
    c.effects.flatMap((e) =>
      e.kind === 'event' ? [e.event] : e.kind === 'escalation' && fresh.has(e.escalation.escalationId) ? [e.event] : [],
    ),
  );
  if (events.length) await uow.insertEvents(events);
  const notices = changes.flatMap((c) =>
    c.effects.flatMap((e) =>
      e.kind === 'notice'
        ? [{ task: c.task, notice: e.notice }]
        : e.kind === 'escalation' && fresh.has(e.escalation.escalationId)
          ? [{ task: c.task, notice: escalationNotice(e.escalation) }]
          : [],
    ),
  );
  const deliveries = await writeDeliveries(uow, notices);
  const work = new Map<string, TaskWork>();
  for (const c of changes) {
    const w = work.get(c.task.id) ?? { ...c.task.schedule(), escalations: [], notified: [], deliveries: deliveries.get(c.task.id) ?? [] };
    for (const e of c.effects)
      if (e.kind === 'escalation' && fresh.has(e.escalation.escalationId)) w.notified!.push(e.escalation.escalationId);
    work.set(c.task.id, w);
  }
  return [...work.values()];
}

/**
 * Turns notices into deliveries: each recipient on each of their channels, with the message minimised for
 * them. Ids derive from the notice's fact, so writing them again after a crash adds nothing.
 */
export async function writeDeliveries(
  uow: TaskUnitOfWork,
  notices: { task: GridTask; notice: Notice }[],
): Promise<Map<string, DeliveryRef[]>> {
  const out = new Map<string, DeliveryRef[]>();
  if (!notices.length) return out;
  const workerIds = new Set<string>();
  const centres = new Set<string>();
  for (const { notice } of notices) {
    if (notice.audience.to === 'duty') centres.add(notice.audience.centreCode);
    else if (notice.audience.workerId) workerIds.add(notice.audience.workerId);
  }
  const found = await uow.recipients([...workerIds], [...centres]);
  const rows = new Map<string, DeliveryRecord & { priority?: number }>();
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
  if (!rows.size) return out;
  const fresh = await uow.insertDeliveries([...rows.values()].map(({ priority: _, ...row }) => row));
  for (const r of rows.values()) {
    if (!fresh.has(r.deliveryId)) continue;
    const list = out.get(r.taskId) ?? [];
    list.push({ deliveryId: r.deliveryId, channel: r.channel, round: 0, ...(r.priority ? { priority: r.priority } : {}) });
    out.set(r.taskId, list);
  }
  return out;
}
