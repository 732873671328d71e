import type { AreaLevel } from '@hub/domain';
import { FEMALE, MALE, ROADS, SURNAMES } from './synthetic/people';

/**
 * A city's area hierarchy, generated deterministically for the demo and tests. Modelled on Sanmenxia
 * (三门峡市, 411200): its six real counties/districts with their real codes and approximate populations;
 * townships, villages/communities and grids beneath them are synthetic but sized like the seed city
 * (about 70 townships, 1,379 villages/communities, 12,322 grids). Real hierarchies come in by CSV import.
 */
export interface AreaRow {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  population: number;
  placeNames?: string[];
  centreName?: string;
}

export interface GridRow {
  code: string;
  name: string;
  villageCode: string;
  households: number;
  population: number;
  placeNames: string[];
  outline?: [number, number][];
}

export interface GridWorkerRow {
  workerId: string;
  gridCode: string;
  name: string;
  terminalId: string;
}

export interface DutyOfficerRow {
  officerId: string;
  divisionCode: string;
  name: string;
  terminalId: string;
  channels: string[];
  onDuty: boolean;
}

export interface CityArea {
  divisions: AreaRow[];
  grids: GridRow[];
  workers: GridWorkerRow[];
  officers: DutyOfficerRow[];
}

const COUNTIES = [
  { code: '411202', name: '湖滨区', population: 330_000, townships: 8 },
  { code: '411203', name: '陕州区', population: 340_000, townships: 13 },
  { code: '411221', name: '渑池县', population: 330_000, townships: 12 },
  { code: '411224', name: '卢氏县', population: 350_000, townships: 19 },
  { code: '411281', name: '义马市', population: 150_000, townships: 7 },
  { code: '411282', name: '灵宝市', population: 660_000, townships: 11 },
] as const;

const TOWN_WORDS = [
  '城关',
  '东城',
  '西城',
  '南关',
  '北关',
  '大营',
  '交口',
  '磁钟',
  '高庙',
  '张湾',
  '观音堂',
  '张村',
  '宫前',
  '西张村',
  '硖石',
  '菜园',
  '店子',
  '英豪',
  '果园',
  '仁村',
  '段村',
  '天池',
  '陈村',
  '南村',
  '杜关',
  '五里川',
  '官道口',
  '朱阳',
  '官坡',
  '双槐树',
  '汤河',
  '瓦窑沟',
  '潘河',
  '横涧',
  '沙河',
  '文峪',
  '范里',
  '东坡',
  '狮子坪',
  '徐家湾',
  '木桐',
  '泉家峪',
  '常村',
  '东区',
  '新区',
  '千秋',
  '朝阳',
  '泰山',
  '新义',
  '阳城',
  '函谷关',
  '故县',
  '豫灵',
  '阳平',
  '焦村',
  '川口',
  '寺河',
  '苏村',
  '五亩',
  '大王',
  '尹庄',
  '西阎',
  '程村',
  '阳店',
  '坡头',
  '果角',
  '段家',
  '石门',
  '姚家',
  '崤底',
];
/** A village name's first part: a direction or size, or a clan's surname (the first 19 but 陈, as the seeded names always had). */
const VILLAGE_A = [...'东西南北上下前后大小新老', ...SURNAMES.slice(0, 19).filter((s) => s !== '陈')];
const VILLAGE_B = ['庄', '河', '沟', '坡', '岭', '洼', '湾', '峪', '塬', '坪', '家', '营', '寨', '店', '桥', '堡', '园', '头', '口', '院'];

/** Village/community count and grids per village chosen so the city totals match the seed platform. */
export const CITY_TOTALS = { villages: 1379, grids: 12322, gridWorkers: 12737 };

export function generateSanmenxia(): AreaRow[] {
  const rows: AreaRow[] = [
    { code: '411200000000', name: '三门峡市', level: 'city', parentCode: null, population: 2_030_000, centreName: '三门峡市综治中心' },
  ];
  const townshipCount = COUNTIES.reduce((n, c) => n + c.townships, 0);
  let villagesLeft = CITY_TOTALS.villages;
  let townsLeft = townshipCount;
  let word = 0;
  for (const county of COUNTIES) {
    const countyCode = `${county.code}000000`;
    rows.push({
      code: countyCode,
      name: county.name,
      level: 'county',
      parentCode: rows[0].code,
      population: county.population,
      centreName: `${county.name}综治中心`,
    });
    for (let t = 1; t <= county.townships; t++) {
      const isStreet = t <= 2;
      const townCode = `${county.code}${String(isStreet ? t : 100 + t).padStart(3, '0')}000`;
      const villages = Math.round(villagesLeft / townsLeft);
      villagesLeft -= villages;
      townsLeft -= 1;
      const townPop = Math.round(county.population / county.townships);
      const townName = `${TOWN_WORDS[word++ % TOWN_WORDS.length]}${isStreet ? '街道' : '镇'}`;
      rows.push({
        code: townCode,
        name: townName,
        centreName: `${townName}综治中心`,
        level: 'township',
        parentCode: countyCode,
        population: townPop,
      });
      const used = new Set<string>();
      for (let v = 1; v <= villages; v++) {
        const community = isStreet || v <= 2;
        const seq = community ? v : 200 + v;
        const a = VILLAGE_A[(t * 7 + v * 3) % VILLAGE_A.length];
        let stem = `${a}${VILLAGE_B[(t * 5 + v * 11) % VILLAGE_B.length]}`;
        for (let k = 1; used.has(stem); k++) stem = `${a}${VILLAGE_B[(t * 5 + v * 11 + k) % VILLAGE_B.length]}`;
        used.add(stem);
        rows.push({
          code: `${townCode.slice(0, 9)}${String(seq).padStart(3, '0')}`,
          name: community ? `${stem}社区` : `${stem}村`,
          level: 'village',
          parentCode: townCode,
          population: Math.round(townPop / villages),
          placeNames: community ? [...ROADS] : [],
        });
      }
    }
  }
  return rows;
}

/** Village groups (组) as addresses name them; the synthetic feeds use 1组 to 12组. */
const VILLAGE_GROUPS = Array.from({ length: 12 }, (_, i) => `${i + 1}组`);

/** Spread `total` over `n` slots as evenly as integer counts allow, deterministically. */
function share(i: number, n: number, total: number): number {
  return Math.floor(((i + 1) * total) / n) - Math.floor((i * total) / n);
}

function staffName(i: number): string {
  const given = i % 2 ? MALE : FEMALE;
  return SURNAMES[(i * 7) % SURNAMES.length] + given[(i * 13) % given.length];
}

/**
 * The whole city: divisions, 12,322 grids with the village groups or roads each covers, 12,737 grid
 * workers (some grids have two) and two duty officers per centre (one on duty). Community grids have a
 * square outline on a lattice near the city so routing by coordinates has geometry to work with.
 */
export function generateSanmenxiaArea(): CityArea {
  const divisions = generateSanmenxia();
  const villages = divisions.filter((d) => d.level === 'village');
  const grids: GridRow[] = [];
  villages.forEach((v, vi) => {
    const n = share(vi, villages.length, CITY_TOTALS.grids);
    const community = v.name.endsWith('社区');
    const covers = community ? ROADS : VILLAGE_GROUPS;
    for (let g = 0; g < n; g++) {
      const code = `${v.code}${String(g + 1).padStart(3, '0')}`;
      const population = Math.round(v.population / n);
      const row: GridRow = {
        code,
        name: `${v.name}第${g + 1}网格`,
        villageCode: v.code,
        households: Math.round(population / 2.8),
        population,
        placeNames: covers.filter((_, k) => k % n === g),
      };
      if (community) {
        const cell = grids.length;
        const lng = Math.round((110.5 + (cell % 200) * 0.005) * 1000) / 1000;
        const lat = Math.round((34.2 + Math.floor(cell / 200) * 0.005) * 1000) / 1000;
        row.outline = [
          [lng, lat],
          [round3(lng + 0.005), lat],
          [round3(lng + 0.005), round3(lat + 0.005)],
          [lng, round3(lat + 0.005)],
        ];
      }
      grids.push(row);
    }
  });
  const workers: GridWorkerRow[] = [];
  const extra = CITY_TOTALS.gridWorkers - grids.length;
  grids.forEach((g, gi) => {
    const count = 1 + share(gi, grids.length, extra);
    for (let k = 1; k <= count; k++) {
      workers.push({ workerId: `W${g.code}${k}`, gridCode: g.code, name: staffName(workers.length), terminalId: `mt-w-${g.code}-${k}` });
    }
  });
  const officers: DutyOfficerRow[] = [];
  for (const d of divisions.filter((x) => x.level !== 'village')) {
    for (const k of [1, 2]) {
      officers.push({
        officerId: `D${d.code}${k}`,
        divisionCode: d.code,
        name: staffName(officers.length + 7),
        terminalId: `mt-d-${d.code}-${k}`,
        // County and city duty desks take red alerts by SMS as well.
        channels: d.level === 'township' ? ['webhook'] : ['webhook', 'sms'],
        onDuty: k === 1,
      });
    }
  }
  return { divisions, grids, workers, officers };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
