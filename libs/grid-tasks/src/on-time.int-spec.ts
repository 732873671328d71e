import type { Pool } from 'pg';
import { acceptedOnTimeShare, EscalationPolicy, routeAlert } from '@hub/domain';
import { DispatchStatistics, PgGridTaskRepository, prismaOver, StoredAreaIndex } from '@hub/persistence';
import { KNOWN_VILLAGE } from '../../../test/support/builders';
import { storedAlert } from '../../../test/support/dispatch-fixtures';
import { freshPool } from '../../../test/support/infra';
import { areaDirectoryOf } from './area-directory';
import { GridTaskCommands } from './grid-tasks';

/**
 * 按时受理率 against hand-counted cases: a task whose accept deadline passed unaccepted is late, whether
 * it is accepted later or never. Orange: one hour to accept.
 */
describe('on-time acceptance in the statistics', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  let areas: StoredAreaIndex;
  let c: GridTaskCommands;
  const worker = { kind: 'grid_worker' as const, id: 'W1' };
  const now = Date.now();
  const ago = (minutes: number) => new Date(now - minutes * 60_000);

  beforeAll(async () => {
    db = await freshPool(4);
    ({ pool } = db);
    areas = new StoredAreaIndex(pool);
    await areas.refresh();
    c = new GridTaskCommands(
      new PgGridTaskRepository(pool),
      { policy: EscalationPolicy.fromSpecs(), workerCeiling: 15 },
      areaDirectoryOf(areas),
    );
  });

  afterAll(async () => {
    await db?.close();
  });

  async function open(at: Date) {
    const { alert, jobId } = await storedAlert(pool, { level: 'orange' });
    const route = routeAlert({ text: '新园社区人民路12号', divisionCode: KNOWN_VILLAGE }, areas);
    const r = await c.applyAlerts.apply(
      [{ ...alert, jobId, riskLevel: 'orange', route, brief: { persons: [], factorLabels: [], area: {} } }],
      at,
    );
    return r.work[0];
  }
  const accept = (taskId: string, at: Date) => c.accept.execute(taskId, worker, '已受理', at);
  const missDeadline = async (w: Awaited<ReturnType<typeof open>>, at: Date) =>
    expect(await c.escalateOverdue.execute(w.taskId, 'accept', w.deadline!.dueAt, at)).not.toBeNull();

  it('counts late acceptance, never accepted and escalated, and accepted after escalation as late', async () => {
    // 1. accepted 5 minutes after it was opened: on time.
    const onTime = await open(ago(10));
    await accept(onTime.taskId, ago(5));
    // 2. accepted 30 minutes after its deadline, before the deadline job ran: late.
    const lateAccepted = await open(ago(120));
    await accept(lateAccepted.taskId, ago(30));
    // 3. never accepted; its deadline escalated it to the township: late (and still unanswered).
    const neverAccepted = await open(ago(120));
    await missDeadline(neverAccepted, ago(59));
    // 4. escalated, then accepted within the township's deadline: still late.
    const afterEscalation = await open(ago(120));
    await missDeadline(afterEscalation, ago(59));
    await accept(afterEscalation.taskId, ago(10));
    // 5. opened 10 minutes ago, not accepted yet, deadline still ahead: not counted either way.
    await open(ago(10));

    const stats = await new DispatchStatistics(prismaOver(pool)).forArea({
      areaCode: '411202000000',
      from: ago(24 * 60),
      to: new Date(now + 3_600_000),
    });
    expect(stats.onTime).toMatchObject({ accepted: 3, acceptedOnTime: 1, lateUnaccepted: 1, overdueUnaccepted: 1 });
    // Hand count: on time 1 (case 1) of 4 whose acceptance fell due (cases 1–4) = 25 %, not 1 of 3.
    expect(acceptedOnTimeShare(stats.onTime)).toEqual({ n: 1, of: 4, rate: 0.25 });
  });
});
