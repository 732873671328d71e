import { z } from 'zod';
import { DivisionCode } from '../common';

/** BullMQ queue names. Values are never renamed; a breaking payload change is a new job name. */
export enum QueueName {
  GridAlerts = 'grid-alerts',
}

export enum JobName {
  GridAlertRaised = 'grid-alert.raised.v1',
}

export const RiskLevel = z.enum(['red', 'orange', 'yellow', 'blue', 'none']);
export type RiskLevel = z.infer<typeof RiskLevel>;

/**
 * An alert handed from the risk engine to dispatch. Carries references, never raw personal data:
 * dispatch reads what a recipient may see from the database under its own rules.
 * Job id: `alert-<assessmentId>` (BullMQ ids cannot contain a colon) so a relayed outbox row never makes two jobs.
 */
export const GridAlertRaisedV1 = z.object({
  schemaVersion: z.literal(1),
  assessmentId: z.string().uuid(),
  eventId: z.string().uuid(),
  householdKey: z.string(),
  divisionCode: DivisionCode,
  gridCode: z.string().optional(),
  riskLevel: RiskLevel,
  riskScore: z.number().min(0).max(100),
  correlationId: z.string(),
  raisedAt: z.iso.datetime({ offset: true }),
});
export type GridAlertRaisedV1 = z.infer<typeof GridAlertRaisedV1>;

/** The payload schema of every job, by name: one place that both producer and worker parse with. */
export const JOB_SCHEMAS = {
  [JobName.GridAlertRaised]: { queue: QueueName.GridAlerts, schema: GridAlertRaisedV1 },
} as const;

export function gridAlertJobId(assessmentId: string): string {
  return `alert-${assessmentId}`;
}
