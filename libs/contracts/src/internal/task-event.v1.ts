import { z } from 'zod';

/**
 * One thing that happened to a grid task, with who, when and why. Topic hub.task.event.v1, key: taskId
 * (so a task's events stay in order). `sequence` is the stored event's id: consumers drop repeats by it.
 * Carries no personal data: areas and grades only.
 */
export const TaskEventV1 = z.object({
  schemaVersion: z.literal(1),
  sequence: z.string().regex(/^\d+$/),
  taskId: z.string().uuid(),
  type: z.enum([
    'created', // 上报: a task opened for an alert
    'transition', // a step of the closed loop
    'alert_joined', // a later alert for the household joined the open task
    'grade_raised',
    'grade_lowered',
    'escalated',
    'supervised', // 督办
    'revisit', // 回访 recorded
    'workload_flag', // the grid worker has too many open tasks
    'reassigned',
  ]),
  fromState: z.string().optional(),
  toState: z.string().optional(),
  actor: z.object({ kind: z.enum(['grid_worker', 'duty_officer', 'system']), id: z.string() }),
  reason: z.string(),
  detail: z.record(z.string(), z.unknown()),
  at: z.iso.datetime({ offset: true }),
});
export type TaskEventV1 = z.infer<typeof TaskEventV1>;
export type TaskEventType = TaskEventV1['type'];
