/**
 * Lets the console, served by a gateway at `origin`, sign in through the local Keycloak: adds the origin's
 * /console/ pages to the hub-console client's redirect and post-logout URIs and the origin to its web
 * origins (CORS on the token endpoint), through the admin API as the master realm's bootstrap admin.
 * The realm file lists the default gateway port; a demo on another port, or a test on a random one,
 * registers its own. Usage: tsx deploy/local/console-origin.ts add|remove <origin>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ClientRepresentation {
  id: string;
  redirectUris?: string[];
  webOrigins?: string[];
  attributes?: Record<string, string>;
}

export interface KeycloakAdmin {
  url: string;
  password: string;
  realm?: string;
  clientId?: string;
}

async function adminToken(k: KeycloakAdmin): Promise<string> {
  const res = await fetch(`${k.url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: k.password }),
  });
  if (!res.ok) throw new Error(`Keycloak admin sign-in refused: HTTP ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Adds (or removes) a gateway origin on the console's client; idempotent. */
export async function setConsoleOrigin(k: KeycloakAdmin, origin: string, present: boolean): Promise<void> {
  const o = new URL(origin).origin;
  const token = await adminToken(k);
  const api = `${k.url}/admin/realms/${k.realm ?? 'suyuan'}/clients`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const found = (await (
    await fetch(`${api}?clientId=${encodeURIComponent(k.clientId ?? 'hub-console')}`, { headers })
  ).json()) as ClientRepresentation[];
  const client = found[0];
  if (!client) throw new Error(`no client ${k.clientId ?? 'hub-console'} in realm ${k.realm ?? 'suyuan'}`);
  const pages = `${o}/console/*`;
  const edit = (list: string[] = [], value: string) => (present ? [...new Set([...list, value])] : list.filter((v) => v !== value));
  const logout = (client.attributes?.['post.logout.redirect.uris'] ?? '').split('##').filter(Boolean);
  const updated: ClientRepresentation = {
    ...client,
    redirectUris: edit(client.redirectUris, pages),
    webOrigins: edit(client.webOrigins, o),
    attributes: { ...client.attributes, 'post.logout.redirect.uris': edit(logout, pages).join('##') },
  };
  const res = await fetch(`${api}/${client.id}`, { method: 'PUT', headers, body: JSON.stringify(updated) });
  if (!res.ok) throw new Error(`Keycloak refused the client update: HTTP ${res.status}`);
}

/** The local Keycloak of deploy/local (port KEYCLOAK_PORT, admin password in .local/secrets). */
export function localKeycloak(): KeycloakAdmin {
  const secrets = process.env.SECRETS_DIR ?? join(__dirname, '..', '..', '.local', 'secrets');
  return {
    url: `http://127.0.0.1:${process.env.KEYCLOAK_PORT ?? '8180'}`,
    password: readFileSync(join(secrets, 'keycloak-admin'), 'utf8').trim(),
  };
}

if (require.main === module) {
  const [verb, origin] = process.argv.slice(2);
  if (!['add', 'remove'].includes(verb) || !origin) {
    console.error('usage: console-origin.ts add|remove <origin>');
    process.exit(2);
  }
  setConsoleOrigin(localKeycloak(), origin, verb === 'add').then(
    () => console.log(`[keycloak] console origin ${verb === 'add' ? 'allowed' : 'removed'}: ${new URL(origin).origin}`),
    (e: Error) => {
      console.error(`[keycloak] ERROR: ${e.message}`);
      process.exit(1);
    },
  );
}
