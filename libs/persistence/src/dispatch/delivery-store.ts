import type { DeliveryPurpose, RecipientKind } from '@hub/domain';
import type { DeliveryRef } from '@hub/grid-tasks';
import type { Pool } from 'pg';

export type { DeliveryRef };

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
