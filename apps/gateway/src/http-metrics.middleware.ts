import { Injectable, type NestMiddleware } from '@nestjs/common';
import { MetricsRegistry } from '@hub/observability';
import type { Histogram } from 'prom-client';
import { BOARD_ROUTE } from './console/ops-board';

interface TimedRequest {
  method: string;
  url: string;
  originalUrl?: string;
  /** Set by Express once a route matched: its path is the template (`/api/tasks/:id`), not the address. */
  route?: { path?: unknown };
}

interface TimedResponse {
  statusCode: number;
  getHeader(name: string): unknown;
  once(event: 'finish', listener: () => void): unknown;
}

/**
 * The route label of a request: the matched route's template, so that ids never become label values
 * (one series per route, not per task); Bull Board's pages and API as one route; anything no route
 * matched (404s, probes of random paths) as `unmatched`.
 */
export function routeLabel(req: TimedRequest): string {
  const path = (req.originalUrl ?? req.url).split('?')[0];
  if (path === BOARD_ROUTE || path.startsWith(`${BOARD_ROUTE}/`)) return BOARD_ROUTE;
  return typeof req.route?.path === 'string' ? req.route.path : 'unmatched';
}

/**
 * Times every HTTP request from its arrival (before the access guard, so refused calls count too) to
 * the last byte of the response, into `hub_http_request_duration_seconds{route,method,status}`. The
 * live board's event stream is left out: it lasts as long as the token, which says nothing of latency
 * (its pushes are timed by `hub_board_push_seconds`).
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly duration: Histogram;

  constructor(metrics: MetricsRegistry) {
    this.duration = metrics.histogram(
      'hub_http_request_duration_seconds',
      'Gateway HTTP requests from arrival to the response sent, by route template, method and status',
      ['route', 'method', 'status'],
    );
  }

  use(req: TimedRequest, res: TimedResponse, next: () => void): void {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const type = res.getHeader('content-type');
      if (typeof type === 'string' && type.startsWith('text/event-stream')) return;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.duration.observe({ route: routeLabel(req), method: req.method, status: String(res.statusCode) }, seconds);
    });
    next();
  }
}
