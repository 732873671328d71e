import { SeededRandom } from './random';

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
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
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
];
export const MALE = [
  '伟',
  '强',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '刚',
  '建国',
  '志强',
  '海涛',
  '国庆',
  '小龙',
  '红军',
  '卫东',
  '永刚',
];
export const FEMALE = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '霞',
  '燕',
  '玲',
  '秀英',
  '桂兰',
  '晓红',
  '春梅',
  '丽娟',
  '小燕',
  '雪梅',
  '翠花',
];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export interface SyntheticPerson {
  name: string;
  idNumber: string;
  phone: string;
  gender: 'M' | 'F';
  age: number;
}

export interface Household {
  divisionCode: string;
  villageName: string;
  address: string;
  /** The pair in conflict, when the household has one. */
  man: SyntheticPerson;
  woman: SyntheticPerson;
}

/** A GB 11643 ID number with a correct MOD 11-2 check character. */
export function makeIdNumber(region: string, birth: Date, seq: number, male: boolean): string {
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const order =
    String(seq % 1000)
      .padStart(3, '0')
      .slice(0, 2) + String((seq % 5) * 2 + (male ? 1 : 0));
  const body = region + ymd + order;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * WEIGHTS[i];
  return body + '10X98765432'[sum % 11];
}

export function makePerson(rng: SeededRandom, region: string, gender: 'M' | 'F', now: Date): SyntheticPerson {
  const age = rng.int(20, 68);
  const birth = new Date(Date.UTC(now.getUTCFullYear() - age, rng.int(0, 11), rng.int(1, 28)));
  const given = gender === 'M' ? rng.pick(MALE) : rng.pick(FEMALE);
  return {
    name: rng.pick(SURNAMES) + given,
    idNumber: makeIdNumber(region, birth, rng.int(0, 999), gender === 'M'),
    phone: `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`,
    gender,
    age,
  };
}

export const ROADS = ['人民路', '建设路', '和平路', '黄河路', '崤山路', '湖滨路', '六峰路', '文明路', '解放路', '团结路'];

export function makeHousehold(rng: SeededRandom, village: { code: string; name: string }, now: Date): Household {
  const region = village.code.slice(0, 6);
  const address = village.name.endsWith('社区')
    ? `${village.name}${rng.pick(ROADS)}${rng.int(1, 200)}号${rng.int(1, 20)}号楼${rng.int(1, 6)}单元${rng.int(1, 30)}0${rng.int(1, 4)}室`
    : `${village.name}${rng.int(1, 12)}组${rng.int(1, 80)}号`;
  return {
    divisionCode: village.code,
    villageName: village.name,
    address,
    man: makePerson(rng, region, 'M', now),
    woman: makePerson(rng, region, 'F', now),
  };
}
