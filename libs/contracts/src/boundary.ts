/**
 * What the hub does at its edge to values that pass a schema but cannot be stored or printed safely.
 * The rules are part of the contract (the AsyncAPI document states them), so they live here.
 */

/** NUL (PostgreSQL text and jsonb cannot hold it) and UTF-16 halves without their pair (not Unicode; jsonb refuses them). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A text without NUL and lone surrogates, and how many were removed. */
export function cleanText(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(UNSTORABLE, () => {
    removed++;
    return '';
  });
  return { text, removed };
}

/**
 * Every string in a parsed JSON value, keys included, cleaned as by `cleanText`; returns the cleaned value
 * and the number of characters removed (0: the value is returned as it was).
 */
export function cleanStrings(value: unknown): { value: unknown; removed: number } {
  let removed = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const c = cleanText(v);
      removed += c.removed;
      return c.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[walk(k) as string] = walk(x);
      return out;
    }
    return v;
  };
  const cleaned = walk(value);
  return { value: removed ? cleaned : value, removed };
}

/** Longest correlation id kept; a longer one is replaced (it is logged and copied into every job). */
export const MAX_CORRELATION_ID_LENGTH = 128;
const CORRELATION_ID = /^[\x21-\x7E]{1,128}$/;

/**
 * The correlation id to carry: upstream's when it is 1-128 printable ASCII characters, else a new one
 * (`replaced`: the event is flagged, the original is left on the message only).
 */
export function correlationIdFrom(header: string | undefined, fresh: () => string): { id: string; replaced: boolean } {
  if (header === undefined) return { id: fresh(), replaced: false };
  if (CORRELATION_ID.test(header)) return { id: header, replaced: false };
  return { id: fresh(), replaced: true };
}

/** Header upstream may set to say its value is not UTF-8 (only the GB family is accepted). */
export const CHARSET_HEADER = 'x-charset';
const GB_FAMILY = /^(gb18030|gbk|gb2312|cp936|x-gbk)$/i;

export type DecodedValue = { ok: true; text: string; transcoded: boolean } | { ok: false; detail: string };

/**
 * A message value as text. UTF-8 unless `x-charset` names GB18030 (or GBK/GB2312, its subsets), which older
 * government systems still write. Bytes that are not valid in the declared encoding are refused, never
 * replaced by U+FFFD: a call text turned into replacement characters would be classified as nothing.
 */
export function decodeValue(value: Buffer, charset?: string): DecodedValue {
  const declared = charset?.trim();
  const gb = !!declared && GB_FAMILY.test(declared);
  if (declared && !gb && !/^utf-?8$/i.test(declared))
    return { ok: false, detail: `x-charset "${declared.slice(0, 40)}" is not accepted (utf-8, gb18030)` };
  try {
    const text = new TextDecoder(gb ? 'gb18030' : 'utf-8', { fatal: true, ignoreBOM: false }).decode(value);
    return { ok: true, text, transcoded: gb };
  } catch {
    const at = gb ? '' : ` at byte ${firstInvalidUtf8(value)}`;
    return { ok: false, detail: `not valid ${gb ? 'GB18030' : 'UTF-8'}${at}` };
  }
}

/** Where UTF-8 decoding first fails (for the dead-letter detail). */
function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}
