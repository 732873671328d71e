import type { EvidenceSpan } from './highlight';

export interface Factor {
  code: string;
  label: string;
  weight: number;
  evidence: EvidenceSpan[];
}

/** An alert as GET /api/alerts and the live stream give it. */
export interface Alert {
  assessmentId: string;
  source: string;
  sourceRef: string;
  revision: number;
  occurredAt: string;
  assessedAt: string;
  divisionCode: string;
  divisionName: string | null;
  domain: string;
  riskScore: number;
  riskLevel: string;
  threadId: string | null;
  taskId: string | null;
  factors: { factors: Factor[] };
}

export interface AlertDetail extends Alert {
  record: {
    texts: Record<string, string | undefined>;
    address: string | null;
    codes: Record<string, string | undefined>;
    persons: { role: string; name: string; id?: string; phone?: string }[] | null;
  };
}

export interface TaskSummary {
  taskId: string;
  state: string;
  riskLevel: string;
  riskScore: number;
  escalationLevel: string;
  supervised: boolean;
  divisionCode: string;
  villageName: string | null;
  gridCode: string | null;
  workerId: string | null;
  acceptDueAt: string | null;
  feedbackDueAt: string | null;
  alertCount: number;
  createdAt: string;
}

export interface TaskEvent {
  sequence: string;
  type: string;
  at: string;
  fromState: string | null;
  toState: string | null;
  actorKind: string;
  actorId: string;
  reason?: string;
  detail?: Record<string, unknown> | null;
}

export interface TaskDetail extends TaskSummary {
  routeReason?: string;
  centreCode?: string | null;
  mediation?: string | null;
  departments?: string[] | null;
  events: TaskEvent[];
  escalations: {
    escalationId: string;
    fromLevel: string;
    toLevel: string;
    centreCode: string;
    reason: string;
    reasonText: string;
    at: string;
  }[];
  deliveries: { deliveryId: string; recipientKind: string; recipientId: string; channel: string; purpose: string; status: string }[];
  household?: {
    address: string | null;
    text: string | null;
    source: string;
    sourceRef: string;
    persons: { role: string; name: string }[] | null;
  };
}
