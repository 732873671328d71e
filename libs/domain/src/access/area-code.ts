import { type AreaLevel, LEVEL_PREFIX_DIGITS } from '../area/area-level';

/**
 * Area codes as the hub's people carry them: a 12-digit division code (市/县/乡/村, GB/T 2260 with the
 * township and village digits) or a grid code (the village code and 3–6 digits). A division covers every
 * code that starts with its significant digits: 411202000000 (湖滨区) covers 411202001001 and its grids.
 */
export type AreaCodeLevel = AreaLevel | 'grid';

export function isAreaCode(code: string): boolean {
  return /^\d{12}(\d{3,6})?$/.test(code);
}

export function areaLevelOf(code: string): AreaCodeLevel {
  if (!isAreaCode(code)) throw new Error(`not an area code: ${code}`);
  if (code.length > 12) return 'grid';
  if (code.endsWith('00000000')) return 'city';
  if (code.endsWith('000000')) return 'county';
  if (code.endsWith('000')) return 'township';
  return 'village';
}

/** The digits every code inside the area starts with (the whole code for a village or a grid). */
export function areaPrefix(code: string): string {
  const level = areaLevelOf(code);
  return level === 'grid' ? code : code.slice(0, LEVEL_PREFIX_DIGITS[level]);
}

/** Whether `code` (a division or grid code) lies within `area`. */
export function areaCovers(area: string, code: string | null | undefined): boolean {
  if (!code || !isAreaCode(area)) return false;
  return code.startsWith(areaPrefix(area));
}
