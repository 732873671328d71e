import { type AreaIndex, centreCodeAt, type TaskBriefData } from '@hub/domain';
import type { AreaDirectory } from './ports';

/** Place names for messages, from the area index dispatch keeps in memory (no round trip). */
export function areaDirectoryOf(index: AreaIndex): AreaDirectory {
  const areaNames = (divisionCode: string, villageCode: string | null, gridCode: string | null): TaskBriefData['area'] => {
    const township = index.division(centreCodeAt('township', villageCode ?? divisionCode));
    return {
      county: index.division(centreCodeAt('county', divisionCode))?.name,
      township: township?.level === 'township' ? township.name : undefined,
      village: villageCode ? index.division(villageCode)?.name : undefined,
      grid: gridCode ? index.grid(gridCode)?.name : undefined,
    };
  };
  return {
    areaNames,
    placeGrid(gridCode) {
      const g = index.grid(gridCode);
      return g ? { code: g.code, villageCode: g.villageCode, area: areaNames(g.villageCode, g.villageCode, g.code) } : undefined;
    },
  };
}
