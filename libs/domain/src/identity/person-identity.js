"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PersonIdentity = void 0;
exports.normalizeIdNumber = normalizeIdNumber;
exports.isValidIdNumber = isValidIdNumber;
exports.normalizePhone = normalizePhone;
exports.isValidPhone = isValidPhone;
exports.maskIdNumber = maskIdNumber;
exports.maskPhone = maskPhone;
exports.maskName = maskName;
const node_crypto_1 = require("node:crypto");
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** Upper-case, full-width digits and letters folded to ASCII, spaces dropped: how clerks type ID numbers. */
function normalizeIdNumber(raw) {
    return raw
        .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/\s+/g, '')
        .toUpperCase();
}
/** GB 11643-1999: 17 digits and a MOD 11-2 check character, with a plausible birth date. */
function isValidIdNumber(id) {
    if (!/^\d{17}[\dX]$/.test(id))
        return false;
    const y = Number(id.slice(6, 10));
    const m = Number(id.slice(10, 12));
    const d = Number(id.slice(12, 14));
    const birth = new Date(Date.UTC(y, m - 1, d));
    if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d)
        return false;
    let sum = 0;
    for (let i = 0; i < 17; i++)
        sum += Number(id[i]) * ID_WEIGHTS[i];
    return ID_CHECK[sum % 11] === id[17];
}
/** Mainland phone numbers: 11-digit mobiles, or landlines with area code; +86 and separators dropped. */
function normalizePhone(raw) {
    return raw
        .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/^\+?86[-\s]?/, '')
        .replace(/[^\d]/g, '');
}
function isValidPhone(phone) {
    return /^1[3-9]\d{9}$/.test(phone) || /^0\d{9,11}$/.test(phone);
}
/** GB/T 35273 style display masks: keep the first and last four, e.g. 4112**********1234. */
function maskIdNumber(id) {
    if (id.length <= 8)
        return '*'.repeat(id.length);
    return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}
function maskPhone(phone) {
    if (phone.length <= 7)
        return '*'.repeat(phone.length);
    return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
/** 张三 → 张*, 欧阳娜娜 → 欧**娜: enough for an officer to recognise, not to search. */
function maskName(name) {
    const chars = Array.from(name.trim());
    if (chars.length <= 1)
        return chars.join('');
    if (chars.length === 2)
        return chars[0] + '*';
    return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
/**
 * Keyed hashing of identifiers: the same person hashes alike across feeds, but the hash cannot be
 * reversed or recomputed without the key, which never leaves the hub's configuration.
 */
class PersonIdentity {
    key;
    constructor(key) {
        this.key = key;
        if (key.length < 16)
            throw new Error('person hash key must be at least 16 characters');
    }
    hash(kind, value) {
        return (0, node_crypto_1.createHmac)('sha256', this.key).update(`${kind}:${value}`).digest('base64url').slice(0, 32);
    }
}
exports.PersonIdentity = PersonIdentity;
//# sourceMappingURL=person-identity.js.map