"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PetitionV1 = void 0;
const zod_1 = require("zod");
const common_1 = require("../common");
/**
 * Petition (信访), one message per revision.
 * Topic: petition.case.received.v1, key: the petition number.
 */
exports.PetitionV1 = zod_1.z
    .object({
    schemaVersion: zod_1.z.literal(1),
    petitionNo: zod_1.z.string().regex(/^[A-Za-z0-9-]{6,40}$/, 'petition number (信访件编号): 6-40 letters, digits or dashes'),
    revision: zod_1.z.number().int().min(1),
    channel: zod_1.z.enum(['letter', 'visit', 'online', 'hotline']).describe('letter 来信, visit 来访, online 网上, hotline 热线'),
    receivedAt: common_1.Timestamp,
    petitioners: zod_1.z.array(common_1.UpstreamPerson).min(1).max(200),
    subject: zod_1.z.string().max(200).describe('subject (信访事项)'),
    content: zod_1.z.string().describe('content (信访内容)'),
    category: common_1.CodeName.describe('category (问题分类)'),
    repeat: zod_1.z.boolean().describe('repeated petition (重复访)'),
    collective: zod_1.z.boolean().describe('group petition (集体访)'),
    levelSkipped: zod_1.z.boolean().describe('skipped a level (越级访)'),
    levelReached: zod_1.z.enum(['province', 'city', 'county', 'township']).describe('highest level reached'),
    status: zod_1.z.enum(['registered', 'accepted', 'handling', 'replied', 'closed']),
    address: common_1.Address,
});
//# sourceMappingURL=petition.v1.js.map