import { randomUUID } from 'node:crypto';
import type { ListScope } from '@hub/domain';
import { storedAlert } from '../../../../test/support/dispatch-fixtures';
import { freshDatabase } from '../../../../test/support/infra';
import { type Database, openDatabase } from '../database';
import { TaskReadModel } from '../dispatch/task-read-model';
import { AlertReadModel } from './alert-read-model';
import { AreaReadModel } from './area-read-model';
import { ThreadReadModel } from './thread-read-model';

// Two counties of the seeded city: 湖滨区 (411202) and 陕州区 (411203), a village and a grid in each.
const HUBIN_VILLAGE = '411202001001';
const HUBIN_TOWNSHIP = '411202001000';
const HUBIN_GRID = '411202001001001';
const SHANZHOU_VILLAGE = '411203001001';
const SHANZHOU_TOWNSHIP = '411203001000';
const county = (areaCode: string): ListScope => ({ kind: 'area', areaCode });
const ALL: ListScope = { kind: 'all' };

/**
 * The gateway's read models on PostgreSQL: each list keeps to the caller's scope (a grid, an area's
 * subtree, everything, nothing), and what an officer reads of a record carries masked fields only.
 */
describe('read models', () => {
  let dbInfo: Awaited<ReturnType<typeof freshDatabase>>;
  let db: Database;
  let alerts: AlertReadModel;
  let threads: ThreadReadModel;
  let areas: AreaReadModel;
  let tasks: TaskReadModel;

  beforeAll(async () => {
    dbInfo = await freshDatabase();
    db = openDatabase(dbInfo.url, { max: 4 });
    alerts = new AlertReadModel(db.prisma);
    threads = new ThreadReadModel(db.prisma);
    areas = new AreaReadModel(db.prisma);
    tasks = new TaskReadModel(db.prisma);
  });

  afterAll(async () => {
    await db?.close();
    await dbInfo?.drop();
  });

  /** An alert stored as risk would have, placed in `village` (and `grid`), assessed `minutesAgo`. */
  async function alertIn(village: string, o: { grid?: string; level?: 'red' | 'orange' | 'yellow' | 'blue'; minutesAgo?: number } = {}) {
    const { alert } = await storedAlert(db.pool, { level: o.level ?? 'red', location: { divisionCode: village } });
    await db.prisma.riskAssessment.update({
      where: { assessmentId: alert.assessmentId },
      data: { gridCode: o.grid ?? null, assessedAt: new Date(Date.now() - (o.minutesAgo ?? 0) * 60_000) },
    });
    return alert;
  }

  /** A grid task placed as dispatch would place it: a grid, else the village, else the township centre. */
  async function taskIn(place: { division: string; centre: string; village?: string; grid?: string }, o: { state?: string } = {}) {
    const { alert } = await storedAlert(db.pool, { location: { divisionCode: place.village ?? place.division } });
    const taskId = randomUUID();
    await db.prisma.gridTask.create({
      data: {
        taskId,
        householdKey: alert.householdKey,
        divisionCode: place.division,
        centreCode: place.centre,
        villageCode: place.village ?? null,
        gridCode: place.grid ?? null,
        workerId: place.grid ? 'W1' : null,
        routeMethod: place.grid ? 'grid_code' : 'fallback',
        routeReason: 'test',
        riskLevel: 'red',
        riskScore: 85,
        state: o.state ?? 'reported',
        lastAssessmentId: alert.assessmentId,
        correlationId: alert.correlationId,
      },
    });
    await db.prisma.taskAlert.create({
      data: {
        jobId: `alert-${alert.assessmentId}`,
        taskId,
        assessmentId: alert.assessmentId,
        eventId: alert.eventId,
        riskLevel: 'red',
        riskScore: 85,
        outcome: 'created',
        routeMethod: 'grid_code',
        routeReason: 'test',
      },
    });
    return { taskId, alert };
  }

  describe('alerts', () => {
    let hubinNewer: Awaited<ReturnType<typeof alertIn>>;
    let hubinOlder: Awaited<ReturnType<typeof alertIn>>;
    let hubinBlue: Awaited<ReturnType<typeof alertIn>>;
    let shanzhou: Awaited<ReturnType<typeof alertIn>>;

    beforeAll(async () => {
      hubinOlder = await alertIn(HUBIN_VILLAGE, { level: 'orange', minutesAgo: 20 });
      hubinNewer = await alertIn(HUBIN_VILLAGE, { grid: HUBIN_GRID, minutesAgo: 10 });
      hubinBlue = await alertIn(HUBIN_VILLAGE, { level: 'blue', minutesAgo: 5 });
      shanzhou = await alertIn(SHANZHOU_VILLAGE, { minutesAgo: 1 });
    });

    const ids = (rows: { assessmentId: string }[]) => rows.map((r) => r.assessmentId);
    const page = { limit: 100, offset: 0 };

    it('lists only the alerts of the caller’s area, newest first, without blue unless asked', async () => {
      expect(ids(await alerts.latest(page, county('411202000000')))).toEqual([hubinNewer.assessmentId, hubinOlder.assessmentId]);
      expect(ids(await alerts.latest(page, county(SHANZHOU_TOWNSHIP)))).toEqual([shanzhou.assessmentId]);
      expect(ids(await alerts.latest({ ...page, level: 'blue' }, county('411202000000')))).toEqual([hubinBlue.assessmentId]);
      expect(ids(await alerts.latest(page, ALL))).toEqual(
        expect.arrayContaining([hubinNewer.assessmentId, hubinOlder.assessmentId, shanzhou.assessmentId]),
      );
      expect(ids(await alerts.latest(page, ALL))).not.toContain(hubinBlue.assessmentId);
    });

    it('gives a grid worker the grid’s alerts only, and a caller without a scope nothing', async () => {
      expect(ids(await alerts.latest(page, { kind: 'grid', gridCode: HUBIN_GRID }))).toEqual([hubinNewer.assessmentId]);
      expect(await alerts.latest(page, { kind: 'none' })).toEqual([]);
      expect(await alerts.latest(page, { kind: 'feed', feed: 'police110' })).toEqual([]);
    });

    it('pages the list', async () => {
      expect(ids(await alerts.latest({ limit: 1, offset: 1 }, county('411202000000')))).toEqual([hubinOlder.assessmentId]);
    });

    it('shows the area’s name, the thread’s opaque id and the task an alert went to', async () => {
      const { taskId, alert } = await taskIn({ division: HUBIN_VILLAGE, centre: HUBIN_TOWNSHIP, village: HUBIN_VILLAGE, grid: HUBIN_GRID });
      const threadKey = `household:${alert.householdKey}`;
      const thread = await db.prisma.disputeThread.create({
        data: {
          threadKey,
          basis: 'household',
          parties: [],
          householdKey: alert.householdKey,
          divisionCode: HUBIN_VILLAGE,
          firstSeen: new Date(),
          lastSeen: new Date(),
          lastLevel: 'red',
          maxScore: 85,
          lastAssessmentId: alert.assessmentId,
        },
      });
      await db.prisma.riskAssessment.update({ where: { assessmentId: alert.assessmentId }, data: { threadKey } });
      const [shown] = (await alerts.latest(page, ALL)).filter((a) => a.assessmentId === alert.assessmentId);
      expect(shown).toMatchObject({
        divisionCode: HUBIN_VILLAGE,
        divisionName: '新园社区',
        threadId: thread.threadId,
        taskId,
        riskLevel: 'red',
        riskScore: 85,
        source: 'police110',
      });
      // What the API has always answered for an alert: no keys, no event id.
      expect(Object.keys(shown).sort()).toEqual(
        [
          'assessmentId',
          'source',
          'sourceRef',
          'revision',
          'occurredAt',
          'assessedAt',
          'divisionCode',
          'divisionName',
          'gridCode',
          'domain',
          'riskScore',
          'riskLevel',
          'threadId',
          'factors',
          'links',
          'rulesVersion',
          'taskId',
        ].sort(),
      );
      expect(await alerts.alerted(alert.assessmentId)).toEqual(shown);
      expect((await alerts.latest(page, ALL)).find((a) => a.assessmentId === hubinOlder.assessmentId)).toMatchObject({
        threadId: null,
        taskId: null,
      });
    });

    it('loads a new alert for the board only when it is alerted (not blue)', async () => {
      expect(await alerts.alerted(hubinOlder.assessmentId)).toMatchObject({ assessmentId: hubinOlder.assessmentId, riskLevel: 'orange' });
      expect(await alerts.alerted(hubinBlue.assessmentId)).toBeUndefined();
      expect(await alerts.alerted(randomUUID())).toBeUndefined();
    });

    it('reads an alert’s record with the masked fields only', async () => {
      const one = await alerts.withRecord(hubinNewer.assessmentId);
      expect(one?.record).toEqual({
        texts: null,
        address: '新园社区人民路12号3号楼2单元301室',
        codes: null,
        persons: [
          { role: 'caller', name: '李*英', id: '4112**********0023', phone: null },
          { role: 'suspect', name: '王*国', id: null, phone: null },
        ],
      });
      // The stored payload holds the full names too (the fixture's); they never reach the officer.
      expect(JSON.stringify(one)).not.toMatch(/李秀英|王建国/);
      expect(Object.keys(one!).sort()).toEqual([...Object.keys((await alerts.alerted(hubinNewer.assessmentId))!), 'record'].sort());
      expect(await alerts.withRecord(randomUUID())).toBeUndefined();
    });

    it('finds the area of a record for the link-correction check', async () => {
      const sourceRef = (await db.prisma.riskAssessment.findUnique({ where: { assessmentId: hubinNewer.assessmentId } }))!.sourceRef;
      expect(await alerts.recordArea('police110', sourceRef)).toEqual({ divisionCode: HUBIN_VILLAGE });
      expect(await alerts.recordArea('police110', 'J-none')).toBeUndefined();
    });
  });

  describe('threads', () => {
    it('reads a thread by its opaque id, its records oldest first, and the newest task that follows it', async () => {
      const { taskId, alert } = await taskIn({ division: HUBIN_VILLAGE, centre: HUBIN_TOWNSHIP, village: HUBIN_VILLAGE });
      const second = await alertIn(HUBIN_VILLAGE);
      const threadKey = `pair:${randomUUID()}`;
      await db.prisma.riskAssessment.update({
        where: { assessmentId: alert.assessmentId },
        data: { threadKey, occurredAt: new Date(Date.now() - 86_400_000) },
      });
      await db.prisma.riskAssessment.update({ where: { assessmentId: second.assessmentId }, data: { threadKey } });
      await db.prisma.gridTask.update({ where: { taskId }, data: { threadKey } });
      const created = await db.prisma.disputeThread.create({
        data: {
          threadKey,
          basis: 'pair',
          parties: ['h1', 'h2'],
          householdKey: alert.householdKey,
          divisionCode: HUBIN_VILLAGE,
          records: 2,
          firstSeen: new Date(),
          lastSeen: new Date(),
          lastLevel: 'red',
          maxScore: 85,
          lastAssessmentId: second.assessmentId,
        },
      });
      const t = await threads.byId(created.threadId);
      expect(t).toMatchObject({ threadKey, threadId: created.threadId, basis: 'pair', divisionCode: HUBIN_VILLAGE, records: 2 });
      expect(t).not.toHaveProperty('parties');
      const records = await threads.records(threadKey, { limit: 10, offset: 0 });
      expect(records.map((r) => r.occurredAt.getTime())).toEqual([...records.map((r) => r.occurredAt.getTime())].sort((a, b) => a - b));
      expect(records).toHaveLength(2);
      expect(await threads.records(threadKey, { limit: 10, offset: 1 })).toHaveLength(1);
      expect(await threads.latestTaskOf(threadKey)).toBe(taskId);
      expect(await threads.ofTask(taskId)).toEqual({
        gridCode: null,
        villageCode: HUBIN_VILLAGE,
        divisionCode: HUBIN_VILLAGE,
        centreCode: HUBIN_TOWNSHIP,
        threadId: created.threadId,
      });
      expect(await threads.byId(randomUUID())).toBeNull();
      expect(await threads.ofTask(randomUUID())).toBeUndefined();
    });
  });

  describe('areas', () => {
    it('names a division or a grid, and lists a division’s children or a village’s grids', async () => {
      expect(await areas.nameOf(HUBIN_VILLAGE)).toBe('新园社区');
      expect(await areas.nameOf(HUBIN_GRID)).toBe('新园社区第1网格');
      expect(await areas.nameOf('999999999999')).toBeUndefined();
      const village = await areas.withChildren(HUBIN_VILLAGE);
      expect(village).toMatchObject({ code: HUBIN_VILLAGE, name: '新园社区', level: 'village' });
      expect(village!.children[0]).toEqual({ code: HUBIN_GRID, name: '新园社区第1网格', level: 'grid' });
      expect(village!.children.every((c) => c.level === 'grid' && c.code.startsWith(HUBIN_VILLAGE))).toBe(true);
      const township = await areas.withChildren(HUBIN_TOWNSHIP);
      expect(township!.children.length).toBeGreaterThan(0);
      expect(township!.children.every((c) => c.level === 'village' && c.code.startsWith('411202001'))).toBe(true);
      expect(township!.children.map((c) => c.code)).toEqual([...township!.children.map((c) => c.code)].sort());
      expect(await areas.withChildren('999999999999')).toBeUndefined();
    });
  });

  describe('tasks, escalations and deliveries', () => {
    let inGrid: Awaited<ReturnType<typeof taskIn>>;
    let inVillage: Awaited<ReturnType<typeof taskIn>>;
    let unplaced: Awaited<ReturnType<typeof taskIn>>;
    let elsewhere: Awaited<ReturnType<typeof taskIn>>;
    const page = { limit: 200, offset: 0 };
    const taskIds = (rows: { taskId: string | null }[]) => rows.map((r) => r.taskId).sort();
    const sorted = (...xs: { taskId: string }[]) => xs.map((x) => x.taskId).sort();

    // Two counties no other test here places anything in: 渑池县 (411221) and 卢氏县 (411224).
    const MIANCHI = '411221000000';
    const MIANCHI_TOWNSHIP = '411221001000';
    const MIANCHI_VILLAGE = '411221001001';
    const MIANCHI_GRID = '411221001001001';
    const LUSHI = '411224000000';
    const LUSHI_TOWNSHIP = '411224001000';
    const LUSHI_VILLAGE = '411224001001';
    const mine = (rows: { taskId: string | null }[]) =>
      taskIds(rows.filter((r) => [inGrid, inVillage, unplaced, elsewhere].some((t) => t.taskId === r.taskId) || r.taskId === null));

    beforeAll(async () => {
      inGrid = await taskIn({ division: MIANCHI_VILLAGE, centre: MIANCHI_TOWNSHIP, village: MIANCHI_VILLAGE, grid: MIANCHI_GRID });
      inVillage = await taskIn({ division: MIANCHI_VILLAGE, centre: MIANCHI_TOWNSHIP, village: MIANCHI_VILLAGE });
      // Routing found no village: the township centre answers for it.
      unplaced = await taskIn({ division: MIANCHI_TOWNSHIP, centre: MIANCHI_TOWNSHIP });
      elsewhere = await taskIn({ division: LUSHI_VILLAGE, centre: LUSHI_TOWNSHIP, village: LUSHI_VILLAGE }, { state: 'rejected' });
      for (const [t, centre] of [
        [inGrid, MIANCHI],
        [elsewhere, LUSHI],
      ] as const) {
        await db.prisma.escalation.create({
          data: {
            escalationId: randomUUID(),
            taskId: t.taskId,
            fromLevel: 'village',
            toLevel: 'county',
            centreCode: centre,
            reason: 'red_alert',
            reasonText: '红色预警',
          },
        });
      }
      for (const taskId of [inGrid.taskId, elsewhere.taskId, null]) {
        await db.prisma.delivery.create({
          data: {
            deliveryId: randomUUID(),
            taskId,
            recipientKind: 'grid_worker',
            recipientId: 'W1',
            terminalId: 'T1',
            channel: 'webhook',
            purpose: 'task_assigned',
            message: {},
          },
        });
      }
    });

    it('lists a county’s tasks (by grid, village or centre) and a grid worker’s grid only', async () => {
      expect(taskIds(await tasks.list(page, county(MIANCHI)))).toEqual(sorted(inGrid, inVillage, unplaced));
      expect(taskIds(await tasks.list(page, county(MIANCHI_VILLAGE)))).toEqual(sorted(inGrid, inVillage));
      expect(taskIds(await tasks.list(page, { kind: 'grid', gridCode: MIANCHI_GRID }))).toEqual(sorted(inGrid));
      expect(taskIds(await tasks.list(page, county(LUSHI)))).toEqual(sorted(elsewhere));
      expect(mine(await tasks.list(page, ALL))).toEqual(sorted(inGrid, inVillage, unplaced, elsewhere));
      expect(await tasks.list(page, { kind: 'none' })).toEqual([]);
      expect(mine(await tasks.list({ ...page, state: 'rejected' }, ALL))).toEqual(sorted(elsewhere));
      const [row] = await tasks.list(page, { kind: 'grid', gridCode: MIANCHI_GRID });
      expect(row).toMatchObject({ villageName: '新园社区', gridCode: MIANCHI_GRID, workerId: 'W1', state: 'reported' });
      expect(row).not.toHaveProperty('householdKey');
    });

    it('queues for manual dispatch only the unplaced and rejected tasks of the area', async () => {
      expect(taskIds(await tasks.manualQueue(page, county(MIANCHI)))).toEqual(sorted(inVillage, unplaced));
      expect(taskIds(await tasks.manualQueue(page, county(LUSHI)))).toEqual(sorted(elsewhere));
      expect(taskIds(await tasks.manualQueue({ ...page, centre: LUSHI_TOWNSHIP }, ALL))).toEqual(sorted(elsewhere));
    });

    it('lists the escalations to the centres of the area, and the deliveries of its tasks', async () => {
      expect(taskIds(await tasks.escalations(page, county(MIANCHI)))).toEqual(sorted(inGrid));
      expect(taskIds(await tasks.escalations(page, county(LUSHI)))).toEqual(sorted(elsewhere));
      expect(await tasks.escalations(page, { kind: 'grid', gridCode: '411224001001001' })).toEqual([]);
      expect(mine(await tasks.escalations({ ...page, since: new Date(Date.now() + 60_000).toISOString() }, ALL))).toEqual([]);
      const [e] = await tasks.escalations(page, county(MIANCHI));
      expect(e).toMatchObject({ toLevel: 'county', centreCode: MIANCHI, state: 'reported', villageName: '新园社区' });

      expect(taskIds(await tasks.deliveries(page, county(MIANCHI)))).toEqual(sorted(inGrid));
      expect(taskIds(await tasks.deliveries({ ...page, taskId: elsewhere.taskId }, county(MIANCHI)))).toEqual([]);
      // A delivery that belongs to no task is seen only by those who see everything.
      expect(mine(await tasks.deliveries(page, ALL))).toEqual([...sorted(inGrid, elsewhere), null].sort());
      expect(await tasks.deliveries(page, { kind: 'none' })).toEqual([]);
    });

    it('reads what the visit needs from the task’s record, masked', async () => {
      const h = await tasks.household(inGrid.taskId);
      expect(h).toMatchObject({ address: '新园社区人民路12号3号楼2单元301室', source: 'police110', text: null });
      expect(h!.persons).toEqual([
        { role: 'caller', name: '李*英', id: '4112**********0023', phone: null },
        { role: 'suspect', name: '王*国', id: null, phone: null },
      ]);
      expect(await tasks.household(randomUUID())).toBeUndefined();
      expect(await tasks.placement(elsewhere.taskId)).toMatchObject({ divisionCode: LUSHI_VILLAGE, centreCode: LUSHI_TOWNSHIP });
    });
  });
});
