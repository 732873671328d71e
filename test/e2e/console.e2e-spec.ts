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
const GRID = '411202001001001';
const TOWNSHIP = '411202001000'; // GRID's and KNOWN_VILLAGE's township // 湖滨区, the first grid of the first community: W4112020010010011's
const PEOPLE = {
  county: 'd4112020000001', // 湖滨区综治中心值班
  worker: 'w4112020010010011', // 网格员 of GRID
  otherWorker: 'w4112020010010021', // 网格员 of the next grid in the same community
  ops: 'ops-01',
};

/** The hub's own histograms (`hub_`, `dispatch_`) in a /metrics text that hold at least one observation. */
function histogramsWithSamples(text: string): string[] {
  const declared = [...text.matchAll(/^# TYPE ((?:hub|dispatch)_\S+) histogram$/gm)].map((m) => m[1]);
  return declared.filter((n) => [...text.matchAll(new RegExp(`^${n}_count(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].some((m) => Number(m[1]) > 0));
}

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

  /**
   * Opens the nth option of a level of the grid picker (乡镇 0, 村 1) or, on the last level (网格 2), chooses it.
   * A click that lands while the menu is still opening can be lost (seen here: the township stayed closed and no
   * request left), so the option is clicked until the picker has taken it; what it then loads from the hub is
   * awaited and must be a success, so that a refused or failed load says so here.
   */
  const openArea = async (page: Page, level: number, nth: number, answers = true) => {
    const item = page
      .locator('.ant-cascader-menu')
      .nth(level)
      .locator('.ant-cascader-menu-item[title]:not(.ant-cascader-menu-item-disabled)')
      .nth(nth);
    if (level === 2) {
      // The grid chosen, the menu closes and the picker's box shows it: clicked until it does.
      const shown = page.locator('.ant-modal .ant-cascader').getByText((await item.getAttribute('title'))!);
      const chosen = async () => (await shown.count()) > 0;
      return eventually(
        `grid ${nth} of the grid picker chosen`,
        async () => (await chosen()) || (await item.click({ timeout: 2_000 }).catch(() => undefined), chosen()),
        15_000,
      );
    }
    const answered = answers ? page.waitForResponse((r) => /\/api\/areas\/\d+$/.test(new URL(r.url()).pathname)) : undefined;
    answered?.catch(() => undefined); // awaited below unless the option is never taken
    const taken = async () => /-active\b/.test((await item.getAttribute('class')) ?? '');
    await eventually(
      `option ${nth} of the grid picker's level ${level} taken`,
      async () => (await taken()) || (await item.click({ timeout: 2_000 }).catch(() => undefined), taken()),
      15_000,
    );
    if (!answered) return;
    const answer = await answered;
    expect([answer.url(), answer.status()]).toEqual([answer.url(), 200]);
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
    // The household's thread across the three feeds: the 110 call, the divorce filing and the petition.
    expect(thread).toContain('110 接处警');
    expect(thread).toContain('法院立案');
    expect(thread).toContain('信访');
    expect(thread).toContain('(2026)豫1202民初4321号');
    expect(thread).toContain('XF4112020001');

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
    // As with the officer's verification below: a click landing while the dialog still opens changes nothing (once in npm
    // test on 12-08, under a review's load beside it). The acceptance is read before each try, so it is never sent twice.
    const submit = page.getByRole('button', { name: '提交' });
    await eventually('the acceptance recorded', async () => {
      const { rows } = await pg.query<{ n: string }>(
        "SELECT count(*) AS n FROM task_event WHERE task_id = $1 AND type = 'transition' AND to_state = 'accepted'",
        [ids.task],
      );
      if (Number(rows[0].n) > 0) return true;
      if (!(await submit.isVisible())) await page.getByRole('button', { name: '受理' }).click({ timeout: 2_000 });
      await submit.click({ timeout: 2_000 });
      await new Promise((r) => setTimeout(r, 1_000));
      return false;
    });
    await page.getByTestId('task-state').filter({ hasText: '已受理' }).waitFor();

    await page.getByRole('button', { name: '填写处置反馈' }).click();
    // On a loaded machine a click can land while the form's dialog still opens and change nothing: tick until ticked.
    const tick = (label: string) =>
      eventually(`${label} ticked`, async () => {
        await page
          .getByLabel(label)
          .check({ timeout: 2_000 })
          .catch(() => undefined);
        return page.getByLabel(label).isChecked();
      });
    await tick('派出所');
    await tick('妇联');
    await tick('调解成功');
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
    // A click landing while the dialog still opens changes nothing (once in npm test on 12-06, under its own load): open,
    // fill and confirm again until the task is verified; no click waits past 2 s inside the retry.
    const confirm = page.getByRole('button', { name: '确认' });
    // The state is read before each try, so a confirmation that went through is never sent again.
    await eventually('the verification recorded', async () => {
      const { rows } = await pg.query<{ state: string }>('SELECT state FROM grid_task WHERE task_id = $1', [ids.task]);
      if (rows[0].state === 'verified') return true;
      if (!(await confirm.isVisible())) await page.getByRole('button', { name: '核查通过' }).click({ timeout: 2_000 });
      await page.getByLabel('理由 / 情况说明').fill('电话回访当事人，情况属实，纳入回访', { timeout: 2_000 });
      await confirm.click({ timeout: 2_000 });
      await new Promise((r) => setTimeout(r, 1_000));
      return false;
    });
    await page.getByTestId('task-state').filter({ hasText: '已核查' }).waitFor();
  });

  it('lists the officer’s tasks: grade, village, state and the deadline running; filtered by state', async () => {
    const page = officer;
    await page.goto(`${base}/console/tasks`);
    const table = page.getByTestId('task-table');
    await table.locator('tr[data-row-key]').first().waitFor();
    // Tasks still waiting show their deadline counting (剩余) or passed (已超时).
    expect(await table.textContent()).toMatch(/剩余 |已超时 /);
    await shot(page, '11-officer-tasks');
    // The list has pages: the task verified above is found by its state.
    await page.locator('.ant-select', { hasText: '状态' }).click();
    await page.locator('.ant-select-item-option[title="已核查（回访中）"]').click();
    const row = table.locator(`tr[data-row-key="${ids.task}"]`);
    // The task may be on the unfiltered first page too: wait for the filtered list (the other rows gone),
    // not only for the row, before counting (counted at once, the old page's 10 rows were seen under load).
    await table.locator('tr[data-row-key]').nth(1).waitFor({ state: 'detached' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/红色.*新园社区.*已核查/);
    expect(await table.locator('tr[data-row-key]').count()).toBe(1);
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
    // The red task of the board went to the county centre at once (红色预警同步): it is listed with its way in.
    const escalated = page.getByTestId('escalation-table').locator('tr', { has: page.locator(`a[href$="/tasks/${ids.task}"]`) });
    await escalated.waitFor();
    expect(await escalated.textContent()).toMatch(/红色.*新园社区.*县（区）/);
    await shot(page, '7-escalations-manual-dispatch');
    await row.getByRole('button', { name: '分派到网格' }).click();
    // The picker opens once its first level (the county's townships) is loaded.
    await page.locator('.ant-modal .ant-cascader:not([class*="disabled"])').click();
    // Each level is loaded when the one above is chosen: a real option, not the empty placeholder.
    await openArea(page, 0, 0);
    await openArea(page, 1, 0);
    await openArea(page, 2, 0);
    await page.getByLabel('理由').fill('核实地址在新园社区第1网格');
    await page.getByRole('button', { name: '分派', exact: true }).click();
    const assigned = await eventually('the task assigned to a grid', async () => {
      const { rows } = await pg.query<{ grid_code: string | null; worker_id: string | null }>(
        'SELECT grid_code, worker_id FROM grid_task WHERE task_id = $1',
        [ids.manual],
      );
      return rows[0].grid_code ? rows[0] : undefined;
    });
    expect(assigned).toEqual({ grid_code: GRID, worker_id: 'W4112020010010011' });
    await eventually(
      'the manual-dispatch queue emptied',
      async () => (await page.getByTestId('manual-table').locator('tr', { hasText: '411202001000' }).count()) === 0,
    );
  });

  it('takes the loop’s other turns: the grid worker returns the task (退回), the officer reassigns it (改派), and closes it (结案)', async () => {
    const giveBack = async (username: string, reason: string) => {
      const phone = await as(username, PHONE);
      await phone.goto(`${base}/console/m/tasks/${ids.manual}`);
      await phone.getByRole('button', { name: '退回（非本网格或非纠纷）' }).click();
      await phone.getByLabel('说明').fill(reason);
      await phone.getByRole('button', { name: '提交' }).click();
      await phone.getByTestId('task-state').filter({ hasText: '已退回' }).waitFor();
    };
    await giveBack(PEOPLE.worker, '上门核实，当事人不住本网格');

    const page = officer;
    await page.goto(`${base}/console/tasks/${ids.manual}`);
    await page.getByTestId('task-state').filter({ hasText: '已退回' }).waitFor();
    // A level the hub fails to give says so in the menu instead of spinning; the dialog opened again loads it.
    await page.getByRole('button', { name: '分派 / 改派网格' }).click();
    await page.locator('.ant-modal .ant-cascader:not([class*="disabled"])').click();
    await page.route(/\/api\/areas\/\d{12}$/, (route) => route.fulfill({ status: 503, body: '{}' }), { times: 1 });
    await openArea(page, 0, 0, false);
    await page.locator('.ant-cascader-menu').nth(1).getByText('未能加载区划：服务暂不可用，请稍后再试').waitFor();
    await page.locator('.ant-modal-title').click(); // the menu closes, the dialog stays
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '分派 / 改派网格' }).click();
    await page.locator('.ant-modal .ant-cascader:not([class*="disabled"])').click();
    await openArea(page, 0, 0);
    await openArea(page, 1, 0);
    await openArea(page, 2, 1); // the community's second grid
    await page.getByLabel('理由 / 情况说明').fill('网格员核实不在第1网格，改派第2网格');
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByTestId('task-state').filter({ hasText: '待受理' }).waitFor();
    const moved = await pg.query<{ grid_code: string; worker_id: string; state: string }>(
      'SELECT grid_code, worker_id, state FROM grid_task WHERE task_id = $1',
      [ids.manual],
    );
    expect(moved.rows[0]).toEqual({ grid_code: '411202001001002', worker_id: 'W4112020010010021', state: 'reported' });

    await giveBack(PEOPLE.otherWorker, '电话核实为误报，双方并无纠纷');
    await page.reload();
    await page.getByTestId('task-state').filter({ hasText: '已退回' }).waitFor();
    await page.getByRole('button', { name: '结案', exact: true }).click();
    await page.getByLabel('理由 / 情况说明').fill('两次核实均为误报，结案');
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByTestId('task-state').filter({ hasText: '已结案' }).waitFor();
    // Every turn on record with who and why, and shown on the task's page.
    const events = await pg.query<{ type: string; to_state: string | null; actor_id: string; reason: string }>(
      "SELECT type, to_state, actor_id, reason FROM task_event WHERE task_id = $1 AND type IN ('transition', 'reassigned') ORDER BY id",
      [ids.manual],
    );
    expect(events.rows.map((e) => [e.type, e.to_state, e.actor_id])).toEqual([
      ['reassigned', 'reported', 'D4112020000001'],
      ['transition', 'rejected', 'W4112020010010011'],
      ['reassigned', 'reported', 'D4112020000001'],
      ['transition', 'rejected', 'W4112020010010021'],
      ['transition', 'closed', 'D4112020000001'],
    ]);
    const timeline = await page.getByTestId('task-events').textContent();
    for (const e of events.rows) expect(timeline).toContain(e.reason);
  });

  it('shows the statistics of the county (村级妥善处置率, 调处成功率, 万人成讼率, 民转刑) with charts, drills down county → township → village and exports CSV and Excel', async () => {
    const page = officer;
    interface Figures {
      code: string;
      name: string;
      level: string;
      settledAtVillage: { n: number; of: number };
      mediationSuccess: { n: number; of: number };
      litigationPer10k: number | null;
      criminalHouseholds: number;
      alertedBefore: { n: number; of: number };
      leadDaysMean: number | null;
      leadDaysMedian: number | null;
    }
    const figuresOf = async (area: string | undefined, act: () => Promise<unknown>) => {
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.url().includes(`/api/stats/breakdown?area=${area ?? ''}`) && r.ok()),
        act(),
      ]);
      return ((await res.json()) as { area: Figures }).area;
    };
    const kpi = (title: string) => page.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-title', { hasText: title }) });
    const fixed = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));
    // The figures the page shows are the area's own, as the API computed them.
    const shows = (f: Figures) =>
      eventually(`the figures of ${f.name} on the page`, async () => {
        const expected: [string, string[]][] = [
          ['村级妥善处置率', [`${f.settledAtVillage.n}/${f.settledAtVillage.of}`]],
          ['调处成功率', [`${f.mediationSuccess.n}/${f.mediationSuccess.of}`]],
          ['万人成讼率', [fixed(f.litigationPer10k, 2)]],
          ['民转刑前已预警', [`${f.alertedBefore.n}/${f.criminalHouseholds}`]],
          ['预警提前天数', [fixed(f.leadDaysMean, 1), `/ ${fixed(f.leadDaysMedian, 1)}`]],
        ];
        for (const [title, parts] of expected) {
          const text =
            (await kpi(title)
              .textContent({ timeout: 1_000 })
              .catch(() => '')) ?? '';
          if (!parts.every((p) => text.includes(p))) return false;
        }
        return true;
      });

    // 民转刑: the couple's household, alerted since the filing and the petition hours ago, now calls about a crime.
    const crime = policeIncident({
      incidentNo: 'J4112020000999',
      receivedAt: new Date().toISOString(),
      category: { code: '01', name: '刑事案件' },
      subCategory: { code: '010101', name: '故意伤害' },
      callText: '报警人称丈夫持刀将其砍伤，已送医救治。',
      address: { text: '新园社区人民路12号3号楼2单元301室', divisionCode: KNOWN_VILLAGE, gridCode: GRID },
    });
    await publish(Topic.Police110Incident, crime.incidentNo, crime);
    await eventually('the criminal incident stored', async () => {
      const { rows } = await pg.query('SELECT 1 FROM normalized_event WHERE source_ref = $1', [crime.incidentNo]);
      return rows.length > 0;
    });

    const county = await figuresOf(undefined, () => page.goto(`${base}/console/stats`));
    expect(county.level).toBe('county');
    await page.getByTestId('chart-alerts').locator('canvas').waitFor();
    expect(await page.getByTestId('stats-path').textContent()).toContain('湖滨区');
    await shows(county);
    // The worker's mediation above (调解成功) and the task closed (结案) are counted.
    expect(county.mediationSuccess.n).toBeGreaterThanOrEqual(1);
    expect(county.settledAtVillage.of).toBeGreaterThanOrEqual(1);
    // The household alerted before its criminal incident, and how long before (a figure, not —).
    expect(county.alertedBefore.n).toBeGreaterThanOrEqual(1);
    expect(county.leadDaysMean).toEqual(expect.any(Number));
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

    // County → the township of 新园社区 → 新园社区 itself, where the task above was mediated.
    const township = await figuresOf(TOWNSHIP, () => page.getByTestId('stats-table').locator(`tr[data-row-key="${TOWNSHIP}"]`).click());
    expect(township.level).toBe('township');
    await page.getByTestId('stats-path').filter({ hasText: township.name }).waitFor();
    await shows(township);
    const village = await figuresOf(KNOWN_VILLAGE, () =>
      page.getByTestId('stats-table').locator(`tr[data-row-key="${KNOWN_VILLAGE}"]`).click(),
    );
    expect(village.level).toBe('village');
    await page.getByTestId('stats-path').filter({ hasText: village.name }).waitFor();
    await shows(village);
    expect(village.mediationSuccess.n).toBeGreaterThanOrEqual(1);
    expect(village.alertedBefore.n).toBe(1);
    expect((await page.getByTestId('stats-path').textContent())?.replace(/\s/g, '')).toContain(`湖滨区/${township.name}/${village.name}`);
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

  it('serves on /metrics of each app its own histograms with samples, and together every metric the dashboard and the rules use', async () => {
    const served = new Set<string>();
    const sampled: Record<string, string[]> = {};
    const texts: Record<string, string> = {};
    for (const [name, app] of Object.entries(stack.apps)) {
      const text = (texts[name] = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text());
      for (const m of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
        served.add(m[1]);
        if (m[2] === 'histogram') for (const s of ['_bucket', '_sum', '_count']) served.add(m[1] + s);
      }
      sampled[name] = histogramsWithSamples(text);
    }
    // Each app on its own: at least one of the hub's histograms, observed (not only declared).
    expect(Object.keys(sampled).sort()).toEqual(['dispatch', 'gateway', 'ingest', 'risk']);
    expect(Object.entries(sampled).filter(([, histograms]) => histograms.length === 0)).toEqual([]);
    const used = [...new Set([...dashboardMetricNames(), ...ruleMetricNames()])];
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((m) => !served.has(m))).toEqual([]);
    // The stages the pipeline went through above were timed, each by the app that did it.
    expect(texts.ingest).toMatch(/^hub_stage_latency_seconds_count\{stage="stored"\} [1-9]/m);
    expect(texts.risk).toMatch(/^hub_stage_latency_seconds_count\{stage="assessed"\} [1-9]/m);
    expect(texts.dispatch).toMatch(/^hub_stage_latency_seconds_count\{stage="task"\} [1-9]/m);
    expect(texts.dispatch).toMatch(/^hub_stage_latency_seconds_count\{stage="delivered"\} [1-9]/m);
    // The gateway: the board's push of the red call above, and the requests by route template (never an
    // id), the other grid's worker's refused look-up among them.
    expect(sampled.gateway).toEqual(expect.arrayContaining(['hub_board_push_seconds', 'hub_http_request_duration_seconds']));
    expect(texts.gateway).toMatch(/^hub_board_push_seconds_count\{level="red"\} [1-9]/m);
    const requests = (route: string, method: string, status: number) =>
      new RegExp(`^hub_http_request_duration_seconds_count\\{route="${route}",method="${method}",status="${status}"\\} [1-9]`, 'm');
    expect(texts.gateway).toMatch(requests('/api/tasks/:id', 'GET', 200));
    expect(texts.gateway).toMatch(requests('/api/tasks/:id', 'GET', 404));
    expect(texts.gateway).toMatch(requests('/api/tasks/:id/transitions', 'POST', 200));
    expect(texts.gateway).not.toMatch(/route="[^"]*[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
