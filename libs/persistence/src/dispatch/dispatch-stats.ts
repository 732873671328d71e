import { type AreaLevel, LEVEL_PREFIX_DIGITS, type OnTimeCounts } from '@hub/domain';
import { Prisma, type PrismaClient } from '../generated/prisma/client';

export interface StatsQuery {
  /** A division code: the figures cover it and everything under it. */
  areaCode: string;
  from: Date;
  to: Date;
}

export interface AreaStats {
  area: { code: string; name: string; level: string; population: number };
  period: { from: string; to: string; days: number };
  alertsByLevel: Record<string, number>;
  tasks: { created: number; closed: number; openNow: number; supervised: number; manualDispatch: number };
  onTime: OnTimeCounts;
  escalations: Record<string, number>;
  villageLevel: { closed: number; closedAtVillage: number };
  mediation: { attempted: number; succeeded: number };
  litigation: { civilFilings: number; population: number };
  deliveries: Record<string, number>;
  priorAlerts: { households: number; withPriorAlert: number; leadDays: number[] };
}

/**
 * The figures the city is judged by, from stored data only, for one area and period. Definitions
 * (stated in the README and printed by `npm run -s stats`):
 * - alerts: alerts handed to dispatch (task_alert), by grade, whose source event falls in the period;
 * - on-time: accepted (or feedback given) before the first deadline; a task whose first deadline passed
 *   (an accept_overdue / feedback_overdue escalation) without it is late, counted when that deadline passed;
 * - 村级妥善处置率: tasks closed in the period that never escalated above the village ÷ tasks closed; a red
 *   alert's sync to the county duty officer (红色预警同步) informs the county and leaves the task with the
 *   village, so it is not an escalation here (an overdue deadline moving the task up is);
 * - 调处成功率: feedback reporting a successful mediation ÷ feedback reporting a mediation attempt;
 * - 万人成讼率: distinct civil court filings (status filed or closed; not mediation before filing,
 *   not criminal) of the period ÷ population × 10,000;
 * - prior alerts: households with a criminal 110 incident (category 刑事) or criminal court case (案由
 *   containing 罪) in the period, and whether an alert about the household came from an earlier event.
 */
// SQL through Prisma's $queryRaw with typed rows: counts with FILTER over joins and prefixes, which Prisma's
// client cannot express; TypedSQL would type them but `prisma generate --sql` needs the native schema
// engine (prisma/orm#28510).
export class DispatchStatistics {
  constructor(private readonly prisma: PrismaClient) {}

  async forArea(q: StatsQuery): Promise<AreaStats> {
    const [a] = await this.prisma.$queryRaw<{ code: string; name: string; level: AreaLevel; population: number }[]>`
      SELECT code, name, level::text AS level, population FROM division WHERE code = ${q.areaCode}`;
    if (!a) throw new Error(`unknown area ${q.areaCode}`);
    const prefix = a.code.slice(0, LEVEL_PREFIX_DIGITS[a.level]) + '%';
    const { from, to } = q;
    const one = <T extends object>(sql: Prisma.Sql) => this.prisma.$queryRaw<T[]>(sql);

    const [alerts, tasks, onTime, escalations, closedRows, mediation, filings, deliveries, prior] = await Promise.all([
      one<{ level: string; n: number }>(
        Prisma.sql`SELECT ta.risk_level AS level, count(*)::int AS n FROM task_alert ta
         JOIN normalized_event e ON e.event_id = ta.event_id
         WHERE e.division_code LIKE ${prefix} AND e.occurred_at >= ${from} AND e.occurred_at < ${to} GROUP BY 1`,
      ),
      one<{ created: number; closed: number; open_now: number; supervised: number; manual: number }>(
        Prisma.sql`SELECT count(*) FILTER (WHERE created_at >= ${from} AND created_at < ${to})::int AS created,
                count(*) FILTER (WHERE closed_at >= ${from} AND closed_at < ${to})::int AS closed,
                count(*) FILTER (WHERE state <> 'closed')::int AS open_now,
                count(*) FILTER (WHERE supervised AND created_at < ${to})::int AS supervised,
                count(*) FILTER (WHERE route_method = 'manual' AND created_at >= ${from} AND created_at < ${to})::int AS manual
         FROM grid_task WHERE division_code LIKE ${prefix}`,
      ),
      one<{
        accepted: number;
        accepted_on_time: number;
        late_unaccepted: number;
        feedback: number;
        feedback_on_time: number;
        late_without_feedback: number;
        overdue: number;
      }>(
        Prisma.sql`WITH missed AS (
           SELECT task_id, min(at) FILTER (WHERE reason = 'accept_overdue') AS accept_missed_at,
                  min(at) FILTER (WHERE reason = 'feedback_overdue') AS feedback_missed_at
           FROM escalation WHERE reason IN ('accept_overdue', 'feedback_overdue') GROUP BY task_id)
         SELECT count(*) FILTER (WHERE t.accepted_at >= ${from} AND t.accepted_at < ${to})::int AS accepted,
                count(*) FILTER (WHERE t.accepted_at >= ${from} AND t.accepted_at < ${to} AND t.accepted_on_time)::int AS accepted_on_time,
                count(*) FILTER (WHERE t.accepted_at IS NULL AND m.accept_missed_at >= ${from} AND m.accept_missed_at < ${to})::int AS late_unaccepted,
                count(*) FILTER (WHERE t.feedback_at >= ${from} AND t.feedback_at < ${to})::int AS feedback,
                count(*) FILTER (WHERE t.feedback_at >= ${from} AND t.feedback_at < ${to} AND t.feedback_on_time)::int AS feedback_on_time,
                count(*) FILTER (WHERE t.feedback_at IS NULL AND m.feedback_missed_at >= ${from} AND m.feedback_missed_at < ${to})::int
                  AS late_without_feedback,
                count(*) FILTER (WHERE t.state = 'reported' AND t.escalation_level <> 'village')::int AS overdue
         FROM grid_task t LEFT JOIN missed m ON m.task_id = t.task_id WHERE t.division_code LIKE ${prefix}`,
      ),
      one<{ key: string; n: number }>(
        Prisma.sql`SELECT e.reason || ':' || e.to_level AS key, count(*)::int AS n FROM escalation e JOIN grid_task t ON t.task_id = e.task_id
         WHERE t.division_code LIKE ${prefix} AND e.at >= ${from} AND e.at < ${to} GROUP BY 1`,
      ),
      one<{ closed: number; at_village: number }>(
        Prisma.sql`SELECT count(*)::int AS closed, count(*) FILTER (WHERE escalation_level = 'village')::int AS at_village
         FROM grid_task WHERE division_code LIKE ${prefix} AND closed_at >= ${from} AND closed_at < ${to}`,
      ),
      one<{ attempted: number; succeeded: number }>(
        Prisma.sql`SELECT count(*) FILTER (WHERE mediation IN ('success', 'failed'))::int AS attempted, count(*) FILTER (WHERE mediation = 'success')::int AS succeeded
         FROM grid_task WHERE division_code LIKE ${prefix} AND feedback_at >= ${from} AND feedback_at < ${to}`,
      ),
      one<{ n: number }>(
        Prisma.sql`SELECT count(DISTINCT e.source_ref)::int AS n FROM normalized_event e
         WHERE e.source = 'court' AND e.division_code LIKE ${prefix} AND e.occurred_at >= ${from} AND e.occurred_at < ${to}
           AND e.status IN ('filed', 'closed') AND coalesce(e.payload->'codes'->>'cause', '') !~ '罪|刑事'`,
      ),
      one<{ status: string; n: number }>(
        Prisma.sql`SELECT d.status, count(*)::int AS n FROM delivery d JOIN grid_task t ON t.task_id = d.task_id
         WHERE t.division_code LIKE ${prefix} AND d.created_at >= ${from} AND d.created_at < ${to} GROUP BY 1`,
      ),
      one<{ household_key: string; lead_days: number | null }>(
        Prisma.sql`WITH criminal AS (
           SELECT household_key, min(occurred_at) AS at FROM normalized_event
           WHERE division_code LIKE ${prefix} AND occurred_at >= ${from} AND occurred_at < ${to}
             AND ((source = 'police110' AND payload->'codes'->>'category' LIKE '%刑事%')
               OR (source = 'court' AND payload->'codes'->>'cause' ~ '罪|刑事'))
           GROUP BY household_key)
         SELECT c.household_key,
                (SELECT extract(epoch FROM c.at - min(e.occurred_at)) / 86400 FROM task_alert ta
                   JOIN grid_task t ON t.task_id = ta.task_id JOIN normalized_event e ON e.event_id = ta.event_id
                  WHERE t.household_key = c.household_key AND e.occurred_at < c.at) AS lead_days
         FROM criminal c`,
      ),
    ]);
    const t = tasks[0];
    const o = onTime[0];
    return {
      area: a,
      period: { from: q.from.toISOString(), to: q.to.toISOString(), days: (q.to.getTime() - q.from.getTime()) / 86_400_000 },
      alertsByLevel: Object.fromEntries(alerts.map((r) => [r.level, r.n])),
      tasks: { created: t.created, closed: t.closed, openNow: t.open_now, supervised: t.supervised, manualDispatch: t.manual },
      onTime: {
        accepted: o.accepted,
        acceptedOnTime: o.accepted_on_time,
        lateUnaccepted: o.late_unaccepted,
        feedback: o.feedback,
        feedbackOnTime: o.feedback_on_time,
        lateWithoutFeedback: o.late_without_feedback,
        overdueUnaccepted: o.overdue,
      },
      escalations: Object.fromEntries(escalations.map((r) => [r.key, r.n])),
      villageLevel: { closed: closedRows[0].closed, closedAtVillage: closedRows[0].at_village },
      mediation: { attempted: mediation[0].attempted, succeeded: mediation[0].succeeded },
      litigation: { civilFilings: filings[0].n, population: a.population },
      deliveries: Object.fromEntries(deliveries.map((r) => [r.status, r.n])),
      priorAlerts: {
        households: prior.length,
        withPriorAlert: prior.filter((p) => p.lead_days !== null).length,
        leadDays: prior.flatMap((p) => (p.lead_days === null ? [] : [Number(p.lead_days)])).sort((x, y) => x - y),
      },
    };
  }

  /** The areas one level below (counties of the city, townships of a county...), for the breakdown. */
  async childrenOf(areaCode: string): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ code: string }[]>`SELECT code FROM division WHERE parent_code = ${areaCode} ORDER BY code`;
    return rows.map((r) => r.code);
  }
}
