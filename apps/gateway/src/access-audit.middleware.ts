import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { AuthenticatedRequest } from '@hub/access';
import { LOGGER } from '@hub/app-core';
import type { Logger } from '@hub/observability';
import { AccessAuditLog } from '@hub/persistence';

const SUBJECT = /\/api\/(?:tasks|deliveries|threads)\/([^/?]+)/;

/**
 * Records every API call, refused ones included (it runs before the access guard): who (the subject of
 * the verified token; `anonymous` when none was accepted; never a header), in which roles, what (method,
 * path, the task/delivery/thread it names) and how it ended. The query string is left out: it may carry
 * search terms.
 */
@Injectable()
export class AccessAuditMiddleware implements NestMiddleware {
  private readonly logger: Logger;

  constructor(
    private readonly log: AccessAuditLog,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'access-audit' });
  }

  use(
    req: AuthenticatedRequest & { originalUrl?: string },
    res: { statusCode: number; once(e: 'finish', f: () => void): void },
    next: () => void,
  ): void {
    const path = (req.originalUrl ?? req.url).split('?')[0];
    const subject = SUBJECT.exec(path)?.[1];
    // Stamped when the call arrived: the rows are written after the response, in whatever order the pool finishes them.
    const at = new Date();
    // Written once the response is sent, so the status is the one the caller got (errors included).
    res.once('finish', () => {
      this.log
        .record({
          actor: req.principal?.subject ?? 'anonymous',
          role: req.principal?.roles.join(','),
          method: req.method,
          path,
          status: res.statusCode,
          subject,
          at,
        })
        .catch((e: unknown) => this.logger.error({ err: (e as Error).message, path }, 'access audit not recorded'));
    });
    next();
  }
}
