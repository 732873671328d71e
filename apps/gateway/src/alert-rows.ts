/**
 * An alert as duty officers see it (the list, the live board, one alert): the assessment with its area,
 * grade, score, factors and evidence, its dispute thread's opaque id and the task it went to, plus
 * what a caller adds. Followed by the caller's WHERE clause.
 */
export function alertSelect(more: { columns?: string; joins?: string } = {}): string {
  return `
  SELECT a.assessment_id AS "assessmentId", a.source, a.source_ref AS "sourceRef", a.revision, a.occurred_at AS "occurredAt",
         a.assessed_at AS "assessedAt", a.division_code AS "divisionCode", d.name AS "divisionName", a.grid_code AS "gridCode",
         a.domain, a.risk_score AS "riskScore", a.risk_level AS "riskLevel", th.thread_id AS "threadId", a.factors, a.links,
         a.rules_version AS "rulesVersion",
         (SELECT ta.task_id FROM task_alert ta WHERE ta.assessment_id = a.assessment_id LIMIT 1) AS "taskId"${more.columns ? `, ${more.columns}` : ''}
  FROM risk_assessment a LEFT JOIN division d ON d.code = a.division_code LEFT JOIN dispute_thread th ON th.thread_key = a.thread_key
  ${more.joins ?? ''}`;
}

export interface AlertRow {
  assessmentId: string;
  divisionCode: string;
  gridCode: string | null;
  riskLevel: string;
  taskId: string | null;
}
