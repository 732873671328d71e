import { clientCredentials, signInWithPassword } from '../../libs/access/src';
import { localSecret, testEnv } from './test-env';

/**
 * Real tokens from the local Keycloak (realm deploy/local/keycloak/suyuan-realm.json): people sign in
 * through the console's client (authorization code with PKCE, the login form), machines with client
 * credentials. Cached per run: a token lives five minutes, longer than any test file.
 */
const cache = new Map<string, Promise<string>>();

/** A person of the realm, by the hub id Keycloak knows them by (W…, D…, L…, ops-01, audit-01). */
export function tokenOf(hubId: string): Promise<string> {
  const key = `user:${hubId}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      signInWithPassword({
        issuer: testEnv().OIDC_ISSUER,
        clientId: 'hub-console',
        redirectUri: 'http://127.0.0.1/callback',
        username: hubId.toLowerCase(),
        password: localSecret('demo-user-password'),
      }),
    );
  }
  return cache.get(key)!;
}

/** A confidential machine client of the realm (upstream-police110, hub-operations…). */
export function machineToken(clientId: string): Promise<string> {
  const key = `client:${clientId}`;
  if (!cache.has(key)) cache.set(key, clientCredentials(testEnv().OIDC_ISSUER, clientId, localSecret(`client-${clientId}`)));
  return cache.get(key)!;
}

/** Keycloak's admin API as the bootstrap admin of the master realm, for clients a test makes and removes. */
export async function keycloakAdmin(): Promise<{ token: string; api: (path: string, init?: RequestInit) => Promise<Response> }> {
  const { KEYCLOAK_URL } = testEnv();
  const res = await fetch(`${KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: 'admin',
      password: localSecret('keycloak-admin'),
    }),
  });
  const token = ((await res.json()) as { access_token: string }).access_token;
  return {
    token,
    api: (path, init = {}) =>
      fetch(`${KEYCLOAK_URL}/admin/realms${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
      }),
  };
}
