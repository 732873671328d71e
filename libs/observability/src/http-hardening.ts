import { type Observable, throwError } from 'rxjs';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { Logger } from './logger';

export interface HttpSurface {
  /** Address to listen on: loopback unless configured. */
  host: string;
  /** Browser origins allowed to call (CORS); none unless configured. */
  corsOrigins: string[];
  bodyLimitKb: number;
}

interface Res {
  status(code: number): Res;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
  headersSent?: boolean;
}

/**
 * Errors leave without internals: an HttpException as it was thrown, a body-parser refusal (too large,
 * malformed JSON) with its 4xx status, anything else as a bare 500 while the detail goes to the log.
 */
@Catch()
export class HubExceptionFilter implements ExceptionFilter {
  constructor(private readonly log: Logger) {}

  catch(e: unknown, host: ArgumentsHost): void | Observable<never> {
    // The consumers inherit this filter (inheritAppConfig): their errors go back to the transport as they
    // were thrown, so it can tell a database that is away from a message the database refuses.
    if (host.getType() !== 'http') return throwError(() => e);
    const http = host.switchToHttp();
    const res = http.getResponse<Res>();
    if (res.headersSent) return;
    if (e instanceof HttpException) {
      const challenge = (e as HttpException & { wwwAuthenticate?: string }).wwwAuthenticate;
      if (challenge) res.setHeader('WWW-Authenticate', challenge);
      const body = e.getResponse();
      res.status(e.getStatus()).json(typeof body === 'string' ? { statusCode: e.getStatus(), message: body } : body);
      return;
    }
    const parser = e as { status?: number; expose?: boolean; type?: string };
    if (parser.expose && parser.status && parser.status >= 400 && parser.status < 500) {
      const message = parser.type === 'entity.too.large' ? 'request body too large' : 'request body is not valid JSON';
      res.status(parser.status).json({ statusCode: parser.status, code: parser.type ?? 'bad_request', message });
      return;
    }
    const req = http.getRequest<{ method?: string; url?: string }>();
    this.log.error(
      { err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e), method: req.method, path: req.url?.split('?')[0] },
      'request failed',
    );
    res.status(500).json({ statusCode: 500, code: 'internal_error', message: '内部错误，请稍后重试' });
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every HTTP surface of the hub (the API, each app's health and metrics): security headers (helmet),
 * no X-Powered-By, no caching of answers, JSON only (and only so much of it) on changes, CORS closed
 * unless origins are configured, errors without internals.
 */
export function hardenHttp(app: INestApplication, surface: HttpSurface, log: Logger): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.use(helmet());
  express.use((req: { method: string; headers: Record<string, string | undefined> }, res: Res, next: () => void) => {
    res.setHeader('Cache-Control', 'no-store');
    const type = req.headers['content-type'] ?? '';
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (MUTATING.has(req.method) && hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
      res.status(415).json({ statusCode: 415, code: 'unsupported_media_type', message: 'send the body as application/json' });
      return;
    }
    next();
  });
  express.useBodyParser('json', { limit: `${surface.bodyLimitKb}kb` });
  if (surface.corsOrigins.length) express.enableCors({ origin: surface.corsOrigins, methods: ['GET', 'POST'], maxAge: 600 });
  app.useGlobalFilters(new HubExceptionFilter(log));
}
