"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Police110IncidentV1 = exports.PoliceRole = void 0;
const zod_1 = require("zod");
const common_1 = require("../common");
/** Roles of persons in a 110 incident. */
exports.PoliceRole = zod_1.z
    .enum(['caller', 'party', 'victim', 'suspect', 'witness'])
    .describe('caller 报警人, party 当事人, victim 受害人, suspect 嫌疑人, witness 证人');
/**
 * 110 dispatch incident (接处警), one message per revision: the dispatch system publishes the incident
 * when received and again as it moves on (dispatched, on scene, closed with the officers' disposition).
 * Topic: police110.incident.reported.v1, key: the household's division code + address hash, else the incident number.
 */
exports.Police110IncidentV1 = zod_1.z
    .object({
    schemaVersion: zod_1.z.literal(1),
    incidentNo: zod_1.z
        .string()
        .regex(/^[A-Za-z0-9-]{6,40}$/, 'incident number (警情编号): 6-40 letters, digits or dashes'),
    revision: zod_1.z.number().int().min(1).describe('increases with every update of the incident'),
    status: zod_1.z
        .enum(['received', 'dispatched', 'on_scene', 'closed'])
        .describe('received 接警, dispatched 派警, on_scene 到场, closed 结束(含处警反馈)'),
    receivedAt: common_1.Timestamp.describe('time the call was received (接警时间)'),
    dispatchedAt: common_1.Timestamp.optional(),
    arrivedAt: common_1.Timestamp.optional(),
    closedAt: common_1.Timestamp.optional(),
    category: common_1.CodeName.describe('incident category (警情类别), e.g. 纠纷, 治安, 刑事'),
    subCategory: common_1.CodeName.optional().describe('sub-category (警情细类), e.g. 家庭纠纷, 婚恋纠纷, 邻里纠纷'),
    callText: zod_1.z.string().describe('call text (报警内容)'),
    dispositionText: zod_1.z.string().optional().describe("officers' disposition (处警反馈)"),
    address: common_1.Address,
    policeStation: common_1.CodeName.describe('responsible police station (管辖派出所)'),
    persons: zod_1.z.array(common_1.UpstreamPerson.extend({ role: exports.PoliceRole })).max(50),
});
//# sourceMappingURL=police110-incident.v1.js.map