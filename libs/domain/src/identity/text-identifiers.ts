import {
  isValidIdNumber,
  isValidPhone,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
  type PersonIdentity,
} from './person-identity';

/** An ID or phone number found inside free text: masked in the text, kept as a keyed hash to link by. */
export interface TextIdentifier {
  kind: 'id' | 'phone';
  hash: string;
  masked: string;
}

// Digits as clerks type them, ASCII or full-width; never inside a longer run of digits.
const D = '[0-9\\uFF10-\\uFF19]';
const ID_NUMBER = `${D}{17}[0-9Xx\\uFF10-\\uFF19\\uFF38\\uFF58]`;
const MOBILE = `(?:\\+?86[-\\s]?)?[1\\uFF11][3-9\\uFF13-\\uFF19]${D}(?:[-\\s]?${D}{4}){2}`;
const LANDLINE = `0${D}{2,3}[-\\s]?${D}{7,8}`;
const IDENTIFIERS = new RegExp(`(?<![0-9\\uFF10-\\uFF19])(?:(${ID_NUMBER})|(${MOBILE})|(${LANDLINE}))(?![0-9Xx\\uFF10-\\uFF19])`, 'g');

/**
 * Masks the ID and phone numbers inside a narrative (or, without an identity to hash them with, a
 * reason or note typed into the API, which is stored and shown as it is masked) (a caller dictating a number, a clerk pasting one
 * into the claims) as the structured fields are masked, and returns their keyed hashes so that the
 * record still links to others naming the same person. Only numbers that validate are treated as such:
 * a case number or an amount is left alone.
 */
export function maskIdentifiersInText(text: string, identity?: PersonIdentity): { text: string; found: TextIdentifier[] } {
  const found: TextIdentifier[] = [];
  const masked = text.replace(IDENTIFIERS, (match: string, id?: string, mobile?: string, landline?: string) => {
    if (id) {
      const n = normalizeIdNumber(id);
      if (!isValidIdNumber(n)) return match;
      const m = maskIdNumber(n);
      if (identity) found.push({ kind: 'id', hash: identity.hash('id', n), masked: m });
      return m;
    }
    const n = normalizePhone(mobile ?? landline ?? '');
    if (!isValidPhone(n)) return match;
    const m = maskPhone(n);
    if (identity) found.push({ kind: 'phone', hash: identity.hash('phone', n), masked: m });
    return m;
  });
  return { text: masked, found };
}
