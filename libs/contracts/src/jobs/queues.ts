import { z } from 'zod';
import { DivisionCode } from '../common';

/** BullMQ queue names. Values are never renamed; a breaking payload change is a new job name. */
export enum QueueName {
  GridAlerts = 'grid-alerts',
  /** Delayed jobs, one per running deadline of a task; rebuilt from grid_task's due columns. */
  TaskDeadlines = 'task-deadlines',
  /** A task raised to a level's duty officer (值班). */
  Escalations = 'escalations',
  /** Outbound messages, one queue per channel so that each has its own rate limit. */
  DeliveriesWebhook = 'deliveries-webhook',
  DeliveriesSms = 'deliveries-sms',
  /** Delayed revisit reminders (回访), by grade. */
  TaskRevisits = 'task-revisits',
  /** Dispatch's own housekeeping: the periodic reconcile of queues against PostgreSQL. */
  DispatchMaintenance = 'dispatch-maintenance',
}

export enum JobName {
  GridAlertRaised = 'grid-alert.raised.v1',
  TaskDeadlineDue = 'task-deadline.due.v1',
  EscalationRaised = 'escalation.raised.v1',
  DeliveryRequested = 'delivery.requested.v1',
  RevisitDue = 'task-revisit.due.v1',
  Reconcile = 'dispatch.reconcile.v1',
}

export const RiskLevel = z.enum(['red', 'orange', 'yellow', 'blue', 'none']);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** Where the household is, as the source recorded it: what routing places the task by. */
export const AlertLocation = z.object({
  text: z.string(),
  divisionCode: DivisionCode,
  gridCode: z.string().optional(),
  lat: z.number().optional(),
  lng: z.number().optional(),
});

/** What the grid worker's message may say about the household: masks only, never a name, ID or phone number. */
export const AlertBrief = z.object({
  persons: z.array(z.object({ role: z.string(), nameMasked: z.string(), idMasked: z.string().optional() })),
  factorLabels: z.array(z.string()),
});
export type AlertBrief = z.infer<typeof AlertBrief>;

/**
 * An alert handed from the risk engine to dispatch, with everything dispatch needs to route it and to
 * brief the people it tells (the location, masked persons, factor labels), so that dispatch reads no
 * other app's tables. Never raw personal data: names and ID numbers only as masks.
 * Job id: `alert-<assessmentId>` (BullMQ ids cannot contain a colon) so a relayed outbox row never makes two jobs.
 * `location` and `brief` are optional only so that jobs queued before they existed still parse.
 */
export const GridAlertRaisedV1 = z.object({
  schemaVersion: z.literal(1),
  assessmentId: z.string().uuid(),
  eventId: z.string().uuid(),
  householdKey: z.string(),
  /** The dispute thread (`pair:…` or `household:…`); absent in alerts raised before threads existed. */
  threadKey: z.string().optional(),
  divisionCode: DivisionCode,
  gridCode: z.string().optional(),
  riskLevel: RiskLevel,
  riskScore: z.number().min(0).max(100),
  correlationId: z.string(),
  raisedAt: z.iso.datetime({ offset: true }),
  location: AlertLocation.optional(),
  brief: AlertBrief.optional(),
});
export type GridAlertRaisedV1 = z.infer<typeof GridAlertRaisedV1>;

/** A task's deadline to accept or to give feedback has come; the worker checks it still stands. */
export const TaskDeadlineDueV1 = z.object({
  schemaVersion: z.literal(1),
  taskId: z.string().uuid(),
  kind: z.enum(['accept', 'feedback']),
  dueAt: z.iso.datetime({ offset: true }),
});
export type TaskDeadlineDueV1 = z.infer<typeof TaskDeadlineDueV1>;

/** References the stored escalation (task, level, centre, reason). */
export const EscalationRaisedV1 = z.object({
  schemaVersion: z.literal(1),
  escalationId: z.string().uuid(),
});
export type EscalationRaisedV1 = z.infer<typeof EscalationRaisedV1>;

/** References only: the message itself (already minimised) is in the delivery row. */
export const DeliveryRequestedV1 = z.object({
  schemaVersion: z.literal(1),
  deliveryId: z.string().uuid(),
  round: z.number().int().min(0),
});
export type DeliveryRequestedV1 = z.infer<typeof DeliveryRequestedV1>;

export const RevisitDueV1 = z.object({
  schemaVersion: z.literal(1),
  taskId: z.string().uuid(),
  revisitNo: z.number().int().min(1),
  dueAt: z.iso.datetime({ offset: true }),
});
export type RevisitDueV1 = z.infer<typeof RevisitDueV1>;

export const ReconcileV1 = z.object({ schemaVersion: z.literal(1) });

/** The payload schema of every job, by name: one place that both producer and worker parse with. */
export const JOB_SCHEMAS = {
  [JobName.GridAlertRaised]: { queue: QueueName.GridAlerts, schema: GridAlertRaisedV1 },
  [JobName.TaskDeadlineDue]: { queue: QueueName.TaskDeadlines, schema: TaskDeadlineDueV1 },
  [JobName.EscalationRaised]: { queue: QueueName.Escalations, schema: EscalationRaisedV1 },
  [JobName.DeliveryRequested]: { queue: [QueueName.DeliveriesWebhook, QueueName.DeliveriesSms], schema: DeliveryRequestedV1 },
  [JobName.RevisitDue]: { queue: QueueName.TaskRevisits, schema: RevisitDueV1 },
  [JobName.Reconcile]: { queue: QueueName.DispatchMaintenance, schema: ReconcileV1 },
} as const;

/**
 * Queue priority by grade, so that under a backlog red goes first (BullMQ: no priority runs before any
 * priority, then lower numbers first). Red and anything addressed to a duty officer carry none.
 */
export function jobPriority(level: RiskLevel | undefined): number | undefined {
  return { red: undefined, orange: 2, yellow: 3, blue: 4, none: 5 }[level ?? 'red'];
}

/** Job options for an alert payload: its grade, if it has one, sets the priority. */
export function priorityOf(payload: unknown): { priority?: number } {
  const level = RiskLevel.safeParse((payload as { riskLevel?: unknown } | null)?.riskLevel);
  const priority = jobPriority(level.success ? level.data : undefined);
  return priority ? { priority } : {};
}

/**
 * Retries of a grid alert whose handling failed for a transient reason (PostgreSQL restarting, Redis away):
 * doubling pauses from 1 s, about an hour in all, so an outage never exhausts them. A failure that belongs
 * to the data is not retried: the worker marks it failed with the reason (BullMQ's UnrecoverableError).
 */
export const ALERT_JOB_RETRY = { attempts: 12, backoff: { type: 'exponential' as const, delay: 1_000 } };

// Deterministic job ids (BullMQ ids cannot contain a colon): the same fact never makes two jobs.
export function gridAlertJobId(assessmentId: string): string {
  return `alert-${assessmentId}`;
}
export function deadlineJobId(taskId: string, kind: 'accept' | 'feedback', dueAt: Date): string {
  return `deadline-${taskId}-${kind}-${dueAt.getTime()}`;
}
export function escalationJobId(escalationId: string): string {
  return `escalation-${escalationId}`;
}
export function deliveryJobId(deliveryId: string, round: number): string {
  return `delivery-${deliveryId}-r${round}`;
}
export function revisitJobId(taskId: string, revisitNo: number): string {
  return `revisit-${taskId}-${revisitNo}`;
}
export function deliveryQueueFor(channel: 'webhook' | 'sms'): QueueName {
  return channel === 'sms' ? QueueName.DeliveriesSms : QueueName.DeliveriesWebhook;
}
