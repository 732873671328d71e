/**
 * The area hierarchy's levels (市/县/乡/村) and how division codes nest: the one definition that
 * routing, escalation, messages, access scopes, back-testing and the area import all use.
 */

/** Levels of the area hierarchy a task is answered at, lowest first; a missed deadline moves it one up. */
export const AREA_LEVELS = ['village', 'township', 'county', 'city'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];
export const AREA_LEVEL_ZH: Record<AreaLevel, string> = { village: '村（社区）', township: '乡镇（街道）', county: '县（区）', city: '市' };

/** Digits a division's descendants share (GB/T 2260 county code + township + village digits). */
export const LEVEL_PREFIX_DIGITS: Record<AreaLevel, number> = { city: 4, county: 6, township: 9, village: 12 };

/**
 * The code of the centre answering at a level, from any code beneath it: division codes nest by prefix
 * (6 digits county, 9 township, 12 village), so a village's township centre is its first 9 digits + 000.
 */
export function centreCodeAt(level: AreaLevel, code: string): string {
  const digits = LEVEL_PREFIX_DIGITS[level];
  return digits >= 12 ? code : code.slice(0, digits).padEnd(12, '0');
}
