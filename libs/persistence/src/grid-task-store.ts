import type { Pool } from 'pg';

export interface AlertForTask {
  taskId: string;
  jobId: string;
  householdKey: string;
  divisionCode: string;
  gridCode?: string;
  riskLevel: string;
  levelRank: number;
  correlationId: string;
}

export type TaskOutcome = { kind: 'created' | 'raised' | 'bundled' | 'already-applied'; taskId: string; riskLevel: string };

const LEVEL_SQL = `CASE risk_level WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2 WHEN 'blue' THEN 1 ELSE 0 END`;

/** Grid tasks: one open task per household; a new alert for it raises or joins that task. */
export class GridTaskStore {
  constructor(private readonly pool: Pool) {}

  async applyAlert(a: AlertForTask): Promise<TaskOutcome> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Serialises alerts of one household across workers, so two never open two tasks.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [a.householdKey]);
      const open = await client.query<{ task_id: string; risk_level: string; rank: number; last_alert_job: string }>(
        `SELECT task_id, risk_level, ${LEVEL_SQL} AS rank, last_alert_job FROM grid_task
         WHERE household_key = $1 AND state NOT IN ('closed', 'rejected') ORDER BY created_at DESC LIMIT 1`,
        [a.householdKey],
      );
      let outcome: TaskOutcome;
      const applied = await client.query('SELECT 1 FROM grid_task WHERE last_alert_job = $1 OR task_id = $2', [a.jobId, a.taskId]);
      if (applied.rowCount) {
        outcome = {
          kind: 'already-applied',
          taskId: open.rows[0]?.task_id ?? a.taskId,
          riskLevel: open.rows[0]?.risk_level ?? a.riskLevel,
        };
      } else if (open.rows[0]) {
        const t = open.rows[0];
        const raise = a.levelRank > t.rank;
        await client.query(`UPDATE grid_task SET risk_level = $2, last_alert_job = $3, updated_at = now() WHERE task_id = $1`, [
          t.task_id,
          raise ? a.riskLevel : t.risk_level,
          a.jobId,
        ]);
        outcome = { kind: raise ? 'raised' : 'bundled', taskId: t.task_id, riskLevel: raise ? a.riskLevel : t.risk_level };
      } else {
        await client.query(
          `INSERT INTO grid_task (task_id, household_key, division_code, grid_code, risk_level, state, last_alert_job, correlation_id)
           VALUES ($1, $2, $3, $4, $5, 'reported', $6, $7)`,
          [a.taskId, a.householdKey, a.divisionCode, a.gridCode ?? null, a.riskLevel, a.jobId, a.correlationId],
        );
        outcome = { kind: 'created', taskId: a.taskId, riskLevel: a.riskLevel };
      }
      await client.query('COMMIT');
      return outcome;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
}
