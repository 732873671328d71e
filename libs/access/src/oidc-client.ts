import { createHash, randomBytes } from 'node:crypto';

/**
 * Signing in to the identity provider from tools and tests, as the console does: authorization code
 * with PKCE (S256) through the provider's own login form, and client credentials for machine callers.
 * Nothing here is used by the gateway, which only verifies tokens.
 */
export interface SignInRequest {
  issuer: string;
  clientId: string;
  redirectUri: string;
  username: string;
  password: string;
}

export class SignInFailed extends Error {}

const FORM_ACTION = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/;

function cookieJar() {
  const jar = new Map<string, string>();
  return {
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
    take(res: Response) {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair.indexOf('=');
        jar.set(pair.slice(0, i).trim(), pair.slice(i + 1));
      }
    },
  };
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/gi, '/')
    .replace(/&#47;/g, '/');

/** Authorization code + PKCE through the login form (Keycloak's page layout); returns the access token. */
export async function signInWithPassword(r: SignInRequest): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(12).toString('base64url');
  const auth = new URL(`${r.issuer}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: r.clientId,
    redirect_uri: r.redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const jar = cookieJar();
  const page = await fetch(auth, { redirect: 'manual' });
  jar.take(page);
  const html = await page.text();
  const action = FORM_ACTION.exec(html)?.[1];
  if (!action) throw new SignInFailed(`no login form at ${auth.origin} (HTTP ${page.status})`);
  const posted = await fetch(decodeEntities(action), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ username: r.username, password: r.password, credentialId: '' }).toString(),
  });
  const location = posted.headers.get('location');
  const back = location ? new URL(location) : undefined;
  const code = back?.searchParams.get('code');
  if (!code || back?.searchParams.get('state') !== state) {
    throw new SignInFailed(`sign-in of ${r.username} refused (HTTP ${posted.status})`);
  }
  return tokenRequest(r.issuer, {
    grant_type: 'authorization_code',
    client_id: r.clientId,
    code,
    redirect_uri: r.redirectUri,
    code_verifier: verifier,
  });
}

/** Client credentials for a confidential machine client (an upstream integration, operations tooling). */
export function clientCredentials(issuer: string, clientId: string, clientSecret: string): Promise<string> {
  return tokenRequest(issuer, { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
}

async function tokenRequest(issuer: string, form: Record<string, string>): Promise<string> {
  const res = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: string; error?: string };
  if (!res.ok || !body.access_token) throw new SignInFailed(`token request refused: HTTP ${res.status} ${body.error ?? ''}`);
  return body.access_token;
}
