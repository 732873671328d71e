import { JobName } from '../../libs/contracts/src';
import { storedAlert } from '../support/dispatch-fixtures';
import { eventually } from '../support/infra';
import { useHubStack } from '../support/hub-stack';

/**
 * The BullMQ side of "a batch that fails to store is split until the message at fault is found": the running
 * dispatch app takes 20 alert jobs together (one batch of its alert batcher, one transaction); the database
 * refuses one of them for its data. That job fails at once (no retry) with reason `store_failed` and the
 * database's SQLSTATE and message, naming its queue and job id; the other 19 become grid tasks.
 */
describe('dispatch: one refused alert inside a batch', () => {
  const stack = useHubStack();

  it('fails only the refused job, with store_failed and the database error, and applies the rest of its batch', async () => {
    const { pg, alerts } = stack;
    const made = await Promise.all(Array.from({ length: 20 }, () => storedAlert(pg, { level: 'red' })));
    // A NUL in the household key passes the job's schema (any string) and PostgreSQL refuses it in text (22021).
    const bad = made[7];
    bad.alert.householdKey = `${bad.alert.householdKey}\u0000`;
    await alerts.addBulk(made.map((m) => ({ name: JobName.GridAlertRaised, data: m.alert, opts: { jobId: m.jobId, attempts: 12 } })));
    // Started after the jobs are in: its worker takes them at once and the batcher applies them together.
    await stack.start('dispatch');

    const failed = await eventually('the refused job failed', async () => {
      // The state first, then the job as it stands (a job read before it failed has no failedReason yet).
      if ((await alerts.getJobState(bad.jobId)) !== 'failed') return undefined;
      return alerts.getJob(bad.jobId);
    });
    expect(failed.failedReason).toMatch(
      new RegExp(
        `^store_failed: SQLSTATE 22[0-9A-Z]{3}: .*\\(queue ${alerts.name}, job ${bad.jobId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`,
      ),
    );
    // Failed at once for its data, not after the 12 attempts a transient failure would get.
    expect(failed.attemptsMade).toBe(1);

    const good = made.filter((m) => m !== bad);
    await eventually('the other 19 applied', async () => {
      const states = await Promise.all(good.map(async (m) => (await alerts.getJob(m.jobId))?.getState()));
      return states.every((s) => s === 'completed');
    });
    const { rows } = await pg.query<{ assessment_id: string }>('SELECT assessment_id FROM task_alert');
    expect(rows.map((r) => r.assessment_id).sort()).toEqual(good.map((m) => m.alert.assessmentId).sort());
  });
});
