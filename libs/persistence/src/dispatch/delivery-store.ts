import type { DeliveryPurpose, RecipientKind } from '@hub/domain';
import type { DeliveryRef } from '@hub/grid-tasks';
import type { Pool } from 'pg';
import { prismaOver } from '../database';

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

/**
 * Delivery rows and their attempts: a failed delivery stays visible and can be sent again.
 * `get` and `recordAttempt` run once per delivery in dispatch's delivery worker and stay raw pg (one
 * statement each, the attempt and the delivery's state in one atomic CTE): `npm run bench -- dispatch`
 * sent every delivery at 180-350/s, one HTTP request, two statements and a BullMQ job each (2026-12-01,
 * docs/benchmarks.md). The gateway's reads and the retry go through Prisma's client.
 */
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
    // One conditional UPDATE … RETURNING: only a failed delivery is reset, whoever else retries it at the same time.
    const [row] = await prismaOver(this.pool).delivery.updateManyAndReturn({
      where: { deliveryId, status: 'failed' },
      data: { status: 'pending', round: { increment: 1 }, lastError: null },
      select: { deliveryId: true, channel: true, round: true },
    });
    return row as DeliveryRef | undefined;
  }

  async list(filter: { status?: string; taskId?: string; limit: number }): Promise<unknown[]> {
    const rows = await prismaOver(this.pool).delivery.findMany({
      where: {
        ...(filter.status !== undefined ? { status: filter.status } : {}),
        ...(filter.taskId !== undefined ? { taskId: filter.taskId } : {}),
      },
      orderBy: { createdAt: 'desc' },
      take: filter.limit,
      select: {
        deliveryId: true,
        taskId: true,
        recipientKind: true,
        recipientId: true,
        channel: true,
        purpose: true,
        status: true,
        attempts: true,
        round: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
        message: true,
      },
    });
    // The message's title only (what the list shows), as `message->>'title'` gave it.
    return rows.map(({ message, ...d }) => ({ ...d, title: titleOf(message) }));
  }

  async attempts(deliveryId: string): Promise<unknown[]> {
    return prismaOver(this.pool).deliveryAttempt.findMany({
      where: { deliveryId },
      orderBy: { id: 'asc' },
      select: { round: true, attempt: true, ok: true, httpStatus: true, error: true, durationMs: true, at: true },
    });
  }
}

/** `message->>'title'`: the title as text, null when the message has none. */
function titleOf(message: unknown): string | null {
  const title =
    message !== null && typeof message === 'object' && !Array.isArray(message) ? (message as { title?: unknown }).title : undefined;
  if (title === undefined || title === null) return null;
  return typeof title === 'string' ? title : JSON.stringify(title);
}
