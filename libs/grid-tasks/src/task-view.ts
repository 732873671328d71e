import type { GridTask } from '@hub/domain';

/** A task as the API shows it: its placement, grade, state and deadlines; never the brief (household data). */
export function taskView(t: GridTask) {
  const p = t.props;
  return {
    taskId: p.taskId,
    householdKey: p.householdKey,
    divisionCode: p.divisionCode,
    centreCode: p.centreCode,
    villageCode: p.villageCode,
    gridCode: p.gridCode,
    workerId: p.workerId,
    routeMethod: p.routeMethod,
    routeReason: p.routeReason,
    riskLevel: p.riskLevel,
    riskScore: p.riskScore,
    state: p.state,
    escalationLevel: p.escalationLevel,
    supervised: p.supervised,
    acceptDueAt: p.acceptDueAt,
    feedbackDueAt: p.feedbackDueAt,
    acceptedAt: p.acceptedAt,
    feedbackAt: p.feedbackAt,
    nextRevisitAt: p.nextRevisitAt,
    revisitCount: p.revisitCount,
    closedAt: p.closedAt,
    alertCount: p.alertCount,
    mediation: p.mediation,
    createdAt: p.createdAt,
  };
}
export type TaskView = ReturnType<typeof taskView>;
