"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JOB_SCHEMAS = exports.GridAlertRaisedV1 = exports.RiskLevel = exports.JobName = exports.QueueName = void 0;
exports.gridAlertJobId = gridAlertJobId;
const zod_1 = require("zod");
const common_1 = require("../common");
/** BullMQ queue names. Values are never renamed; a breaking payload change is a new job name. */
var QueueName;
(function (QueueName) {
    QueueName["GridAlerts"] = "grid-alerts";
})(QueueName || (exports.QueueName = QueueName = {}));
var JobName;
(function (JobName) {
    JobName["GridAlertRaised"] = "grid-alert.raised.v1";
})(JobName || (exports.JobName = JobName = {}));
exports.RiskLevel = zod_1.z.enum(['red', 'orange', 'yellow', 'blue', 'none']);
/**
 * An alert handed from the risk engine to dispatch. Carries references, never raw personal data:
 * dispatch reads what a recipient may see from the database under its own rules.
 * Job id: `alert:<assessmentId>` so a relayed outbox row never makes two jobs.
 */
exports.GridAlertRaisedV1 = zod_1.z.object({
    schemaVersion: zod_1.z.literal(1),
    assessmentId: zod_1.z.string().uuid(),
    eventId: zod_1.z.string().uuid(),
    householdKey: zod_1.z.string(),
    divisionCode: common_1.DivisionCode,
    gridCode: zod_1.z.string().optional(),
    riskLevel: exports.RiskLevel,
    riskScore: zod_1.z.number().min(0).max(100),
    correlationId: zod_1.z.string(),
    raisedAt: zod_1.z.iso.datetime({ offset: true }),
});
/** The payload schema of every job, by name: one place that both producer and worker parse with. */
exports.JOB_SCHEMAS = {
    [JobName.GridAlertRaised]: { queue: QueueName.GridAlerts, schema: exports.GridAlertRaisedV1 },
};
function gridAlertJobId(assessmentId) {
    return `alert:${assessmentId}`;
}
//# sourceMappingURL=queues.js.map