import {
  type AreaLevel,
  type ChannelKind,
  composeMessage,
  type DeliveryPurpose,
  type RecipientKind,
  stableUuid,
  type TaskBrief,
} from '@hub/domain';
import { jobPriority } from '@hub/contracts';
import type { Pool, PoolClient } from 'pg';

export interface DeliveryRef {
  deliveryId: string;
  channel: ChannelKind;
  round: number;
  /** Queue priority (none: first); red tasks and duty officers' messages carry none. */
  priority?: number;
}

export interface StoredDelivery extends DeliveryRef {
  taskId: string | null;
  recipientKind: RecipientKind;
  recipientId: string;
  terminalId: string;
  purpose: DeliveryPurpose;
  message: { title: string; text: string; data?: Record<string, unknown> };
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
}

interface Recipient {
  kind: RecipientKind;
  id: string;
  terminalId: string;
  channels: ChannelKind[];
}

/** The code of the centre answering at a level, from any code beneath it (codes nest by prefix). */
export function centreCodeAt(level: AreaLevel, code: string): string {
  if (level === 'township') return `${code.slice(0, 9)}000`;
  if (level === 'county') return `${code.slice(0, 6)}000000`;
  if (level === 'city') return `${code.slice(0, 4)}00000000`;
  return code;
}

/** What a message about a task may draw on, read inside the caller's transaction. */
export async function loadTaskBrief(client: PoolClient, taskId: string): Promise<TaskBrief> {
  const { rows } = await client.query<{
    task_id: string;
    risk_level: TaskBrief['riskLevel'];
    risk_score: number;
    supervised: boolean;
    accept_due_at: Date | null;
    feedback_due_at: Date | null;
    alert_count: number;
    address: string | null;
    persons: { role: string; nameMasked: string; idMasked?: string }[] | null;
    factors: { label: string }[] | null;
    county: string | null;
    township: string | null;
    village: string | null;
    grid: string | null;
  }>(
    `SELECT t.task_id, t.risk_level, t.risk_score, t.supervised, t.accept_due_at, t.feedback_due_at, t.alert_count,
            e.payload->'location'->>'text' AS address, e.payload->'persons' AS persons, a.factors->'factors' AS factors,
            c.name AS county, tw.name AS township, v.name AS village, g.name AS grid
     FROM grid_task t
     LEFT JOIN risk_assessment a ON a.assessment_id = t.last_assessment_id
     LEFT JOIN normalized_event e ON e.event_id = a.event_id
     LEFT JOIN division c ON c.code = (substr(t.division_code, 1, 6) || '000000')::char(12)
     LEFT JOIN division tw ON tw.code = (substr(coalesce(t.village_code, t.division_code), 1, 9) || '000')::char(12) AND tw.level = 'township'
     LEFT JOIN division v ON v.code = t.village_code
     LEFT JOIN grid g ON g.code = t.grid_code
     WHERE t.task_id = $1`,
    [taskId],
  );
  const r = rows[0];
  if (!r) throw new Error(`task ${taskId} not found`);
  return {
    taskId: r.task_id,
    riskLevel: r.risk_level,
    riskScore: r.risk_score,
    area: { county: r.county ?? undefined, township: r.township ?? undefined, village: r.village ?? undefined, grid: r.grid ?? undefined },
    householdAddress: r.address ?? undefined,
    persons: (r.persons ?? []).map((p) => ({ role: p.role, nameMasked: p.nameMasked, ...(p.idMasked ? { idMasked: p.idMasked } : {}) })),
    factorLabels: [...new Set((r.factors ?? []).map((f) => f.label))],
    acceptDueAt: r.accept_due_at?.toISOString() ?? null,
    feedbackDueAt: r.feedback_due_at?.toISOString() ?? null,
    alertCount: r.alert_count,
    supervised: r.supervised,
  };
}

async function workerRecipient(client: PoolClient, workerId: string | null): Promise<Recipient[]> {
  if (!workerId) return [];
  const { rows } = await client.query<{ worker_id: string; terminal_id: string }>(
    'SELECT worker_id, terminal_id FROM grid_worker WHERE worker_id = $1',
    [workerId],
  );
  return rows.map((w) => ({ kind: 'grid_worker', id: w.worker_id, terminalId: w.terminal_id, channels: ['webhook'] }));
}

async function dutyRecipients(client: PoolClient, centreCode: string): Promise<Recipient[]> {
  const { rows } = await client.query<{ officer_id: string; terminal_id: string; channels: ChannelKind[] }>(
    'SELECT officer_id, terminal_id, channels FROM duty_officer WHERE division_code = $1 AND on_duty ORDER BY officer_id',
    [centreCode],
  );
  return rows.map((o) => ({ kind: 'duty_officer', id: o.officer_id, terminalId: o.terminal_id, channels: o.channels }));
}

export type Audience = { to: 'grid_worker'; workerId: string | null } | { to: 'duty'; centreCode: string };

/**
 * Writes the deliveries of one fact (an alert, an escalation...) inside the caller's transaction. Ids
 * derive from `factKey`, so doing it again after a crash writes nothing new.
 */
export async function createDeliveries(
  client: PoolClient,
  taskId: string,
  purpose: DeliveryPurpose,
  audience: Audience,
  factKey: string,
  extra: Partial<TaskBrief> = {},
): Promise<DeliveryRef[]> {
  const recipients =
    audience.to === 'grid_worker' ? await workerRecipient(client, audience.workerId) : await dutyRecipients(client, audience.centreCode);
  if (!recipients.length) return [];
  const brief = { ...(await loadTaskBrief(client, taskId)), ...extra };
  const out: DeliveryRef[] = [];
  for (const r of recipients) {
    for (const channel of r.channels) {
      const deliveryId = stableUuid(`delivery|${factKey}|${r.kind}|${r.id}|${channel}`);
      const message = composeMessage(purpose, brief, { kind: r.kind, id: r.id, audience: 'personal' }, channel);
      const ins = await client.query(
        `INSERT INTO delivery (delivery_id, task_id, recipient_kind, recipient_id, terminal_id, channel, purpose, message)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (delivery_id) DO NOTHING`,
        [deliveryId, taskId, r.kind, r.id, r.terminalId, channel, purpose, JSON.stringify(message)],
      );
      if (ins.rowCount)
        out.push({ deliveryId, channel, round: 0, priority: r.kind === 'duty_officer' ? undefined : jobPriority(brief.riskLevel) });
    }
  }
  return out;
}

/** Delivery rows and their attempts: a failed delivery stays visible and can be sent again. */
export class DeliveryStore {
  constructor(private readonly pool: Pool) {}

  async get(deliveryId: string): Promise<StoredDelivery | undefined> {
    const { rows } = await this.pool.query<StoredDelivery>(
      `SELECT delivery_id AS "deliveryId", task_id AS "taskId", recipient_kind AS "recipientKind", recipient_id AS "recipientId",
              terminal_id AS "terminalId", channel, purpose, message, status, attempts, round
       FROM delivery WHERE delivery_id = $1`,
      [deliveryId],
    );
    return rows[0];
  }

  async recordAttempt(
    d: { deliveryId: string; round: number },
    attempt: number,
    outcome: { ok: boolean; httpStatus?: number; error?: string; durationMs: number },
    final: boolean,
  ): Promise<void> {
    // One statement (atomic on its own): the attempt row and the delivery's state. Only the current round
    // may settle the row, so a stale job of an earlier round never overwrites a retry.
    await this.pool.query(
      `WITH attempt AS (
         INSERT INTO delivery_attempt (delivery_id, round, attempt, ok, http_status, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6, $7))
       UPDATE delivery SET attempts = attempts + 1, last_error = $8,
         status = CASE WHEN $4 THEN 'sent' WHEN $9 THEN 'failed' ELSE status END,
         sent_at = CASE WHEN $4 THEN now() ELSE sent_at END
       WHERE delivery_id = $1 AND round = $2 AND status = 'pending'`,
      [
        d.deliveryId,
        d.round,
        attempt,
        outcome.ok,
        outcome.httpStatus ?? null,
        outcome.error?.slice(0, 500) ?? null,
        outcome.durationMs,
        outcome.ok ? null : (outcome.error ?? `HTTP ${outcome.httpStatus}`).slice(0, 500),
        final,
      ],
    );
  }

  /** Sends a failed delivery again, as a new round with fresh attempts. */
  async retry(deliveryId: string): Promise<DeliveryRef | undefined> {
    const { rows } = await this.pool.query<DeliveryRef>(
      `UPDATE delivery SET status = 'pending', round = round + 1, last_error = NULL
       WHERE delivery_id = $1 AND status = 'failed' RETURNING delivery_id AS "deliveryId", channel, round`,
      [deliveryId],
    );
    return rows[0];
  }

  async list(filter: { status?: string; taskId?: string; limit: number }): Promise<unknown[]> {
    const { rows } = await this.pool.query(
      `SELECT d.delivery_id AS "deliveryId", d.task_id AS "taskId", d.recipient_kind AS "recipientKind", d.recipient_id AS "recipientId",
              d.channel, d.purpose, d.status, d.attempts, d.round, d.last_error AS "lastError", d.created_at AS "createdAt", d.sent_at AS "sentAt",
              d.message->>'title' AS title
       FROM delivery d WHERE ($1::text IS NULL OR d.status = $1) AND ($2::uuid IS NULL OR d.task_id = $2)
       ORDER BY d.created_at DESC LIMIT $3`,
      [filter.status ?? null, filter.taskId ?? null, filter.limit],
    );
    return rows;
  }

  async attempts(deliveryId: string): Promise<unknown[]> {
    const { rows } = await this.pool.query(
      `SELECT round, attempt, ok, http_status AS "httpStatus", error, duration_ms AS "durationMs", at FROM delivery_attempt WHERE delivery_id = $1 ORDER BY id`,
      [deliveryId],
    );
    return rows;
  }
}
