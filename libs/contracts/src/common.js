"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UpstreamPerson = exports.Address = exports.CodeName = exports.Gender = exports.Timestamp = exports.DivisionCode = void 0;
const zod_1 = require("zod");
/** 12-digit administrative division code (行政区划代码, GB/T 2260 + statistical village codes). */
exports.DivisionCode = zod_1.z
    .string()
    .regex(/^\d{12}$/, 'division code must be 12 digits (行政区划代码)')
    .describe('12-digit administrative division code (行政区划代码)');
/** ISO-8601 timestamp with an offset; upstream systems send Beijing time (+08:00) or UTC. */
exports.Timestamp = zod_1.z.iso.datetime({ offset: true }).describe('ISO-8601 date-time with offset');
exports.Gender = zod_1.z.enum(['M', 'F', 'U']).describe('M male 男, F female 女, U unknown 未知');
exports.CodeName = zod_1.z.object({
    code: zod_1.z.string().min(1).max(32),
    name: zod_1.z.string().min(1).max(64),
});
exports.Address = zod_1.z.object({
    text: zod_1.z.string().max(500).describe('address as recorded (地址)'),
    divisionCode: exports.DivisionCode,
    gridCode: zod_1.z
        .string()
        .regex(/^\d{12}\d{3,6}$/, 'grid code is the village division code followed by 3-6 digits')
        .optional()
        .describe('grid code (网格编码) when the upstream system knows it'),
    lat: zod_1.z.number().min(-90).max(90).optional(),
    lng: zod_1.z.number().min(-180).max(180).optional(),
});
/** A person as upstream systems send them. ID numbers and phones are hashed and masked at ingestion. */
exports.UpstreamPerson = zod_1.z.object({
    name: zod_1.z.string().min(1).max(64).describe('name (姓名)'),
    idNumber: zod_1.z.string().max(32).optional().describe('resident ID number (身份证号), GB 11643'),
    phone: zod_1.z.string().max(32).optional().describe('phone number (联系电话)'),
    gender: exports.Gender.optional(),
    age: zod_1.z.number().int().min(0).max(130).optional(),
});
//# sourceMappingURL=common.js.map