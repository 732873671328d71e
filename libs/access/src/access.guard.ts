import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  HttpException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Action, decide } from '@hub/domain';
import { type AuthenticatedRequest, PERMISSION, PUBLIC_ROUTE } from './access.decorators';
import { ProviderUnavailable, TokenRejected, TokenVerifier } from './token-verifier';

/**
 * Runs before every route: a public route passes; any other needs a valid bearer token from the city's
 * identity provider (401 otherwise) whose roles grant one of the route's actions (403 otherwise). The
 * caller it finds is the only actor the hub knows: headers such as x-hub-actor and actors named in a
 * body are not read.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<string>(PUBLIC_ROUTE, targets)) return true;
    const actions = this.reflector.getAllAndOverride<Action[]>(PERMISSION, targets);
    if (!actions) throw new ForbiddenException('this route declares no permission'); // start-up check makes this unreachable
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_.~+/=-]{10,8192})$/.exec(header) : null;
    if (!match) throw unauthorized('a bearer token from the identity provider is required');
    try {
      req.principal = await this.verifier.verify(match[1]);
    } catch (e) {
      if (e instanceof TokenRejected) throw unauthorized('the token is not valid here', 'invalid_token');
      if (e instanceof ProviderUnavailable)
        throw new HttpException({ statusCode: 503, code: 'identity_provider_unavailable', message: '身份认证服务暂不可用' }, 503);
      throw e;
    }
    if (!actions.some((a) => decide(req.principal!, a).allowed)) {
      throw new ForbiddenException({ statusCode: 403, code: 'no_permission', message: `需要权限 ${actions.join(' / ')}` });
    }
    return true;
  }
}

function unauthorized(message: string, error?: string): UnauthorizedException {
  const e = new UnauthorizedException({ statusCode: 401, code: 'unauthenticated', message });
  // RFC 6750: tell the client how to authenticate, without detail on what was wrong with its token.
  (e as UnauthorizedException & { wwwAuthenticate: string }).wwwAuthenticate =
    `Bearer realm="suyuan-hub"${error ? `, error="${error}"` : ''}`;
  return e;
}
