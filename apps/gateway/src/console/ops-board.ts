import type { DynamicModule, ModuleMetadata } from '@nestjs/common';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import type { Queue } from 'bullmq';
import { TokenVerifier } from '@hub/access';
import { QueueName } from '@hub/contracts';
import { decide } from '@hub/domain';

export const BOARD_ROUTE = '/ops/queues';
export const BOARD_COOKIE = 'hub_ops_board';

/**
 * Fields of a job's payload operations may see: references, grades, areas and times. Everything else
 * (the household and thread keys, which are keyed hashes of persons and addresses) is hidden: the
 * operations role reads no personal data.
 */
const SHOWN = new Set([
  'schemaVersion',
  'assessmentId',
  'eventId',
  'taskId',
  'escalationId',
  'deliveryId',
  'round',
  'kind',
  'dueAt',
  'revisitNo',
  'riskLevel',
  'riskScore',
  'divisionCode',
  'gridCode',
  'correlationId',
  'raisedAt',
]);

export function redactJobData(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data === undefined ? data : '[已隐藏]';
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, SHOWN.has(k) && (typeof v !== 'object' || v === null) ? v : '[已隐藏]']),
  );
}

/** Bull Board's view of a queue: read-only (no retry, clean or remove from the board) and with payloads redacted. */
class OperationsQueueView extends BullMQAdapter {
  constructor(queue: Queue) {
    super(queue, { readOnlyMode: true });
    this.setFormatter('data', redactJobData);
  }
}

interface BoardReq {
  headers: Record<string, string | string[] | undefined>;
}
interface BoardRes {
  statusCode: number;
  setHeader(name: string, value: string): void;
  end(body: string): void;
}

function cookie(req: BoardReq, name: string): string | undefined {
  const header = req.headers.cookie;
  for (const part of (typeof header === 'string' ? header : '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function page(res: BoardRes, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>队列看板</title><body><p>${text}</p></body></html>`);
}

/**
 * Bull Board may be opened by the operations role only: its pages and API need the person's token, as a
 * bearer header or the cookie the console sets for it (POST /api/ops/board-session). Anyone else gets
 * 401 or 403 and nothing of the queues.
 */
export function boardAccess(verifier: TokenVerifier) {
  return (req: BoardReq, res: BoardRes, next: () => void): void => {
    // The board's page loads its own scripts and styles only (its web font link stays blocked).
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    );
    const header = req.headers.authorization;
    const token = (typeof header === 'string' && /^Bearer (\S+)$/.exec(header)?.[1]) || cookie(req, BOARD_COOKIE);
    if (!token) return page(res, 401, '请先登录控制台，并从「运维」页面打开队列看板。');
    verifier.verify(token).then(
      (caller) => (decide(caller, 'queue.read').allowed ? next() : page(res, 403, '无权查看队列看板（需要运维角色）。')),
      () => page(res, 401, '登录已过期，请从控制台的「运维」页面重新打开队列看板。'),
    );
  };
}

/**
 * Bull Board over every queue of the hub, under /ops/queues, for the operations role: the queues are the
 * providers `imports` exports under their BullMQ queue tokens, the access check uses its TokenVerifier.
 */
export function opsBoard(imports: ModuleMetadata['imports']): DynamicModule[] {
  return [
    BullBoardModule.forRootAsync({
      imports,
      inject: [TokenVerifier],
      useFactory: (verifier: TokenVerifier) => ({
        route: BOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: boardAccess(verifier),
        boardOptions: { uiConfig: { boardTitle: '诉源治理 队列' } },
      }),
    }),
    BullBoardModule.forFeature(...Object.values(QueueName).map((name) => ({ name, adapter: OperationsQueueView }))),
  ];
}
