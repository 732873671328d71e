import { randomUUID } from 'node:crypto';
import { storedAlert } from '../../../test/support/dispatch-fixtures';
import { freshDatabase } from '../../../test/support/infra';
import { type Database, openDatabase } from './database';
import { PIPELINE_STAGES, PipelineTrace } from './pipeline-trace';

// A grid of the seeded city (湖滨区, 新园社区).
const HUBIN_VILLAGE = '411202001001';
const HUBIN_GRID = '411202001001001';

/** What `hubctl trace-red` and the demo's board check read: when each stage had one case, and nothing of other cases. */
describe('pipeline trace', () => {
  let dbInfo: Awaited<ReturnType<typeof freshDatabase>>;
  let db: Database;
  let trace: PipelineTrace;

  beforeAll(async () => {
    dbInfo = await freshDatabase();
    db = openDatabase(dbInfo.url, { max: 2 });
    trace = new PipelineTrace(db.prisma);
  });

  afterAll(async () => {
    await db?.close();
    await dbInfo?.drop();
  });

  const allStages = (correlationId: string) =>
    Promise.all(PIPELINE_STAGES.map(async (s) => [s, await trace.reached(s, correlationId)] as const)).then((r) => Object.fromEntries(r));

  async function taskFor(alert: Awaited<ReturnType<typeof storedAlert>>['alert'], grid: string | null) {
    const taskId = randomUUID();
    await db.prisma.gridTask.create({
      data: {
        taskId,
        householdKey: alert.householdKey,
        divisionCode: HUBIN_VILLAGE,
        centreCode: HUBIN_VILLAGE,
        villageCode: HUBIN_VILLAGE,
        gridCode: grid,
        workerId: grid ? 'W1' : null,
        routeMethod: grid ? 'grid_code' : 'fallback',
        routeReason: 'test',
        riskLevel: 'red',
        riskScore: 85,
        state: 'reported',
        lastAssessmentId: alert.assessmentId,
        correlationId: alert.correlationId,
      },
    });
    return taskId;
  }

  const delivery = (taskId: string, o: { purpose: string; recipientId: string; channel: string; sentAt: Date | null }) =>
    db.prisma.delivery.create({
      data: {
        deliveryId: randomUUID(),
        taskId,
        recipientKind: o.purpose === 'escalation' ? 'duty_officer' : 'grid_worker',
        recipientId: o.recipientId,
        terminalId: `T-${o.recipientId}`,
        channel: o.channel,
        purpose: o.purpose,
        message: {},
        status: o.sentAt ? 'sent' : 'pending',
        sentAt: o.sentAt,
      },
    });

  it('has reached no stage for a case the hub has not seen', async () => {
    await storedAlert(db.pool); // another case, which must not be mistaken for this one
    expect(await allStages(`corr-${randomUUID()}`)).toEqual({
      stored: undefined,
      assessed: undefined,
      gridTask: undefined,
      workerTerminal: undefined,
      countyDutyOfficer: undefined,
    });
  });

  it('follows one case stage by stage: stored, assessed, its grid task, the worker told, the county told', async () => {
    const { alert } = await storedAlert(db.pool, { level: 'red', score: 91 });
    const c = alert.correlationId;
    const stored = await trace.reached('stored', c);
    expect(stored?.at).toBeInstanceOf(Date);
    expect(await trace.reached('assessed', c)).toEqual({ at: expect.any(Date), note: 'red 91' });
    expect(await trace.reached('gridTask', c)).toBeUndefined();

    const taskId = await taskFor(alert, HUBIN_GRID);
    const [grid] = await db.prisma.$queryRaw<{ name: string }[]>`SELECT name FROM grid WHERE code = ${HUBIN_GRID}`;
    expect(await trace.reached('gridTask', c)).toEqual({ at: expect.any(Date), note: grid.name });

    // A message written but not yet sent has not reached the terminal.
    await delivery(taskId, { purpose: 'task_assigned', recipientId: 'W1', channel: 'terminal', sentAt: null });
    expect(await trace.reached('workerTerminal', c)).toBeUndefined();
    const toWorker = new Date(Date.now() - 5_000);
    await delivery(taskId, { purpose: 'task_assigned', recipientId: 'W2', channel: 'terminal', sentAt: toWorker });
    expect(await trace.reached('workerTerminal', c)).toEqual({ at: toWorker, note: 'W2' });

    // The county: the first escalation message sent, and every officer and channel it went to (once each).
    expect(await trace.reached('countyDutyOfficer', c)).toBeUndefined();
    const first = new Date(Date.now() - 3_000);
    await delivery(taskId, { purpose: 'escalation', recipientId: 'D1', channel: 'sms', sentAt: new Date(first.getTime() + 900) });
    await delivery(taskId, { purpose: 'escalation', recipientId: 'D1', channel: 'terminal', sentAt: first });
    await delivery(taskId, { purpose: 'escalation', recipientId: 'D1', channel: 'terminal', sentAt: new Date(first.getTime() + 400) });
    await delivery(taskId, { purpose: 'escalation', recipientId: 'D2', channel: 'sms', sentAt: null });
    const county = await trace.reached('countyDutyOfficer', c);
    expect(county?.at).toEqual(first);
    expect(county?.note?.split(', ').sort()).toEqual(['D1/sms', 'D1/terminal']);
  });

  it('reports a task placed without a grid with no grid name', async () => {
    const { alert } = await storedAlert(db.pool);
    await taskFor(alert, null);
    const task = await trace.reached('gridTask', alert.correlationId);
    expect(task?.at).toBeInstanceOf(Date);
    expect(task?.note ?? undefined).toBeUndefined();
  });
});
