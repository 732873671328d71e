import { createHmac } from 'node:crypto';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Upper-case, full-width digits and letters folded to ASCII, spaces dropped: how clerks type ID numbers. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** GB 11643-1999: 17 digits and a MOD 11-2 check character, with a plausible birth date. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17];
}

/** Mainland phone numbers: 11-digit mobiles, or landlines with area code; +86 and separators dropped. */
export function normalizePhone(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^\+?86[-\s]?/, '')
    .replace(/[^\d]/g, '');
}

export function isValidPhone(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone) || /^0\d{9,11}$/.test(phone);
}

/** GB/T 35273 style display masks: keep the first and last four, e.g. 4112**********1234. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** 张三 → 张*, 欧阳娜娜 → 欧**娜: enough for an officer to recognise, not to search. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/**
 * Keyed hashing of identifiers: the same person hashes alike across feeds, but the hash cannot be
 * reversed or recomputed without the key, which never leaves the hub's configuration.
 *
 * Key rotation: the hub keeps no raw identifiers, so stored hashes cannot be recomputed under a new
 * key. Each rotation key instead wraps the hash (`rewrapHash`): the re-hash job applies it to every
 * stored hash, and from then on new hashes carry the same wrap, so old and new records still link,
 * while the earlier keys alone no longer let anyone test a guess against what is stored.
 */
export class PersonIdentity {
  constructor(
    private readonly key: string,
    private readonly rotationKeys: readonly string[] = [],
  ) {
    if ([key, ...rotationKeys].some((k) => k.length < 16)) throw new Error('person hash keys must be at least 16 characters');
  }

  hash(kind: 'id' | 'phone' | 'name' | 'address', value: string): string {
    const base = createHmac('sha256', this.key).update(`${kind}:${value}`).digest('base64url').slice(0, 32);
    return this.rotationKeys.reduce((h, k) => rewrapHash(k, h), base);
  }
}

/** One rotation's wrap of a stored hash (kind-free: the inner hash already separates kinds). */
export function rewrapHash(rotationKey: string, hash: string): string {
  return createHmac('sha256', rotationKey).update(`rotate:${hash}`).digest('base64url').slice(0, 32);
}
