import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Action } from '@hub/domain';
import type { VerifiedCaller } from './token-verifier';

export const PERMISSION = 'hub:permission';
export const PUBLIC_ROUTE = 'hub:public-route';

/**
 * The permission a route needs (any of the actions, when the body decides which: a transition to
 * `verified` needs `task.verify`, to `accepted` `task.work`). Every route declares this or `@PublicRoute`;
 * the app refuses to start otherwise.
 */
export const Permission = (...actions: [Action, ...Action[]]) => SetMetadata(PERMISSION, actions);

/** A route anyone may call (health, metrics, the API document): it must say why. */
export const PublicRoute = (why: string) => SetMetadata(PUBLIC_ROUTE, why);

export interface AuthenticatedRequest {
  principal?: VerifiedCaller;
  ip?: string;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The verified caller of this request (set by the AccessGuard). */
export const Caller = createParamDecorator((_data: unknown, ctx: ExecutionContext): VerifiedCaller => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('no principal on a route that declares a permission (is the AccessGuard installed?)');
  return principal;
});
