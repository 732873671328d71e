import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { type Principal, ROLES, type Role } from '@hub/domain';
import { z } from 'zod';

export interface OidcSettings {
  /** The provider's issuer, exactly as its tokens carry it (`iss`). */
  issuer: string;
  /** The audience the hub's tokens must name (`aud`). */
  audience: string;
  /** Where the provider publishes its signing keys. */
  jwksUrl: string;
  /** How far the two clocks may differ when checking `exp`, `nbf` and `iat`. */
  clockSkewSeconds: number;
}

/** Asymmetric signatures only: `none` and shared-secret (HS*) tokens are refused before any key is looked up. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** The claims the hub reads; the realm's `hub-api` client scope puts them in the access token. */
const HubClaims = z.object({
  sub: z.string().min(1),
  azp: z.string().optional(),
  hub_id: z.string().min(1).max(64).optional(),
  roles: z.array(z.string()).default([]),
  area: z.string().max(18).optional(),
  feed: z.string().max(32).optional(),
});

export class TokenRejected extends Error {}
/** The provider's keys could not be fetched: the caller is not at fault (503, not 401). */
export class ProviderUnavailable extends Error {}

export interface VerifiedCaller extends Principal {
  /** The OAuth client the token was issued to. */
  clientId?: string;
  /** When the token stops being valid: a long-lived answer (a live stream) ends then. */
  expiresAt?: Date;
}

/**
 * Verifies bearer tokens against the identity provider's published keys: signature, issuer, audience,
 * expiry and not-before with a bounded clock skew. Who the caller is, their roles and their area come
 * from the verified token only.
 */
export class TokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: OidcSettings) {
    this.keys = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  }

  async verify(token: string): Promise<VerifiedCaller> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: this.settings.clockSkewSeconds,
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (e) {
      if (e instanceof errors.JWKSTimeout) throw new ProviderUnavailable('the identity provider did not answer');
      if (e instanceof errors.JOSEError) throw new TokenRejected(e.code);
      throw new ProviderUnavailable((e as Error).message);
    }
    const claims = HubClaims.safeParse(payload);
    if (!claims.success) throw new TokenRejected('ERR_CLAIMS_INVALID');
    const c = claims.data;
    return {
      subject: c.hub_id ?? c.sub,
      roles: c.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
      area: c.area,
      feed: c.feed,
      clientId: c.azp,
      expiresAt: payload.exp ? new Date(payload.exp * 1000) : undefined,
    };
  }
}
