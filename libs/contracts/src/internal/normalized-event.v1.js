"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NormalizedEventV1 = exports.NormalizedPerson = exports.IngestFlag = exports.FeedSource = void 0;
const zod_1 = require("zod");
const common_1 = require("../common");
exports.FeedSource = zod_1.z.enum(['police110', 'court', 'petition']);
/** Flags an event may carry: it passed, but something in it needs a person's eye. */
exports.IngestFlag = zod_1.z.enum([
    'invalid_id_number', // 身份证号校验位错误
    'unknown_division', // 行政区划代码不在本市
    'empty_text', // 正文为空
    'invalid_phone', // 电话号码格式错误
]);
/** A person after ingestion: identifiers only as keyed hashes (for linking) and masks (for display). */
exports.NormalizedPerson = zod_1.z.object({
    role: zod_1.z.string(),
    name: zod_1.z.string(),
    nameMasked: zod_1.z.string(),
    idHash: zod_1.z.string().optional(),
    idMasked: zod_1.z.string().optional(),
    idValid: zod_1.z.boolean().optional(),
    phoneHash: zod_1.z.string().optional(),
    phoneMasked: zod_1.z.string().optional(),
    gender: common_1.Gender.optional(),
    age: zod_1.z.number().int().optional(),
});
/** The one internal event all three feeds map to. Topic hub.event.normalized.v1, key: householdKey. */
exports.NormalizedEventV1 = zod_1.z.object({
    schemaVersion: zod_1.z.literal(1),
    eventId: zod_1.z.string().uuid(),
    source: exports.FeedSource,
    sourceRef: zod_1.z.string(),
    revision: zod_1.z.number().int().min(1),
    status: zod_1.z.string(),
    occurredAt: common_1.Timestamp,
    receivedAt: common_1.Timestamp,
    texts: zod_1.z.object({
        main: zod_1.z.string(),
        disposition: zod_1.z.string().optional(),
        subject: zod_1.z.string().optional(),
    }),
    codes: zod_1.z.object({
        category: zod_1.z.string().optional(),
        subCategory: zod_1.z.string().optional(),
        cause: zod_1.z.string().optional(),
    }),
    location: zod_1.z.object({
        text: zod_1.z.string(),
        divisionCode: common_1.DivisionCode,
        gridCode: zod_1.z.string().optional(),
        lat: zod_1.z.number().optional(),
        lng: zod_1.z.number().optional(),
    }),
    householdKey: zod_1.z.string(),
    persons: zod_1.z.array(exports.NormalizedPerson),
    flags: zod_1.z.array(exports.IngestFlag),
    attributes: zod_1.z.record(zod_1.z.string(), zod_1.z.union([zod_1.z.string(), zod_1.z.boolean(), zod_1.z.number()])),
    correlationId: zod_1.z.string(),
});
//# sourceMappingURL=normalized-event.v1.js.map