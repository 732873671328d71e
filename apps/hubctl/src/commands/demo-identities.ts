import { clientCredentials, signInWithPassword } from '@hub/access';

/** A person the demo plays: a grid worker of a grid, or a duty officer of a centre. */
export interface DemoPerson {
  id: string;
  role: 'grid_worker' | 'duty_officer';
  /** Grid code of a worker, division code of an officer. */
  area: string;
}

export interface DemoIdentitySettings {
  /** The realm's issuer (OIDC_ISSUER); Keycloak's admin API is beside it. */
  issuer: string;
  /** The confidential client allowed to manage the realm's users (the staff directory sync). */
  directoryClientId: string;
  directoryClientSecret: string;
  /** The password the demo's people sign in with. */
  password: string;
}

/**
 * The demo's grid workers and duty officers sign in through the identity provider as they would on a
 * terminal: authorization code with PKCE through the login form of the console client. The seeded city
 * has 12,737 grid workers; the realm file carries a few, so the people a run needs are first created in
 * Keycloak from the area directory (as a city's staff sync would), with their hub id, role and area.
 */
export class DemoIdentities {
  private readonly tokens = new Map<string, Promise<string>>();
  private admin?: Promise<string>;
  private readonly adminBase: string;
  created = 0;

  constructor(private readonly s: DemoIdentitySettings) {
    this.adminBase = s.issuer.replace('/realms/', '/admin/realms/');
  }

  tokenOf(p: DemoPerson): Promise<string> {
    let t = this.tokens.get(p.id);
    if (!t) {
      t = this.ensureUser(p).then(() =>
        signInWithPassword({
          issuer: this.s.issuer,
          clientId: 'hub-console',
          redirectUri: 'http://127.0.0.1/callback',
          username: p.id.toLowerCase(),
          password: this.s.password,
        }),
      );
      this.tokens.set(p.id, t);
    }
    return t;
  }

  /** Signs everyone in, `concurrency` at a time (each sign-in checks a password hash). */
  async signInAll(people: DemoPerson[], concurrency: number): Promise<void> {
    const queue = [...new Map(people.map((p) => [p.id, p])).values()];
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let p = queue.shift(); p; p = queue.shift()) await this.tokenOf(p);
      }),
    );
  }

  private async adminApi(path: string, init: RequestInit = {}): Promise<Response> {
    this.admin ??= clientCredentials(this.s.issuer, this.s.directoryClientId, this.s.directoryClientSecret);
    return fetch(`${this.adminBase}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${await this.admin}`, 'content-type': 'application/json' },
    });
  }

  /** The person as a user of the realm, with their role: created once, the role given if it is missing. */
  private async ensureUser(p: DemoPerson): Promise<void> {
    const username = p.id.toLowerCase();
    const userId = (await this.findUser(username)) ?? (await this.createUser(p, username));
    // Roles the user does not hold yet are "available"; one that is not listed there is held already.
    const available = await this.adminApi(`/users/${userId}/role-mappings/realm/available`);
    if (!available.ok) throw new Error(`identity provider: roles of ${p.id} not readable (HTTP ${available.status})`);
    const role = ((await available.json()) as { name: string }[]).find((r) => r.name === p.role);
    if (!role) return;
    const mapped = await this.adminApi(`/users/${userId}/role-mappings/realm`, { method: 'POST', body: JSON.stringify([role]) });
    if (!mapped.ok) throw new Error(`identity provider: giving ${p.id} the role ${p.role} refused (HTTP ${mapped.status})`);
  }

  private async findUser(username: string): Promise<string | undefined> {
    const found = await this.adminApi(`/users?exact=true&username=${encodeURIComponent(username)}`);
    if (!found.ok) throw new Error(`identity provider: user look-up refused (HTTP ${found.status})`);
    return ((await found.json()) as { id: string }[])[0]?.id;
  }

  private async createUser(p: DemoPerson, username: string): Promise<string> {
    const created = await this.adminApi('/users', {
      method: 'POST',
      body: JSON.stringify({
        username,
        enabled: true,
        emailVerified: true,
        attributes: { hub_id: [p.id], area_code: [p.area] },
        credentials: [{ type: 'password', value: this.s.password, temporary: false }],
      }),
    });
    if (created.status === 409) return (await this.findUser(username))!; // made meanwhile by a parallel sign-in
    if (created.status !== 201) throw new Error(`identity provider: creating ${p.id} refused (HTTP ${created.status})`);
    this.created++;
    return created.headers.get('location')!.split('/').pop()!;
  }
}
