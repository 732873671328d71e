/**
 * A city's area hierarchy, generated deterministically for the demo and tests. Modelled on Sanmenxia
 * (三门峡市, 411200): its six real counties/districts with their real codes and approximate populations;
 * townships, villages/communities and grids beneath them are synthetic but sized like the seed city
 * (about 70 townships, 1,379 villages/communities, 12,322 grids). Real hierarchies come in by CSV import.
 */
export interface AreaRow {
  code: string;
  name: string;
  level: 'city' | 'county' | 'township' | 'village';
  parentCode: string | null;
  population: number;
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
const VILLAGE_A = [
  '东',
  '西',
  '南',
  '北',
  '上',
  '下',
  '前',
  '后',
  '大',
  '小',
  '新',
  '老',
  '王',
  '李',
  '张',
  '刘',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
];
const VILLAGE_B = ['庄', '河', '沟', '坡', '岭', '洼', '湾', '峪', '塬', '坪', '家', '营', '寨', '店', '桥', '堡', '园', '头', '口', '院'];

/** Village/community count and grids per village chosen so the city totals match the seed platform. */
export const CITY_TOTALS = { villages: 1379, grids: 12322 };

export function generateSanmenxia(): AreaRow[] {
  const rows: AreaRow[] = [{ code: '411200000000', name: '三门峡市', level: 'city', parentCode: null, population: 2_030_000 }];
  const townshipCount = COUNTIES.reduce((n, c) => n + c.townships, 0);
  let villagesLeft = CITY_TOTALS.villages;
  let townsLeft = townshipCount;
  let word = 0;
  for (const county of COUNTIES) {
    const countyCode = `${county.code}000000`;
    rows.push({ code: countyCode, name: county.name, level: 'county', parentCode: rows[0].code, population: county.population });
    for (let t = 1; t <= county.townships; t++) {
      const isStreet = t <= 2;
      const townCode = `${county.code}${String(isStreet ? t : 100 + t).padStart(3, '0')}000`;
      const villages = Math.round(villagesLeft / townsLeft);
      villagesLeft -= villages;
      townsLeft -= 1;
      const townPop = Math.round(county.population / county.townships);
      rows.push({
        code: townCode,
        name: `${TOWN_WORDS[word++ % TOWN_WORDS.length]}${isStreet ? '街道' : '镇'}`,
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
        });
      }
    }
  }
  return rows;
}
