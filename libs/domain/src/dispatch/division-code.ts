import type { AreaLevel } from './escalation-policy';

/** Digits a division's descendants share (GB/T 2260 county code + township + village digits). */
export const LEVEL_PREFIX_DIGITS: Record<AreaLevel, number> = { city: 4, county: 6, township: 9, village: 12 };

/**
 * The code of the centre answering at a level, from any code beneath it: division codes nest by prefix
 * (6 digits county, 9 township, 12 village), so a village's township centre is its first 9 digits + 000.
 * The one definition of this rule; routing, escalation and messages all use it.
 */
export function centreCodeAt(level: AreaLevel, code: string): string {
  const digits = LEVEL_PREFIX_DIGITS[level];
  return digits >= 12 ? code : code.slice(0, digits).padEnd(12, '0');
}
