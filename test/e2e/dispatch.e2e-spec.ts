import { Queue } from 'bullmq';
import { Client } from 'pg';
import { JobName, Topic, topicName, TaskEventV1 } from '../../libs/contracts/src';
import { type TerminalGateway } from '../../libs/simulation/src';
import { storedAlert } from '../support/dispatch-fixtures';
import { tokenOf } from '../support/identity';
import { eventually } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { readTopic } from '../support/kafka-probe';

/**
 * The dispatch and gateway apps on real Redis, PostgreSQL and Kafka, with deadlines of seconds and a
 * stand-in terminal/SMS gateway: tasks, red alerts to the county, deadline escalation, the closed loop
 * over HTTP with its events on Kafka, no duplicates under redelivery, delivery retries.
 */
describe('dispatch: tasks, escalation and delivery', () => {
  const brokenTerminal = 'mt-w-411202001001004-1';
  const failing = new Set([brokenTerminal]);
  // Grid 004's only worker has a terminal the gateway always refuses: its delivery must fail visibly.
  const stack = useHubStack({
    apps: ['dispatch', 'gateway'],
    terminal: { failFirst: 2, failTerminals: failing },
    env: {
      DISPATCH_DEADLINES: 'red=3s/6s,orange=4s/8s,yellow=1h/3h,blue=3h/6h',
      DISPATCH_RECONCILE_MS: '5000',
      DELIVERY_ATTEMPTS: '4',
      DELIVERY_BACKOFF_MS: '100',
      TASK_EVENT_POLL_MS: '100',
    },
  });
  let topics: HubStack['topics'];
  let pg: Client;
  let terminal: TerminalGateway;
  let alerts: Queue;
  let api: string;

  beforeAll(() => ({ topics, pg, terminal, alerts, api } = stack));

  // Signed in through Keycloak as the realm's people: the actor of a change is the token's, never the body's.
  const WORKER = 'W4112020010010011';
  const TOWNSHIP = 'D4112020010001';
  const OPS = 'ops-01';
  const auth = async (who: string) => ({ authorization: `Bearer ${await tokenOf(who)}` });
  const get = async (path: string, who: string) => (await fetch(`${api}${path}`, { headers: await auth(who) })).json();
  const post = async (path: string, body: unknown, who: string) => {
    const res = await fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await auth(who)) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const taskOf = (jobId: string) =>
    eventually(
      `task for ${jobId}`,
      async () => (await pg.query<{ task_id: string }>('SELECT task_id FROM task_alert WHERE job_id = $1', [jobId])).rows[0]?.task_id,
    );

  it('gives a red alert a grid task and the county duty officer an alert; redelivery makes no second task', async () => {
    const { alert, jobId } = await storedAlert(pg, { level: 'red' });
    await alerts.add(JobName.GridAlertRaised, alert, { jobId });
    const taskId = await taskOf(jobId);
    const toWorker = await eventually('the grid worker message', async () =>
      terminal.received.find((m) => m.body.purpose === 'task_assigned' && (m.body.data as { taskId: string }).taskId === taskId),
    );
    expect(toWorker.body.terminalId).toMatch(/^mt-w-411202001001001-/);
    expect(JSON.stringify(toWorker.body)).toContain('李*英');
    const toCounty = await eventually('the county duty officer, by webhook and SMS', async () => {
      const got = terminal.received.filter(
        (m) =>
          String(m.body.terminalId ?? m.body.account) === 'mt-d-411202000000-1' &&
          String(m.body.text).includes(taskId.slice(0, 8).toUpperCase()),
      );
      return got.length === 2 ? got : undefined;
    });
    expect(toCounty.map((m) => m.channel).sort()).toEqual(['sms', 'terminal']);
    for (const m of toCounty) expect(JSON.stringify(m.body)).not.toMatch(/李\*英|人民路12号/);

    // Redelivered: the completed job removed and the same alert added again, and the same job id again.
    await (await alerts.getJob(jobId))!.remove();
    await alerts.add(JobName.GridAlertRaised, alert, { jobId });
    await alerts.add(JobName.GridAlertRaised, alert, { jobId });
    await eventually('the redelivered job done', async () => (await alerts.getJob(jobId))?.isCompleted());
    expect((await alerts.getJob(jobId))!.returnvalue).toMatchObject({ outcome: 'already-applied', taskId });
    const n = await pg.query('SELECT count(*)::int AS n FROM grid_task WHERE household_key = $1', [alert.householdKey]);
    expect(n.rows[0].n).toBe(1);
    const d = await pg.query(`SELECT count(*)::int AS n FROM delivery WHERE task_id = $1 AND purpose = 'task_assigned'`, [taskId]);
    expect(d.rows[0].n).toBe(1);
  });

  it('escalates an unaccepted task on its deadline, one level at a time, and not an accepted one', async () => {
    const late = await storedAlert(pg, { level: 'orange' });
    const onTime = await storedAlert(pg, { level: 'orange' });
    await alerts.addBulk([late, onTime].map((x) => ({ name: JobName.GridAlertRaised, data: x.alert, opts: { jobId: x.jobId } })));
    const [lateId, onTimeId] = await Promise.all([taskOf(late.jobId), taskOf(onTime.jobId)]);
    const accepted = await post(`/tasks/${onTimeId}/transitions`, { to: 'accepted', reason: '已受理' }, WORKER);
    expect(accepted.status).toBe(200);
    const esc = await eventually(
      'escalation to the township, then the county',
      async () => {
        const r = await pg.query<{ to_level: string; reason: string }>(
          'SELECT to_level, reason FROM escalation WHERE task_id = $1 ORDER BY at',
          [lateId],
        );
        return r.rows.length >= 2 ? r.rows : undefined;
      },
      20_000,
    );
    expect(esc.slice(0, 2)).toEqual([
      { to_level: 'township', reason: 'accept_overdue' },
      { to_level: 'county', reason: 'accept_overdue' },
    ]);
    const desk = (await get('/escalations?centre=411202001000', TOWNSHIP)) as {
      taskId: string;
      reason: string;
      state: string;
    }[];
    expect(desk.find((e) => e.taskId === lateId)).toMatchObject({ reason: 'accept_overdue', state: 'reported' });
    await eventually('the township duty officer told', async () =>
      terminal.received.find(
        (m) => m.body.terminalId === 'mt-d-411202001000-1' && String(m.body.text).includes(lateId.slice(0, 8).toUpperCase()),
      ),
    );
    // Accepted in time: no accept escalation (its 8-second feedback deadline may have run out meanwhile).
    const other = await pg.query<{ reason: string }>('SELECT reason FROM escalation WHERE task_id = $1', [onTimeId]);
    expect(other.rows.filter((r) => r.reason !== 'feedback_overdue')).toEqual([]);
  });

  it('runs the closed loop over HTTP, refuses illegal steps with a reason, and publishes every step on Kafka', async () => {
    const { alert, jobId } = await storedAlert(pg, { level: 'yellow' });
    await alerts.add(JobName.GridAlertRaised, alert, { jobId });
    const id = await taskOf(jobId);
    const illegal = await post(`/tasks/${id}/transitions`, { to: 'verified', reason: '直接核查' }, TOWNSHIP);
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ code: 'illegal_transition' });
    expect(String(illegal.body.message)).toContain('不能变更为「已核查（回访中）」');
    // Another grid's worker cannot accept it: for them the task does not exist.
    const impostor = await post(`/tasks/${id}/transitions`, { to: 'accepted', reason: '替别人受理' }, 'W4112020010010021');
    expect(impostor.status).toBe(404);
    const bad = await post(`/tasks/${id}/transitions`, { to: 'accepted' }, WORKER);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('reason');
    for (const [step, who] of [
      [{ to: 'accepted', reason: '已受理' }, WORKER],
      [{ to: 'dispatched', reason: '联系司法所', departments: ['judicial_office'] }, WORKER],
      [{ to: 'in_handling', reason: '入户调解' }, WORKER],
      [{ to: 'feedback', reason: '调解成功', mediation: 'success' }, WORKER],
      [{ to: 'verified', reason: '电话回访核实' }, TOWNSHIP],
    ] as const) {
      const r = await post(`/tasks/${id}/transitions`, step, who);
      expect([r.status, r.body.state]).toEqual([200, step.to]);
    }
    const supervise = await post(`/tasks/${id}/supervise`, { reason: '督办' }, WORKER);
    expect(supervise.status).toBe(403);
    const closed = await post(`/tasks/${id}/revisits`, { settled: true, note: '回访：已和好' }, WORKER);
    expect(closed.body.state).toBe('closed');

    const detail = (await get(`/tasks/${id}`, TOWNSHIP)) as { events: unknown[]; householdKey?: string };
    expect(detail.householdKey).toBeUndefined();
    const published = await readTopic(
      topics.kafka,
      topicName(Topic.TaskEvent, topics.suffix),
      (m) => m.filter((x) => x.key === id).length >= detail.events.length,
    );
    const mine = published.filter((x) => x.key === id).map((x) => TaskEventV1.parse(JSON.parse(x.value!.toString())));
    expect(mine.map((e) => e.toState).filter(Boolean)).toEqual([
      'reported',
      'accepted',
      'dispatched',
      'in_handling',
      'feedback',
      'verified',
      'closed',
    ]);
    expect(mine.find((e) => e.toState === 'verified')).toMatchObject({
      actor: { kind: 'duty_officer', id: 'D4112020010001' },
      reason: '电话回访核实',
    });

    // Every call about the task is on record, refused ones included, with who made it; reads too.
    const audit = await eventually('the access audit of the task', async () => {
      const r = await pg.query<{ actor: string; method: string; status: number }>(
        'SELECT actor, method, status FROM access_audit WHERE subject = $1 ORDER BY id',
        [id],
      );
      // Rows are written once each response is sent: wait for the reads' rows as well as the changes'.
      const read = r.rows.some((a) => a.method === 'GET' && a.actor === TOWNSHIP && a.status === 200);
      return r.rows.length >= 10 && read ? r.rows : undefined;
    });
    expect(audit[0]).toEqual({ actor: TOWNSHIP, method: 'POST', status: 409 });
  });

  it('retries deliveries with backoff, records each attempt, and keeps a failed one visible and retryable', async () => {
    // The stand-in refused its first two requests: some delivery needed more than one attempt.
    const retried = await pg.query(`SELECT delivery_id FROM delivery WHERE status = 'sent' AND attempts > 1 LIMIT 1`);
    expect(terminal.refused).toBeGreaterThanOrEqual(2);
    expect(retried.rows).toHaveLength(1);

    const { alert, jobId } = await storedAlert(pg, { level: 'yellow', location: { gridCode: '411202001001004' } });
    await alerts.add(JobName.GridAlertRaised, alert, { jobId });
    const taskId = await taskOf(jobId);
    const failed = await eventually(
      'the delivery to the broken terminal failed',
      async () => {
        const list = (await get(`/deliveries?status=failed&taskId=${taskId}`, OPS)) as {
          deliveryId: string;
          attempts: number;
          lastError: string;
        }[];
        return list[0];
      },
      20_000,
    );
    expect(failed.attempts).toBe(4);
    expect(failed.lastError).toContain('HTTP 503');
    const attempts = (await get(`/deliveries/${failed.deliveryId}/attempts`, OPS)) as { ok: boolean }[];
    expect(attempts.map((a) => a.ok)).toEqual([false, false, false, false]);

    // The terminal is fixed; an operator sends the delivery again.
    failing.delete(brokenTerminal);
    const retry = await post(`/deliveries/${failed.deliveryId}/retry`, {}, OPS);
    expect(retry.status).toBe(202);
    await eventually('sent on the second round', async () => {
      const r = await pg.query(`SELECT status, round FROM delivery WHERE delivery_id = $1`, [failed.deliveryId]);
      return r.rows[0]?.status === 'sent' ? r.rows[0] : undefined;
    });
    expect(terminal.received.some((m) => m.body.terminalId === brokenTerminal)).toBe(true);
    const again = await post(`/deliveries/${failed.deliveryId}/retry`, {}, OPS);
    expect(again.status).toBe(409);
  });
});
