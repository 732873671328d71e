"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.admitUpstreamMessage = admitUpstreamMessage;
exports.eventIdFor = eventIdFor;
exports.normalizeAddress = normalizeAddress;
const node_crypto_1 = require("node:crypto");
const contracts_1 = require("../../../contracts/src");
const person_identity_1 = require("../identity/person-identity");
const rejection_1 = require("./rejection");
/** Parse before you think: bytes in, a normalized event out, or a Rejection with a reason. */
function admitUpstreamMessage(source, value, ctx) {
    if (!value || value.length === 0)
        throw new rejection_1.Rejection('not_json', 'empty message value');
    if (value.length > ctx.policy.maxMessageBytes) {
        throw new rejection_1.Rejection('message_too_large', `${value.length} bytes > ${ctx.policy.maxMessageBytes}`);
    }
    let raw;
    try {
        raw = JSON.parse(value.toString('utf8'));
    }
    catch (e) {
        throw new rejection_1.Rejection('not_json', e.message.slice(0, 200));
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw new rejection_1.Rejection('wrong_shape', `top level is ${Array.isArray(raw) ? 'an array' : typeof raw}, expected an object`);
    }
    const feed = contracts_1.FEEDS[source];
    const version = raw.schemaVersion;
    if (version !== feed.schemaVersion) {
        throw new rejection_1.Rejection('unsupported_version', version === undefined ? 'schemaVersion is missing' : `schemaVersion ${JSON.stringify(version)} on ${feed.topic}`);
    }
    const parsed = feed.schema.safeParse(raw);
    if (!parsed.success)
        throw rejectionFromIssues(parsed.error.issues, raw);
    return normalize(source, parsed.data, ctx);
}
function valueAt(raw, path) {
    let cur = raw;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
function rejectionFromIssues(issues, raw) {
    const issue = issues[0];
    const where = issue.path.join('.') || '(root)';
    const detail = `${where}: ${issue.message}`;
    switch (issue.code) {
        case 'invalid_type':
            return new rejection_1.Rejection(valueAt(raw, issue.path) === undefined ? 'missing_field' : 'wrong_type', detail);
        case 'invalid_format':
            return new rejection_1.Rejection(issue.format === 'datetime' ? 'invalid_date' : 'invalid_value', detail);
        default:
            return new rejection_1.Rejection('invalid_value', detail);
    }
}
/** Deterministic UUID (v5 layout over SHA-1) so the same source revision always gets the same event id. */
function eventIdFor(source, sourceRef, revision) {
    const h = (0, node_crypto_1.createHash)('sha1').update(`${source}|${sourceRef}|${revision}`).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const hex = h.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** Address text folded so that one household's address spellings meet: width, spaces, punctuation. */
function normalizeAddress(text) {
    return text
        .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/[\s,，.。、\-—_#()（）]/g, '')
        .replace(/号楼/g, '栋')
        .toUpperCase();
}
function shapeOf(source, m) {
    switch (source) {
        case 'police110': {
            const p = m;
            return {
                sourceRef: p.incidentNo,
                revision: p.revision,
                status: p.status,
                occurredAt: p.receivedAt,
                texts: { main: p.callText, disposition: p.dispositionText },
                codes: { category: p.category.name, subCategory: p.subCategory?.name },
                location: p.address,
                persons: p.persons,
                attributes: { policeStation: p.policeStation.name, categoryCode: p.category.code, ...(p.subCategory ? { subCategoryCode: p.subCategory.code } : {}) },
            };
        }
        case 'court': {
            const c = m;
            return {
                sourceRef: c.caseNo,
                revision: c.revision,
                status: c.status,
                occurredAt: c.filedAt,
                texts: { main: c.claimsText },
                codes: { cause: c.cause.name },
                location: c.address,
                persons: c.parties,
                attributes: { court: c.court.name, causeCode: c.cause.code },
            };
        }
        case 'petition': {
            const p = m;
            return {
                sourceRef: p.petitionNo,
                revision: p.revision,
                status: p.status,
                occurredAt: p.receivedAt,
                texts: { main: p.content, subject: p.subject },
                codes: { category: p.category.name },
                location: p.address,
                persons: p.petitioners.map((x) => ({ ...x, role: 'petitioner' })),
                attributes: {
                    channel: p.channel,
                    repeat: p.repeat,
                    collective: p.collective,
                    levelSkipped: p.levelSkipped,
                    levelReached: p.levelReached,
                },
            };
        }
    }
}
function normalize(source, message, ctx) {
    const s = shapeOf(source, message);
    const flags = new Set();
    for (const [field, text] of Object.entries(s.texts)) {
        if (text && Array.from(text).length > ctx.policy.maxTextChars) {
            throw new rejection_1.Rejection('text_too_long', `${field} has ${Array.from(text).length} characters > ${ctx.policy.maxTextChars}`);
        }
    }
    const occurred = new Date(s.occurredAt);
    const limit = ctx.now.getTime() + ctx.policy.futureToleranceMinutes * 60_000;
    if (occurred.getTime() > limit) {
        throw new rejection_1.Rejection('future_date', `${s.occurredAt} is later than now + ${ctx.policy.futureToleranceMinutes} min`);
    }
    if (!s.texts.main.trim())
        flags.add('empty_text');
    if (!ctx.divisions.isKnown(s.location.divisionCode))
        flags.add('unknown_division');
    const persons = s.persons.map((p) => normalizePerson(p, ctx.identity, flags));
    const householdKey = `hh_${ctx.identity.hash('address', `${s.location.divisionCode}|${normalizeAddress(s.location.text)}`)}`;
    return {
        schemaVersion: 1,
        eventId: eventIdFor(source, s.sourceRef, s.revision),
        source,
        sourceRef: s.sourceRef,
        revision: s.revision,
        status: s.status,
        occurredAt: occurred.toISOString(),
        receivedAt: ctx.now.toISOString(),
        texts: dropUndefined(s.texts),
        codes: dropUndefined(s.codes),
        location: dropUndefined(s.location),
        householdKey,
        persons,
        flags: [...flags].sort(),
        attributes: s.attributes,
        correlationId: ctx.correlationId,
    };
}
function normalizePerson(p, identity, flags) {
    const out = { role: p.role, name: p.name.trim(), nameMasked: (0, person_identity_1.maskName)(p.name) };
    if (p.idNumber) {
        const id = (0, person_identity_1.normalizeIdNumber)(p.idNumber);
        out.idHash = identity.hash('id', id);
        out.idMasked = (0, person_identity_1.maskIdNumber)(id);
        out.idValid = (0, person_identity_1.isValidIdNumber)(id);
        if (!out.idValid)
            flags.add('invalid_id_number');
    }
    if (p.phone) {
        const phone = (0, person_identity_1.normalizePhone)(p.phone);
        out.phoneHash = identity.hash('phone', phone);
        out.phoneMasked = (0, person_identity_1.maskPhone)(phone);
        if (!(0, person_identity_1.isValidPhone)(phone))
            flags.add('invalid_phone');
    }
    if (p.gender)
        out.gender = p.gender;
    if (p.age !== undefined)
        out.age = p.age;
    return out;
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
//# sourceMappingURL=admission.js.map