import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { AuthenticatedRequest } from '@hub/access';
import type { Logger } from '@hub/observability';
import type { AccessAuditLog } from '@hub/persistence';
import type { Observable } from 'rxjs';

export const ACCESS_AUDIT = Symbol('ACCESS_AUDIT');
export interface AccessAuditDeps {
  log: AccessAuditLog;
  logger: Logger;
}

const SUBJECT = /\/api\/(?:tasks|deliveries|threads)\/([^/?]+)/;

/**
 * Records every API call that reached a route: who (the subject of the verified token; `anonymous` when
 * none was accepted; never a header), in which role, what (method, path, the task/delivery/thread it
 * names) and how it ended. The query string is left out: it may carry search terms.
 */
@Injectable()
export class AccessAuditInterceptor implements NestInterceptor {
  constructor(@Inject(ACCESS_AUDIT) private readonly d: AccessAuditDeps) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<AuthenticatedRequest>();
    const path = req.url.split('?')[0];
    if (!path.startsWith('/api/')) return next.handle(); // health and metrics carry no personal data
    const subject = SUBJECT.exec(path)?.[1];
    // Written once the response is sent, so the status is the one the caller got (errors included).
    http.getResponse<{ once(event: 'finish', f: () => void): void }>().once('finish', () => {
      const res = http.getResponse<{ statusCode: number }>();
      this.d.log
        .record({
          actor: req.principal?.subject ?? 'anonymous',
          role: req.principal?.roles.join(','),
          method: req.method,
          path,
          status: res.statusCode,
          subject,
        })
        .catch((e: unknown) => this.d.logger.error({ err: (e as Error).message, path }, 'access audit not recorded'));
    });
    return next.handle();
  }
}
