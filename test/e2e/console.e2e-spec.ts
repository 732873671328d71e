import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Client } from 'pg';
import { Topic, topicName } from '../../libs/contracts/src';
import { DEFAULT_OPTIONS, generateFeeds } from '../../libs/simulation/src';
import { DESKTOP, launchChromium, PHONE, signedIn } from '../../deploy/local/browser';
import { localKeycloak, setConsoleOrigin } from '../../deploy/local/console-origin';
import { dashboardMetricNames, ruleMetricNames } from '../../deploy/monitoring/metric-names';
import { courtFiling, ID_WIFE, KNOWN_VILLAGE, petition, policeIncident } from '../support/builders';
import { tokenOf } from '../support/identity';
import { eventually } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { localSecret } from '../support/test-env';

/**
 * The console in a real browser (Debian's chromium driven by playwright-core) against the running stack
 * with real sign-in at the identity provider: the county duty officer's live board, an alert's evidence,
 * supervision and verification of a task, a grid worker on a phone, a grid worker who may not see
 * another grid's task, manual dispatch to a grid, the statistics and their export, and Bull Board for
 * operations only. Each screen is photographed (docs/screenshots with UPDATE_SCREENSHOTS=1).
 */
const SHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(__dirname, '..', '..', 'docs', 'screenshots')
    : join(__dirname, '..', '..', '.local', 'screenshots');
const GRID = '411202001001001'; // 湖滨区, the first grid of the first community: W4112020010010011's
const PEOPLE = {
  county: 'd4112020000001', // 湖滨区综治中心值班
  worker: 'w4112020010010011', // 网格员 of GRID
  otherWorker: 'w4112020010010021', // 网格员 of the next grid in the same community
  ops: 'ops-01',
};

describe('console: duty officers, grid workers and operations in a real browser', () => {
  const stack = useHubStack({ apps: ['ingest', 'risk', 'dispatch', 'gateway'] });
  let topics: HubStack['topics'];
  let pg: Client;
  let browser: Browser;
  let base: string;
  let officer: Page;
  const contexts: BrowserContext[] = [];
  const password = localSecret('demo-user-password');
  const ids: Record<string, string> = {};

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
  const publish = async (topic: Topic, key: string, value: unknown) => {
    const producer = topics.kafka.producer();
    await producer.connect();
    await producer.send({ topic: topicName(topic, topics.suffix), messages: [{ key, value: JSON.stringify(value) }] });
    await producer.disconnect();
  };
  const taskOf = (sourceRef: string) =>
    eventually(
      `the task of ${sourceRef}`,
      async () =>
        (
          await pg.query<{ task_id: string }>(
            'SELECT ta.task_id FROM task_alert ta JOIN risk_assessment a ON a.assessment_id = ta.assessment_id WHERE a.source_ref = $1',
            [sourceRef],
          )
        ).rows[0]?.task_id,
      60_000,
    );
  const as = async (username: string, device = DESKTOP) => {
    const s = await signedIn(browser, base, username, password, device);
    contexts.push(s.context);
    return s.page;
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ topics, pg } = stack);
    base = `http://127.0.0.1:${stack.apps.gateway!.port}`;
    await setConsoleOrigin(localKeycloak(), base, true);

    // Three days of 湖滨区's feeds, so that the board, the lists and the statistics have something to show.
    const villages = await pg.query<{ code: string; name: string }>(
      "SELECT code, name FROM division WHERE level = 'village' AND code LIKE '411202%' ORDER BY code",
    );
    const sample = generateFeeds({ ...DEFAULT_OPTIONS, days: 3, eventsPerDay: 30, end: new Date(), villages: villages.rows });
    const producer = topics.kafka.producer();
    await producer.connect();
    for (const feed of ['police110', 'court', 'petition'] as const) {
      const topic = topicName(
        { police110: Topic.Police110Incident, court: Topic.CourtFiling, petition: Topic.Petition }[feed],
        topics.suffix,
      );
      const messages = sample.filter((m) => m.feed === feed).map((m) => ({ key: m.key, value: JSON.stringify(m.value) }));
      if (messages.length) await producer.send({ topic, messages });
    }
    await producer.disconnect();
    // The couple's earlier records in the other feeds: a divorce filing and a petition about the violence.
    const filing = courtFiling({ caseNo: '(2026)豫1202民初4321号' });
    await publish(Topic.CourtFiling, filing.caseNo, filing);
    const letter = petition({ petitionNo: 'XF4112020001' });
    await publish(Topic.Petition, letter.petitionNo, letter);
    // Idle: the figures stop moving, every alert relayed and applied (revisions superseded in a batch are not assessed).
    let last = '';
    await eventually(
      'the sample through the pipeline (every alert relayed and made a task, nothing moving)',
      async () => {
        const { rows } = await pg.query<{ assessed: number; alerts: number; waiting: number; applied: number }>(
          `SELECT (SELECT count(*) FROM risk_assessment)::int AS assessed, (SELECT count(*) FROM outbox)::int AS alerts,
                  (SELECT count(*) FROM outbox WHERE relayed_at IS NULL)::int AS waiting, (SELECT count(*) FROM task_alert)::int AS applied`,
        );
        const r = rows[0];
        const now = JSON.stringify(r);
        const idle = r.assessed > 20 && r.waiting === 0 && r.applied === r.alerts && now === last;
        last = now;
        if (!idle) await new Promise((w) => setTimeout(w, 500));
        return idle;
      },
      180_000,
    );
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    if (base) await setConsoleOrigin(localKeycloak(), base, false).catch(() => undefined);
  });

  it('puts a red 110 call published upstream on the county duty officer’s board as it happens, with a visible and audible cue, without reloading', async () => {
    officer = await as(PEOPLE.county);
    const page = officer;
    await page.waitForURL(/\/console\/board$/);
    await page.getByTestId('live-status').filter({ hasText: '实时推送中' }).waitFor();
    await page.getByTestId('sound-switch').click();

    const navigations: string[] = [];
    const listReloads: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
    page.on('request', (r) => r.url().includes('/api/alerts?') && listReloads.push(r.url()));
    const call = policeIncident({
      incidentNo: 'J4112020000777',
      receivedAt: new Date().toISOString(),
      callText: `报警人称其丈夫酒后拿菜刀威胁要杀了她，还掐她脖子，身份证${ID_WIFE}，电话13903981234，她现在躲在邻居家。`,
      address: { text: '新园社区人民路12号3号楼2单元301室', divisionCode: KNOWN_VILLAGE, gridCode: GRID },
    });
    const t0 = Date.now();
    await publish(Topic.Police110Incident, call.incidentNo, call);
    const card = page.locator(`[data-testid="alert-card"][data-ref="${call.incidentNo}"]`);
    await card.waitFor({ timeout: 15_000 });
    const elapsed = Date.now() - t0;
    console.log(`[console e2e] red 110 call on the county officer's board ${elapsed} ms after it was published`);

    expect(await card.getAttribute('data-level')).toBe('red');
    await expect(card.getAttribute('class')).resolves.toContain('red-flash');
    await page.getByTestId('red-banner').filter({ hasText: call.incidentNo }).waitFor();
    expect(Number(await page.getByTestId('sound-cues').getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    // Pushed, not fetched: the page never reloaded nor asked for the list again.
    expect(navigations).toEqual([]);
    expect(listReloads).toEqual([]);
    await shot(page, '1-alert-board');
  });

  it('opens the alert: level, score and factors, the evidence marked in the record’s own text, identifiers masked', async () => {
    const page = officer;
    await page.locator('[data-testid="alert-card"][data-ref="J4112020000777"]').getByRole('button', { name: '查看' }).click();
    const detail = page.getByTestId('alert-detail');
    await detail.waitFor();
    const marks = await detail.locator('[data-testid="record-main"] mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(marks.join('')).toMatch(/菜刀|杀|掐/);
    const text = await detail.textContent();
    expect(text).toContain('红色');
    expect(text).not.toContain(ID_WIFE);
    expect(text).not.toContain('13903981234');
    expect(text).toMatch(/4112\*+0023/);
    await shot(page, '2-alert-evidence');
    ids.task = await taskOf('J4112020000777');
    await detail.getByRole('link', { name: '查看网格任务' }).click();
    await page.waitForURL(new RegExp(`/console/tasks/${ids.task}$`));
  });

  it('shows the task with its deadline counting down and the couple’s thread across the feeds; the officer supervises it (督办)', async () => {
    const page = officer;
    await page.getByTestId('task-page').waitFor();
    const first = await page.getByTestId('deadline').textContent();
    expect(first).toMatch(/受理期限 剩余/);
    await eventually('the countdown moving', async () => (await page.getByTestId('deadline').textContent()) !== first, 5_000);
    const thread = await page.getByTestId('thread-records').textContent();
    expect(thread).toContain('法院立案');
    expect(thread).toContain('110 接处警');

    await page.getByRole('button', { name: '督办' }).click();
    await page.getByLabel('理由 / 情况说明').fill('红色预警，县综治中心督办，请两小时内上门');
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByTestId('task-events').filter({ hasText: '县综治中心督办' }).waitFor();
    expect(await page.getByTestId('task-events').textContent()).toContain('D4112020000001');
    await shot(page, '3-task-supervised');
    const { rows } = await pg.query<{ supervised: boolean }>('SELECT supervised FROM grid_task WHERE task_id = $1', [ids.task]);
    expect(rows[0].supervised).toBe(true);
  });

  it('lets the grid worker on a phone accept the task and give feedback with the departments and the outcome', async () => {
    const page = await as(PEOPLE.worker, PHONE);
    await page.waitForURL(/\/console\/m$/);
    await page.getByTestId('worker-task').first().waitFor();
    await shot(page, '4-worker-tasks');
    await page.goto(`${base}/console/m/tasks/${ids.task}`);
    await page.getByRole('button', { name: '受理' }).click();
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('task-state').filter({ hasText: '已受理' }).waitFor();

    await page.getByRole('button', { name: '填写处置反馈' }).click();
    await page.getByLabel('派出所').check();
    await page.getByLabel('妇联').check();
    await page.getByLabel('调解成功').check();
    await page.getByLabel('理由 / 情况说明').fill('已会同派出所、妇联上门调解，双方签订承诺书');
    await shot(page, '5-worker-feedback-form');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('task-state').filter({ hasText: '已反馈' }).waitFor();
    const { rows } = await pg.query<{ state: string; mediation: string }>('SELECT state, mediation FROM grid_task WHERE task_id = $1', [
      ids.task,
    ]);
    expect(rows[0]).toEqual({ state: 'feedback', mediation: 'success' });
    const steps = await pg.query<{ to_state: string; actor_id: string; detail: { departments?: string[] } }>(
      "SELECT to_state, actor_id, detail FROM task_event WHERE task_id = $1 AND type = 'transition' ORDER BY id",
      [ids.task],
    );
    expect(steps.rows.map((r) => r.to_state)).toEqual(['accepted', 'dispatched', 'in_handling', 'feedback']);
    expect(steps.rows.every((r) => r.actor_id === 'W4112020010010011')).toBe(true);
    expect(steps.rows[1].detail.departments).toEqual(['police_station', 'womens_federation']);
    await shot(page, '6-worker-task');
  });

  it('lets the county officer verify the feedback (核查)', async () => {
    const page = officer;
    await page.reload();
    await page.getByTestId('task-state').filter({ hasText: '已反馈' }).waitFor();
    expect(await page.getByText('派出所').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '核查通过' }).click();
    await page.getByLabel('理由 / 情况说明').fill('电话回访当事人，情况属实，纳入回访');
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByTestId('task-state').filter({ hasText: '已核查' }).waitFor();
    const { rows } = await pg.query<{ state: string }>('SELECT state FROM grid_task WHERE task_id = $1', [ids.task]);
    expect(rows[0].state).toBe('verified');
  });

  it('shows a grid worker who opens another grid’s task by its address nothing of it', async () => {
    const page = await as(PEOPLE.otherWorker, PHONE);
    const answers: number[] = [];
    page.on('response', (r) => r.url().endsWith(`/api/tasks/${ids.task}`) && answers.push(r.status()));
    await page.goto(`${base}/console/m/tasks/${ids.task}`);
    await page.getByTestId('task-not-found').waitFor();
    expect(answers).toContain(404);
    const text = (await page.textContent('body')) ?? '';
    for (const secret of ['人民路12号', '李*英', '王*国', '菜刀', '已核查', 'W4112020010010011']) expect(text).not.toContain(secret);
  });

  it('takes a task no grid matched from the manual-dispatch queue to a grid', async () => {
    const call = policeIncident({
      incidentNo: 'J4112020000888',
      callText: '报警人称男友酒后打她，扬言要杀了她，现在很害怕。',
      address: { text: '湖滨区某处（报警人未说清楼号）', divisionCode: '411202001000' },
      persons: [
        { role: 'caller', name: '周敏', gender: 'F', age: 27 },
        { role: 'suspect', name: '陈亮', gender: 'M', age: 29 },
      ],
    });
    await publish(Topic.Police110Incident, call.incidentNo, call);
    ids.manual = await taskOf(call.incidentNo);
    const page = officer;
    await page.goto(`${base}/console/escalations`);
    const row = page.getByTestId('manual-table').locator('tr', { hasText: '411202001000' }).first();
    await row.waitFor();
    await shot(page, '7-escalations-manual-dispatch');
    await row.getByRole('button', { name: '分派到网格' }).click();
    // The picker opens once its first level (the county's townships) is loaded.
    await page.locator('.ant-modal .ant-cascader:not([class*="disabled"])').click();
    for (let level = 0; level < 3; level++)
      // Each level is loaded when the one above is chosen: wait for a real option, not the empty placeholder.
      await page
        .locator('.ant-cascader-menu')
        .nth(level)
        .locator('.ant-cascader-menu-item[title]:not(.ant-cascader-menu-item-disabled)')
        .first()
        .click();
    await page.getByLabel('理由').fill('核实地址在新园社区第1网格');
    await page.getByRole('button', { name: '分派', exact: true }).click();
    await eventually('the task assigned to a grid', async () => {
      const { rows } = await pg.query<{ grid_code: string | null }>('SELECT grid_code FROM grid_task WHERE task_id = $1', [ids.manual]);
      return rows[0].grid_code;
    });
    await eventually(
      'the manual-dispatch queue emptied',
      async () => (await page.getByTestId('manual-table').locator('tr', { hasText: '411202001000' }).count()) === 0,
    );
  });

  it('shows the statistics of the county with charts, drills down to a township and exports CSV and Excel', async () => {
    const page = officer;
    await page.goto(`${base}/console/stats`);
    await page.getByTestId('chart-alerts').locator('canvas').waitFor();
    expect(await page.getByTestId('stats-path').textContent()).toContain('湖滨区');
    await shot(page, '8-statistics');
    const csv = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]).then(([d]) =>
      d.path(),
    );
    const text = readFileSync(csv, 'utf8');
    expect(text.split('\r\n')[0]).toContain('区划代码,区域,预警合计');
    expect(text).toContain('湖滨区');
    const xlsx = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]).then(([d]) =>
      d.path(),
    );
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const firstTownship = (await page.getByTestId('stats-table').locator('tbody tr').first().locator('td').first().textContent())!;
    await page.getByTestId('stats-table').locator('tbody tr').first().click();
    await page.getByTestId('stats-path').filter({ hasText: firstTownship }).waitFor();
  });

  it('opens Bull Board for operations, and not for a grid worker', async () => {
    const page = await as(PEOPLE.ops);
    await page.waitForURL(/\/console\/ops$/);
    const [board] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('open-board').click()]);
    await board.getByText('grid-alerts').first().click({ timeout: 30_000 });
    await board.waitForURL(/\/ops\/queues\/queue\/grid-alerts/);
    await board.waitForLoadState('networkidle');
    await shot(board, '9-bull-board');
    await shot(page, '10-operations');

    const worker = await as(PEOPLE.worker, PHONE);
    const res = await worker.goto(`${base}/ops/queues/`);
    expect(res?.status()).toBe(401);
    expect(await worker.textContent('body')).not.toContain('grid-alerts');
    // With the worker's own token, as a header or as the board's cookie, it is refused too.
    const token = await tokenOf('W4112020010010011');
    const api = await fetch(`${base}/ops/queues/api/queues`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(403);
    expect(await api.text()).not.toContain('grid-alerts');
    const session = await fetch(`${base}/api/ops/board-session`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(session.status).toBe(403);
    const cookie = await fetch(`${base}/ops/queues/api/queues`, { headers: { cookie: `hub_ops_board=${token}` } });
    expect(cookie.status).toBe(403);
  });

  it('serves on /metrics of every app each metric the Grafana dashboard and the alert rules use', async () => {
    const served = new Set<string>();
    for (const app of Object.values(stack.apps)) {
      const text = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text();
      for (const m of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
        served.add(m[1]);
        if (m[2] === 'histogram') for (const s of ['_bucket', '_sum', '_count']) served.add(m[1] + s);
      }
    }
    const used = [...new Set([...dashboardMetricNames(), ...ruleMetricNames()])];
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((m) => !served.has(m))).toEqual([]);
    // The stages the pipeline went through above were timed.
    const dispatch = await (await fetch(`http://127.0.0.1:${stack.apps.dispatch!.port}/metrics`)).text();
    expect(dispatch).toMatch(/hub_stage_latency_seconds_count\{stage="task"\} [1-9]/);
    expect(dispatch).toMatch(/hub_stage_latency_seconds_count\{stage="delivered"\} [1-9]/);
  });
});
