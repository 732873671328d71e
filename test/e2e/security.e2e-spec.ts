import { createPrivateKey, createSign, generateKeyPairSync, createHmac, randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { JobName, Topic, topicName } from '../../libs/contracts/src';
import { PersonIdentity } from '../../libs/domain/src';
import { createKafka } from '../../libs/messaging/src';
import { ID_HUSBAND, ID_WIFE, KNOWN_VILLAGE, policeIncident } from '../support/builders';
import { storedAlert } from '../support/dispatch-fixtures';
import { keycloakAdmin, machineToken, tokenOf } from '../support/identity';
import { asRole, eventually, uniqueName } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { kafkaUser, localSecret, testEnv } from '../support/test-env';

/**
 * The API's access control on the real stack with real Keycloak tokens: every route for every role, in
 * and out of scope, bad tokens of every kind, and the attacks it was built against (cross-area reads and
 * changes, anonymous link corrections, a producer without rights on the normalized topic, hash reversal
 * through the API). Each personal-data read leaves exactly one audit row.
 */
describe('security: sign-in, roles scoped to areas, audited reads', () => {
  const stack = useHubStack({
    apps: ['ingest', 'risk', 'dispatch', 'gateway'],
    env: { OIDC_CLOCK_SKEW_SECONDS: '1', RATE_LIMIT_PER_MINUTE: '80', HTTP_BODY_LIMIT_KB: '16' },
  });
  let topics: HubStack['topics'];
  let pg: Client;
  let alerts: Queue;
  let api: string;
  const ids: Record<string, string> = {};
  const bodies: string[] = [];

  // The people and machines of the realm, by what they are.
  const PEOPLE = {
    w1: 'W4112020010010011', // 网格员, 湖滨区 grid 411202001001001: the tasks' own grid
    w2: 'W4112020010010021', // 网格员, the next grid of the same community
    wL: 'W4112820010010011', // 网格员 in 灵宝市
    dV: 'D4112020010011', // 村（社区）值班 411202001001
    dT: 'D4112020010001', // 乡镇（街道）值班 411202001000
    dC: 'D4112020000001', // 湖滨区 duty officer
    dL: 'D4112820000001', // 灵宝市 duty officer (another county)
    dM: 'D4112000000001', // city duty officer
    lC: 'L4112020000001', // 湖滨区 centre leader
    lM: 'L4112000000001', // city centre leader
    ops: 'ops-01',
    aud: 'audit-01',
  } as const;
  const MACHINES = { up110: 'upstream-police110', upCourt: 'upstream-court', opsM: 'hub-operations' } as const;
  type Who = keyof typeof PEOPLE | keyof typeof MACHINES;
  const EVERYONE = [...Object.keys(PEOPLE), ...Object.keys(MACHINES)] as Who[];
  const OFFICERS: Who[] = ['dV', 'dT', 'dC', 'dM'];
  const tokens = {} as Record<Who, string>;

  beforeAll(async () => {
    ({ topics, pg, alerts, api } = stack);
    await Promise.all([
      ...Object.entries(PEOPLE).map(async ([k, id]) => (tokens[k as Who] = await tokenOf(id))),
      ...Object.entries(MACHINES).map(async ([k, id]) => (tokens[k as Who] = await machineToken(id))),
    ]);

    // Two calls about one couple in 湖滨区, through ingest and risk: alerts, a dispute thread, a task.
    const producer = topics.kafka.producer();
    await producer.connect();
    const address = {
      text: '新园社区人民路12号3号楼2单元301室，报警人手机13903981234',
      divisionCode: KNOWN_VILLAGE,
      gridCode: '411202001001001',
    };
    for (const n of [1, 2]) {
      const m = policeIncident({
        incidentNo: `J411202SEC${n}`,
        address,
        callText: `报警人称丈夫酒后拿菜刀威胁要杀了她，身份证${ID_WIFE}，电话13903981234。`,
      });
      await producer.send({
        topic: topicName(Topic.Police110Incident, topics.suffix),
        messages: [{ key: m.incidentNo, value: JSON.stringify(m) }],
      });
    }
    await producer.disconnect();
    ids.task = await eventually(
      'the pipeline’s task',
      async () => (await pg.query<{ task_id: string }>('SELECT task_id FROM grid_task LIMIT 1')).rows[0]?.task_id,
      60_000,
    );
    ids.thread = (await pg.query<{ thread_id: string }>('SELECT thread_id FROM dispute_thread LIMIT 1')).rows[0].thread_id;
    ids.delivery = await eventually(
      'a delivery of the task',
      async () =>
        (await pg.query<{ d: string }>('SELECT delivery_id AS d FROM delivery WHERE task_id = $1 LIMIT 1', [ids.task])).rows[0]?.d,
    );
    // One task per mutating route in the same grid (so one route's change never moves another's target), and one in 灵宝.
    const grid = { divisionCode: KNOWN_VILLAGE, gridCode: '411202001001001' };
    for (const k of ['tTransition', 'tGrade', 'tSupervise', 'tAssign', 'tRevisit', 'tAttack', 'tLower']) {
      const a = await storedAlert(pg, { level: 'red', location: grid });
      await alerts.add(JobName.GridAlertRaised, a.alert, { jobId: a.jobId });
      ids[k] = await eventually(
        `task ${k}`,
        async () => (await pg.query<{ t: string }>('SELECT task_id AS t FROM task_alert WHERE job_id = $1', [a.jobId])).rows[0]?.t,
      );
    }
    const lb = await storedAlert(pg, {
      level: 'red',
      location: { divisionCode: '411282001001', gridCode: '411282001001001', text: '灵宝市某村1组' },
    });
    await alerts.add(JobName.GridAlertRaised, lb.alert, { jobId: lb.jobId });
    ids.lingbao = await eventually(
      'the 灵宝 task',
      async () => (await pg.query<{ t: string }>('SELECT task_id AS t FROM task_alert WHERE job_id = $1', [lb.jobId])).rows[0]?.t,
    );
    const workers = await pg.query<{ worker_id: string }>('SELECT DISTINCT worker_id FROM grid_task WHERE grid_code = $1', [
      '411202001001001',
    ]);
    expect(workers.rows.map((r) => r.worker_id)).toEqual([PEOPLE.w1]);
  }, 180_000);

  const call = async (method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    bodies.push(text);
    return { status: res.status, text, json: () => JSON.parse(text) as unknown, headers: res.headers };
  };

  interface RouteCase {
    name: string;
    method: 'GET' | 'POST';
    path: () => string;
    body?: unknown;
    /** Who passes the access check (the route then answers 2xx, or 409 where the task's state refuses). */
    ok: Who[];
    /** Who holds the permission but not over this record: 404, as if it did not exist. */
    notFound?: Who[];
  }
  const reason = '测试访问控制';
  // Everyone else: 403 (the role does not hold the permission).
  const ROUTES: RouteCase[] = [
    { name: 'list tasks', method: 'GET', path: () => '/tasks', ok: ['w1', 'w2', 'wL', 'dV', 'dT', 'dC', 'dL', 'dM', 'lC', 'lM'] },
    { name: 'read a task', method: 'GET', path: () => `/tasks/${ids.task}`, ok: ['w1', ...OFFICERS], notFound: ['w2', 'wL', 'dL'] },
    {
      name: 'officer’s step (verify)',
      method: 'POST',
      path: () => `/tasks/${ids.tTransition}/transitions`,
      body: { to: 'verified', reason },
      ok: OFFICERS,
      notFound: ['dL'],
    },
    {
      name: 'worker’s step (feedback)',
      method: 'POST',
      path: () => `/tasks/${ids.tTransition}/transitions`,
      body: { to: 'feedback', mediation: 'success', reason },
      ok: ['w1'],
      notFound: ['w2', 'wL'],
    },
    {
      name: 'regrade',
      method: 'POST',
      path: () => `/tasks/${ids.tGrade}/grade`,
      body: { level: 'red', reason },
      ok: OFFICERS,
      notFound: ['dL'],
    },
    {
      name: 'supervise',
      method: 'POST',
      path: () => `/tasks/${ids.tSupervise}/supervise`,
      body: { reason },
      ok: [...OFFICERS, 'lC', 'lM'],
      notFound: ['dL'],
    },
    {
      name: 'assign',
      method: 'POST',
      path: () => `/tasks/${ids.tAssign}/assign`,
      body: { gridCode: '411202001001001', reason },
      ok: OFFICERS,
      notFound: ['dL'],
    },
    {
      name: 'revisit',
      method: 'POST',
      path: () => `/tasks/${ids.tRevisit}/revisits`,
      body: { settled: false, note: reason },
      ok: ['w1', ...OFFICERS],
      notFound: ['w2', 'wL', 'dL'],
    },
    { name: 'manual dispatch', method: 'GET', path: () => '/manual-dispatch', ok: [...OFFICERS, 'dL'] },
    { name: 'escalations', method: 'GET', path: () => '/escalations', ok: [...OFFICERS, 'dL', 'lC', 'lM'] },
    { name: 'deliveries', method: 'GET', path: () => '/deliveries', ok: [...OFFICERS, 'dL', 'ops', 'opsM'] },
    {
      name: 'delivery attempts',
      method: 'GET',
      path: () => `/deliveries/${ids.delivery}/attempts`,
      ok: [...OFFICERS, 'ops', 'opsM'],
      notFound: ['dL'],
    },
    { name: 'delivery retry', method: 'POST', path: () => `/deliveries/${ids.delivery}/retry`, ok: ['ops', 'opsM'] },
    { name: 'queues', method: 'GET', path: () => '/queues', ok: ['ops', 'opsM'] },
    { name: 'dead letters', method: 'GET', path: () => '/dead-letters', ok: ['ops', 'opsM', 'up110', 'upCourt'] },
    {
      name: 'dead letters of 110',
      method: 'GET',
      path: () => '/dead-letters?feed=police110',
      ok: ['ops', 'opsM', 'up110'],
      notFound: ['upCourt'],
    },
    { name: 'alerts', method: 'GET', path: () => '/alerts', ok: [...OFFICERS, 'dL'] },
    { name: 'a thread', method: 'GET', path: () => `/threads/${ids.thread}`, ok: OFFICERS, notFound: ['dL'] },
    {
      name: 'link correction',
      method: 'POST',
      path: () => '/link-corrections',
      body: { recordA: 'police110|J411202SEC1', recordB: 'police110|J411202SEC2', reason: '同地址两户人家' },
      ok: OFFICERS,
      notFound: ['dL'],
    },
    { name: 'statistics', method: 'GET', path: () => '/stats', ok: [...OFFICERS, 'dL', 'lC', 'lM'] },
    { name: 'the personal-data trail', method: 'GET', path: () => '/audit/reads', ok: ['aud'] },
  ];

  it('answers every route for every role as the table says: allowed, 403 without the permission, 404 outside the area', async () => {
    const problems: string[] = [];
    for (const r of ROUTES) {
      for (const who of EVERYONE) {
        const res = await call(r.method, r.path(), tokens[who], r.body);
        const expected = r.ok.includes(who) ? 'allowed' : r.notFound?.includes(who) ? 404 : 403;
        // Past the access check the task's own rules may still refuse (409 illegal step, 422 same grade).
        const got = res.status < 300 || res.status === 409 || res.status === 422 ? 'allowed' : res.status;
        if (got !== expected) problems.push(`${r.name} as ${who}: expected ${expected}, got ${res.status} ${res.text.slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses anonymous, forged, alg:none, symmetric, expired, wrong-audience and wrong-issuer tokens with 401 on every route', async () => {
    const [h, p] = tokens.dM.split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as { kid: string };
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    // A grid worker's token with the city officer's role and area written in, signature kept.
    const w1Claims = JSON.parse(Buffer.from(tokens.w1.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const tampered = [
      tokens.w1.split('.')[0],
      b64({ ...w1Claims, roles: ['duty_officer'], area: '411200000000' }),
      tokens.w1.split('.')[2],
    ].join('.');
    // Signed by a key of our own under the realm's key id.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid: header.kid })}.${b64(claims)}`;
    const ownKey = `${unsigned}.${createSign('RSA-SHA256')
      .update(unsigned)
      .sign(createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })), 'base64url')}`;
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    // HS256 keyed with the realm's public key: the classic confusion attack.
    const jwks = (await (await fetch(`${testEnv().OIDC_ISSUER}/protocol/openid-connect/certs`)).json()) as {
      keys: { kid: string; x5c?: string[] }[];
    };
    const pem = `-----BEGIN CERTIFICATE-----\n${jwks.keys.find((k) => k.kid === header.kid)?.x5c?.[0]}\n-----END CERTIFICATE-----\n`;
    const hsInput = `${b64({ alg: 'HS256', typ: 'JWT', kid: header.kid })}.${b64(claims)}`;
    const symmetric = `${hsInput}.${createHmac('sha256', pem).update(hsInput).digest('base64url')}`;
    // Another issuer: the same Keycloak's master realm.
    const admin = await keycloakAdmin();
    // Another audience and a one-second lifetime: clients made for this test.
    const client = async (name: string, extra: object) => {
      const clientId = uniqueName(`hub-test-${name}-`);
      const secret = randomUUID();
      const res = await admin.api('/suyuan/clients', {
        method: 'POST',
        body: JSON.stringify({ clientId, secret, publicClient: false, serviceAccountsEnabled: true, standardFlowEnabled: false, ...extra }),
      });
      expect(res.status).toBe(201);
      created.push(res.headers.get('location')!);
      const t = await fetch(`${testEnv().OIDC_ISSUER}/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
      });
      return ((await t.json()) as { access_token: string }).access_token;
    };
    const created: string[] = [];
    try {
      const otherAudience = await client('aud', { defaultClientScopes: [] });
      const shortLived = await client('exp', { defaultClientScopes: ['hub-api'], attributes: { 'access.token.lifespan': '1' } });
      const exp = (JSON.parse(Buffer.from(shortLived.split('.')[1], 'base64url').toString()) as { exp: number }).exp;
      expect((await call('GET', '/queues', shortLived)).status).toBe(403); // valid while it lives, but holds no role
      await eventually('the one-second token past its expiry and the skew', async () => Date.now() / 1000 > exp + 2, 10_000);
      const bad: Record<string, string | undefined> = {
        anonymous: undefined,
        tampered,
        'signed with another key': ownKey,
        'alg none': none,
        'HS256 with the public key': symmetric,
        expired: shortLived,
        'wrong audience': otherAudience,
        'wrong issuer': admin.token,
        garbage: 'not-a-token-at-all',
      };
      const problems: string[] = [];
      for (const r of ROUTES) {
        for (const [what, token] of Object.entries(bad)) {
          const res = await call(r.method, r.path(), token, r.body);
          if (res.status !== 401) problems.push(`${r.name} with ${what}: ${res.status}`);
          else if (!res.headers.get('www-authenticate')?.startsWith('Bearer')) problems.push(`${r.name} with ${what}: no WWW-Authenticate`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      for (const location of created) await fetch(location, { method: 'DELETE', headers: { authorization: `Bearer ${admin.token}` } });
    }
    // Short lifetimes: a person's access token lives five minutes.
    const t = JSON.parse(Buffer.from(tokens.w1.split('.')[1], 'base64url').toString()) as { exp: number; iat: number };
    expect(t.exp - t.iat).toBeLessThanOrEqual(300);
  });

  it('takes the actor from the token only: a forged x-hub-actor and an actor in the body are ignored', async () => {
    const asOfficer = { 'x-hub-actor': `duty_officer:${PEOPLE.dM}` };
    const refused = await call(
      'POST',
      `/tasks/${ids.tAttack}/transitions`,
      tokens.w1,
      { to: 'verified', reason: '冒充值班核查' },
      asOfficer,
    );
    expect(refused.status).toBe(403);
    const anonymous = await call('GET', `/tasks/${ids.tAttack}`, undefined, undefined, asOfficer);
    expect(anonymous.status).toBe(401);
    const accepted = await call(
      'POST',
      `/tasks/${ids.tAttack}/transitions`,
      tokens.w1,
      {
        to: 'accepted',
        reason: '已受理，当事人留电话13903981234',
        actor: { kind: 'duty_officer', id: PEOPLE.dM },
      },
      asOfficer,
    );
    expect(accepted.status).toBe(200);
    const ev = await pg.query<{ actor_kind: string; actor_id: string; reason: string }>(
      `SELECT actor_kind, actor_id, reason FROM task_event WHERE task_id = $1 AND to_state = 'accepted'`,
      [ids.tAttack],
    );
    // The actor is the token's; a number typed into the reason is stored masked.
    expect(ev.rows).toEqual([{ actor_kind: 'grid_worker', actor_id: PEOPLE.w1, reason: '已受理，当事人留电话139****1234' }]);
    const audit = await eventually('the calls on record', async () => {
      const r = await pg.query<{ actor: string; status: number }>(
        `SELECT actor, status FROM access_audit WHERE subject = $1 ORDER BY at, id`,
        [ids.tAttack],
      );
      return r.rows.length >= 3 ? r.rows : undefined;
    });
    // Each call is on record under the token's subject, with the status the caller got.
    expect(audit).toEqual([
      { actor: PEOPLE.w1, status: 403 },
      { actor: 'anonymous', status: 401 },
      { actor: PEOPLE.w1, status: 200 },
    ]);
  });

  it('refuses cross-area changes: lowering another county’s red task, closing it, reassigning it into one’s own grid', async () => {
    const lower = await call('POST', `/tasks/${ids.tLower}/grade`, tokens.dL, { level: 'blue', reason: '降级' });
    const close = await call('POST', `/tasks/${ids.tLower}/revisits`, tokens.dL, { settled: true, note: '结案' });
    const intoOwnGrid = await call('POST', `/tasks/${ids.tLower}/assign`, tokens.dL, { gridCode: '411282001001001', reason: '改派' });
    const acceptForeign = await call('POST', `/tasks/${ids.lingbao}/transitions`, tokens.w1, { to: 'accepted', reason: '替别人受理' });
    // An officer of the right county still cannot move a task into another county's grid.
    const outOfArea = await call('POST', `/tasks/${ids.tLower}/assign`, tokens.dC, { gridCode: '411282001001001', reason: '改派' });
    expect([lower.status, close.status, intoOwnGrid.status, acceptForeign.status, outOfArea.status]).toEqual([404, 404, 404, 404, 404]);
    const t = await pg.query('SELECT risk_level, state, grid_code FROM grid_task WHERE task_id = $1', [ids.tLower]);
    expect(t.rows[0]).toEqual({ risk_level: 'red', state: 'reported', grid_code: '411202001001001' });
    // Lists show only the caller's grid or area.
    const seen = async (who: Who) =>
      ((await call('GET', '/tasks?limit=200', tokens[who])).json() as { taskId: string }[]).map((x) => x.taskId);
    expect(await seen('wL')).toEqual([ids.lingbao]);
    expect(await seen('w2')).toEqual([]);
    expect(await seen('dL')).toEqual([ids.lingbao]);
    expect((await seen('dC')).sort()).toEqual(
      Object.entries(ids)
        .filter(([k]) => k === 'task' || k.startsWith('t'))
        .map(([, v]) => v)
        .filter((v, i, a) => a.indexOf(v) === i && v !== ids.thread)
        .sort(),
    );
  });

  it('lets only an officer of the area correct links, on records that exist, in the officer’s own name', async () => {
    const anonymous = await call('POST', '/link-corrections', undefined, {
      recordA: 'police110|J411202SEC1',
      recordB: 'police110|J411202SEC2',
      reason: '匿名纠错',
    });
    expect(anonymous.status).toBe(401);
    const invented = await call('POST', '/link-corrections', tokens.dC, {
      recordA: 'police110|J411202SEC1',
      recordB: 'police110|NOPE',
      reason: '并不存在的记录',
    });
    expect(invented.status).toBe(404);
    const named = await call('POST', '/link-corrections', tokens.dC, {
      recordA: 'police110|J411202SEC2',
      recordB: 'police110|J411202SEC1',
      reason: '同地址另一户',
      decidedBy: 'someone-else',
    });
    expect(named.status).toBe(201);
    const rows = await pg.query<{ decided_by: string }>('SELECT decided_by FROM link_correction');
    expect(rows.rows.map((r) => r.decided_by)).toEqual([PEOPLE.dV]); // the table's first officer made it; later ones found it made
  });

  it('gives no way back to a person: no hashes, household or thread keys, or raw numbers in any answer', async () => {
    const identity = new PersonIdentity(testEnv().PERSON_HASH_KEY);
    const secrets = [
      identity.hash('id', ID_WIFE),
      identity.hash('id', ID_HUSBAND),
      identity.hash('phone', '13903981234'),
      ID_WIFE,
      '13903981234',
    ];
    const keys = await pg.query<{ k: string }>(`SELECT household_key AS k FROM grid_task UNION SELECT thread_key FROM dispute_thread`);
    for (const who of ['dC', 'dM', 'w1'] as Who[]) {
      await call('GET', `/tasks/${ids.task}`, tokens[who]);
      await call('GET', '/alerts?limit=100', tokens[who]);
      await call('GET', `/threads/${ids.thread}`, tokens[who]);
    }
    const all = bodies.join('\n');
    for (const s of [...secrets, ...keys.rows.map((r) => r.k)]) expect(all).not.toContain(s);
    expect(all).toContain('139****1234'); // the number in the address and the call text, masked
    const detail = (await call('GET', `/tasks/${ids.task}`, tokens.w1)).json() as {
      household: { address: string; text: string };
      routeReason: string;
    };
    expect(detail.household.address).toContain('人民路12号');
    expect(detail.household.text).toContain('4112**********0023');
    const byKey = await call('GET', `/threads/${encodeURIComponent(keys.rows.find((r) => r.k.startsWith('pair:'))!.k)}`, tokens.dC);
    expect(byKey.status).toBe(400);
  });

  it('writes exactly one audit row per personal-data read, which the auditor can query', async () => {
    const count = async () => Number((await pg.query<{ n: string }>('SELECT count(*) AS n FROM personal_data_read')).rows[0].n);
    const before = await count();
    expect((await call('GET', `/tasks/${ids.task}`, tokens.w1)).status).toBe(200);
    expect(await count()).toBe(before + 1);
    expect((await call('GET', `/tasks/${ids.task}`, tokens.w2)).status).toBe(404); // nothing read, nothing written
    expect((await call('GET', `/tasks/${ids.task}`, tokens.lC)).status).toBe(403);
    expect(await count()).toBe(before + 1);
    const listed = (await call('GET', '/alerts?limit=100', tokens.dC)).json() as unknown[];
    expect(listed.length).toBeGreaterThan(0);
    expect(await count()).toBe(before + 1 + listed.length);
    expect((await call('GET', `/threads/${ids.thread}`, tokens.dT)).status).toBe(200);
    expect(await count()).toBe(before + 2 + listed.length);
    const trail = (await call('GET', `/audit/reads?recordId=${ids.task}&limit=200`, tokens.aud)).json() as Record<string, unknown>[];
    expect(trail[0]).toMatchObject({
      actor: PEOPLE.w1,
      role: 'grid_worker',
      recordKind: 'task',
      recordId: ids.task,
      taskId: ids.task,
      method: 'GET',
      path: `/api/tasks/${ids.task}`,
    });
    expect(trail[0].fields).toContain('household.address');
    expect(trail[0].remoteAddr).toMatch(/127\.0\.0\.1/);
    // Append-only, whoever asks: the gateway's role holds no TRUNCATE, and UPDATE or DELETE change nothing.
    const asGateway = new Client({
      connectionString: asRole(stack.db.url, 'hub_gateway'),
      password: localSecret('pg-hub_gateway'),
    });
    await asGateway.connect();
    try {
      await expect(asGateway.query('TRUNCATE personal_data_read')).rejects.toThrow(/permission denied/);
      expect((await asGateway.query('DELETE FROM personal_data_read')).rowCount).toBe(0);
    } finally {
      await asGateway.end();
    }
    expect((await pg.query(`UPDATE personal_data_read SET actor = 'someone'`)).rowCount).toBe(0);
    expect((await pg.query('DELETE FROM personal_data_read')).rowCount).toBe(0);
    expect(await count()).toBe(before + 2 + listed.length);
  });

  it('lets no producer without rights write the normalized topic, and each upstream only its own feed', async () => {
    const as = (user: string): Kafka =>
      createKafka({
        brokers: testEnv().KAFKA_BROKERS.split(','),
        clientId: `acl-${user}`,
        topicSuffix: topics.suffix,
        sasl: kafkaUser(user),
      });
    const send = async (user: string, topic: Topic) => {
      const producer = as(user).producer({ retry: { retries: 0 } });
      await producer.connect();
      try {
        await producer.send({ topic: topicName(topic, topics.suffix), messages: [{ key: 'x', value: '{}' }] });
        return 'written';
      } catch (e) {
        return /authoriz/i.test(String((e as Error).message) + String((e as { type?: string }).type))
          ? 'refused'
          : `error: ${(e as Error).message}`;
      } finally {
        await producer.disconnect();
      }
    };
    expect(await send('upstream-police110', Topic.NormalizedEvent)).toBe('refused');
    expect(await send('hub-gateway', Topic.NormalizedEvent)).toBe('refused');
    expect(await send('hub-risk', Topic.NormalizedEvent)).toBe('refused');
    expect(await send('upstream-police110', Topic.CourtFiling)).toBe('refused');
    expect(await send('upstream-police110', Topic.Police110IncidentDead)).toBe('refused');
    expect(await send('upstream-police110', Topic.Police110Incident)).toBe('written');
    expect(await send('hub-ingest', Topic.NormalizedEvent)).toBe('written');
    // And a consumer reads only what it consumes.
    const consumer = as('hub-dispatch').consumer({ groupId: uniqueName('acl-'), maxWaitTimeInMs: 100 });
    await consumer.connect();
    await expect(
      consumer
        .subscribe({ topic: topicName(Topic.NormalizedEvent, topics.suffix), fromBeginning: true })
        .then(() => consumer.run({ eachMessage: async () => undefined })),
    ).rejects.toThrow(/authoriz/i);
    await consumer.disconnect();
  });

  /**
   * The live board's event stream, read as the console reads it (fetch, the bearer token in a header):
   * the status, and for an open stream its events as they come until `close`.
   */
  const openStream = async (token?: string) => {
    const abort = new AbortController();
    const res = await fetch(`${api}/alerts/stream`, {
      headers: { accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      signal: abort.signal,
    });
    const events: { type: string; data: { sourceRef?: string; divisionCode?: string } }[] = [];
    if (res.status === 200 && res.body) {
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      void (async () => {
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end).split('\n');
            buffer = buffer.slice(end + 2);
            const type =
              block
                .find((l) => l.startsWith('event:'))
                ?.slice(6)
                .trim() ?? 'message';
            const data = block
              .filter((l) => l.startsWith('data:'))
              .map((l) => l.slice(5).trim())
              .join('\n');
            events.push({ type, data: data ? (JSON.parse(data) as (typeof events)[number]['data']) : {} });
          }
        }
      })().catch(() => undefined); // aborted by close()
    } else await res.text();
    return {
      status: res.status,
      contentType: res.headers.get('content-type'),
      alerts: () => events.filter((e) => e.type === 'alert').map((e) => e.data),
      ready: () => eventually('the stream ready', async () => events.some((e) => e.type === 'ready')),
      close: () => abort.abort(),
    };
  };

  it('opens the live board’s stream to officers with the alert list only: anonymous 401, other roles 403', async () => {
    const problems: string[] = [];
    const allowed: Who[] = [...OFFICERS, 'dL'];
    for (const who of EVERYONE) {
      const s = await openStream(tokens[who]);
      s.close();
      const expected = allowed.includes(who) ? 200 : 403;
      if (s.status !== expected) problems.push(`stream as ${who}: expected ${expected}, got ${s.status}`);
      if (s.status === 200 && !s.contentType?.startsWith('text/event-stream')) problems.push(`stream as ${who}: ${s.contentType}`);
    }
    for (const [what, token] of Object.entries({ anonymous: undefined, garbage: 'not-a-token-at-all', 'bad signature': `${tokens.dC}x` })) {
      const s = await openStream(token);
      if (s.status !== 401) problems.push(`stream ${what}: expected 401, got ${s.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('pushes on a county officer’s stream only the alerts of that county', async () => {
    const hubin = await openStream(tokens.dC); // 湖滨区
    const lingbao = await openStream(tokens.dL); // 灵宝市, another county
    const producer = topics.kafka.producer();
    try {
      await Promise.all([hubin.ready(), lingbao.ready()]);
      await producer.connect();
      const publish = async (incidentNo: string, address: { text: string; divisionCode: string; gridCode: string }) => {
        const m = policeIncident({
          incidentNo,
          address,
          callText: '报警人称丈夫酒后拿菜刀威胁要杀了她，现在躲到邻居家，很害怕。',
          persons: [
            { role: 'caller', name: '赵丽', gender: 'F', age: 31 },
            { role: 'suspect', name: '孙强', gender: 'M', age: 34 },
          ],
        });
        await producer.send({
          topic: topicName(Topic.Police110Incident, topics.suffix),
          messages: [{ key: incidentNo, value: JSON.stringify(m) }],
        });
      };
      // Outside 湖滨区 first: once 灵宝's officer has it, anything 湖滨's stream were wrongly given of it came before 湖滨's own.
      await publish('J411282SSE1', { text: '灵宝市某村1组', divisionCode: '411282001001', gridCode: '411282001001001' });
      await eventually('灵宝’s alert on 灵宝’s stream', async () => lingbao.alerts().some((a) => a.sourceRef === 'J411282SSE1'), 60_000);
      await publish('J411202SSE1', { text: '新园社区人民路8号', divisionCode: KNOWN_VILLAGE, gridCode: '411202001001001' });
      await eventually('湖滨’s alert on 湖滨’s stream', async () => hubin.alerts().some((a) => a.sourceRef === 'J411202SSE1'), 60_000);
      expect(hubin.alerts().map((a) => a.sourceRef)).not.toContain('J411282SSE1');
      expect(hubin.alerts().every((a) => a.divisionCode?.startsWith('411202'))).toBe(true);
      expect(lingbao.alerts().map((a) => a.sourceRef)).toEqual(['J411282SSE1']);
    } finally {
      await producer.disconnect();
      hubin.close();
      lingbao.close();
    }
  });

  it('hardens the HTTP surface: headers, JSON only, size limits, no internals, rate limit per caller', async () => {
    const res = await call('GET', '/tasks', tokens.w1, undefined, { origin: 'http://evil.example' });
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const form = await fetch(`${api}/tasks/${ids.tAttack}/transitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.w1}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'to=accepted&reason=form',
    });
    expect(form.status).toBe(415);
    const big = await call('POST', `/tasks/${ids.tAttack}/transitions`, tokens.w1, { to: 'dispatched', reason: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    const nul = await call('POST', `/tasks/${ids.tAttack}/transitions`, tokens.w1, {
      to: 'dispatched',
      reason: 'a\u0000b',
      departments: ['police_station'],
    });
    expect(nul.status).toBe(400);
    // A NUL in a filter (an actor, a worker) is refused with the field named, not a 500 from PostgreSQL.
    const nulActor = await call('GET', `/audit/reads?actor=${encodeURIComponent('a\u0000b')}`, tokens.aud);
    expect(nulActor.status).toBe(400);
    expect(JSON.stringify(nulActor.json())).toMatch(/actor: control characters/);
    expect((await call('GET', `/tasks?worker=${encodeURIComponent('w\u0000')}`, tokens.w1)).status).toBe(400);
    expect((await call('GET', '/tasks?limit=201', tokens.w1)).status).toBe(400); // every list has a maximum page
    expect((await call('GET', '/tasks', tokens.w1, undefined, { 'x-padding': 'a'.repeat(20_000) })).status).toBe(431);
    const broken = await fetch(`${api}/tasks/${ids.tAttack}/transitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.w1}`, 'content-type': 'application/json' },
      body: '{"to":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).not.toMatch(/at |node_modules|SyntaxError/);
    const docs = await call('GET', '/docs');
    expect(docs.status).toBe(200);
    expect((docs.json() as { components: { securitySchemes: object } }).components.securitySchemes).toHaveProperty('bearer');
    // The reader's own rate: 80 a minute (set for this test); the rest of the minute answers 429.
    const statuses: number[] = [];
    for (let i = 0; i < 90; i++) statuses.push((await call('GET', '/queues', tokens.opsM)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect((await call('GET', '/queues', tokens.ops)).status).toBe(200); // another caller is not held up
  });
});
