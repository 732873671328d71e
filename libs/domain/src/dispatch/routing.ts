import { normalizeAddress } from '../ingestion/admission';
import { type AreaLevel, centreCodeAt } from '../area/area-level';

/**
 * Which grid owns an alert (属地): the upstream grid code, else the division code plus the address
 * text matched against village/community and street names, else the coordinates against known grid
 * geometry; when nothing matches, the township centre's manual-dispatch queue, with the reason.
 */
export interface AreaDivision {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  /** Other names the place goes by in addresses: streets, roads, old village names. */
  placeNames: string[];
}

export interface AreaGrid {
  code: string;
  name: string;
  villageCode: string;
  /** Parts of addresses the grid covers: village groups (3组), roads (人民路), estates. */
  placeNames: string[];
  /** Outline as [lng, lat] points, when the grid's geometry is known. */
  outline?: [number, number][];
}

export interface AreaIndex {
  division(code: string): AreaDivision | undefined;
  grid(code: string): AreaGrid | undefined;
  /** Villages/communities at or under a division. */
  villagesUnder(code: string): AreaDivision[];
  gridsOf(villageCode: string): AreaGrid[];
  /** Grids that have an outline. */
  gridsWithOutline(): AreaGrid[];
}

export interface AlertLocation {
  text: string;
  divisionCode: string;
  gridCode?: string;
  lat?: number;
  lng?: number;
}

export type RouteMethod = 'grid_code' | 'address' | 'coordinates' | 'manual';

export interface RoutingDecision {
  method: RouteMethod;
  gridCode: string | null;
  villageCode: string | null;
  /** The township whose centre oversees the task (and takes it by hand when no grid matched). */
  centreCode: string | null;
  /** Why, in words a township officer reads. */
  reason: string;
}

export function routeAlert(loc: AlertLocation, index: AreaIndex): RoutingDecision {
  const notes: string[] = [];
  if (loc.gridCode) {
    const grid = index.grid(loc.gridCode);
    if (grid) return viaGrid('grid_code', grid, index, `上游提供网格编码 ${grid.code}（${grid.name}）`);
    notes.push(`上游网格编码 ${loc.gridCode} 不在本市网格库中`);
  }

  const byAddress = matchAddress(loc, index);
  if (byAddress) return viaGrid('address', byAddress.grid, index, [...notes, byAddress.why].join('；'));
  // The address text itself is never copied into the reason: it may carry a name or a phone number, and
  // reasons are shown to officers beyond the grid worker and sent in duty officers' messages.
  notes.push(loc.text.trim() ? `地址未匹配到区划 ${loc.divisionCode} 下的村（社区）` : '无地址文本');

  if (loc.lat !== undefined && loc.lng !== undefined) {
    const grid = index.gridsWithOutline().find((g) => g.outline && pointInPolygon(loc.lng!, loc.lat!, g.outline));
    if (grid) return viaGrid('coordinates', grid, index, [...notes, `坐标 (${loc.lat}, ${loc.lng}) 落在网格 ${grid.name} 内`].join('；'));
    notes.push('坐标不在任何已知网格范围内');
  } else {
    notes.push('无坐标');
  }

  const centre = centreFor(loc.divisionCode, index);
  return {
    method: 'manual',
    gridCode: null,
    villageCode: null,
    centreCode: centre?.code ?? null,
    reason: [...notes, centre ? `转${centre.name}综治中心人工分派` : `区划 ${loc.divisionCode} 不在本市，转人工分派`].join('；'),
  };
}

function viaGrid(method: RouteMethod, grid: AreaGrid, index: AreaIndex, reason: string): RoutingDecision {
  return {
    method,
    gridCode: grid.code,
    villageCode: grid.villageCode,
    centreCode: centreFor(grid.villageCode, index)?.code ?? null,
    reason,
  };
}

/** Place names are normalised once: routing compares every alert's address with hundreds of them. */
const normalizedNames = new Map<string, string>();
function normalizedName(name: string): string {
  let n = normalizedNames.get(name);
  if (n === undefined) {
    n = normalizeAddress(name);
    if (normalizedNames.size > 200_000) normalizedNames.clear();
    normalizedNames.set(name, n);
  }
  return n;
}

function matchAddress(loc: AlertLocation, index: AreaIndex): { grid: AreaGrid; why: string } | undefined {
  const text = normalizeAddress(loc.text);
  if (!text) return undefined;
  const villages = index.villagesUnder(loc.divisionCode);
  let best: { village: AreaDivision; name: string } | undefined;
  let tied = false;
  for (const v of villages) {
    let own: string | undefined;
    for (const name of [v.name, ...v.placeNames]) {
      if (name.length >= 2 && text.includes(normalizedName(name)) && (!own || name.length > own.length)) own = name;
    }
    if (!own) continue;
    if (!best || own.length > best.name.length) [best, tied] = [{ village: v, name: own }, false];
    else if (own.length === best.name.length) tied = true;
  }
  // A street name shared by several communities does not say which one: better a person decides.
  if (tied) return undefined;
  // A village-level division code with an address that does not name the village still places the household.
  if (!best && villages.length === 1 && villages[0].code === loc.divisionCode) best = { village: villages[0], name: '' };
  if (!best) return undefined;
  const grids = index.gridsOf(best.village.code);
  if (!grids.length) return undefined;
  let grid: { grid: AreaGrid; name: string } | undefined;
  for (const g of grids) {
    for (const name of g.placeNames) {
      if (containsPlace(text, normalizedName(name)) && (!grid || name.length > grid.name.length)) grid = { grid: g, name };
    }
  }
  const where = best.name ? `地址含「${best.name}」→ ${best.village.name}` : `区划代码即 ${best.village.name}`;
  if (grid) return { grid: grid.grid, why: `${where}，「${grid.name}」属 ${grid.grid.name}` };
  // The village is certain, the grid is not: its first grid (the 网格长's) takes it and hands it on.
  return { grid: grids[0], why: `${where}，未能定位到具体网格，交 ${grids[0].name}（村级首个网格）` };
}

/** A place name matches when not followed by another digit: `1组` must not match `11组`. */
function containsPlace(text: string, name: string): boolean {
  let i = text.indexOf(name);
  while (i >= 0) {
    const before = text[i - 1];
    if (!(/\d/.test(name[0]) && before && /\d/.test(before))) return true;
    i = text.indexOf(name, i + 1);
  }
  return false;
}

/**
 * The nearest governance centre (综治中心) over a division: its township, else its county, else the city.
 * Division codes nest by prefix (GB/T 2260 + 3 + 3 digits), so an unknown village still finds its township.
 */
export function centreFor(code: string, index: AreaIndex): AreaDivision | undefined {
  for (const c of [centreCodeAt('township', code), centreCodeAt('county', code), centreCodeAt('city', code)]) {
    const d = index.division(c);
    if (d && d.level !== 'village') return d;
  }
  return undefined;
}

/** Ray casting; the outline's points are [lng, lat]. */
export function pointInPolygon(lng: number, lat: number, outline: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const [xi, yi] = outline[i];
    const [xj, yj] = outline[j];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
