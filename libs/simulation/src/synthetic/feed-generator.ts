import type { CourtFilingV1, FeedSource, PetitionV1, Police110IncidentV1 } from '@hub/contracts';
import { type Household, makeHousehold, makePerson } from './people';
import { SeededRandom } from './random';
import * as T from './texts';

export interface GeneratorOptions {
  seed: number;
  days: number;
  eventsPerDay: number;
  /** Share of 110 calls that are family or romantic disputes. */
  familyShare: number;
  /** Share of family calls that come from a household that called before. */
  repeatShare: number;
  /** Share of family households that also appear in a court filing or petition. */
  crossFeedShare: number;
  /** Every 110 incident is published twice: received, then closed with the disposition. */
  withRevisions: boolean;
  end: Date;
  villages: { code: string; name: string }[];
}

export interface GeneratedMessage {
  feed: FeedSource;
  key: string;
  value: Police110IncidentV1 | CourtFilingV1 | PetitionV1;
}

export const DEFAULT_OPTIONS: Omit<GeneratorOptions, 'villages' | 'end'> = {
  seed: 20261127,
  days: 7,
  eventsPerDay: 200,
  familyShare: 0.3,
  repeatShare: 0.35,
  crossFeedShare: 0.2,
  withRevisions: true,
};

const STATIONS = ['湖滨派出所', '车站派出所', '大营派出所', '城关派出所', '函谷关派出所', '千秋派出所', '观音堂派出所'];
const COURTS: Record<string, string> = {
  '411202': '三门峡市湖滨区人民法院',
  '411203': '三门峡市陕州区人民法院',
  '411221': '渑池县人民法院',
  '411224': '卢氏县人民法院',
  '411281': '义马市人民法院',
  '411282': '灵宝市人民法院',
};
/** Causes of action (案由) with the index of the claims text (in texts.ts) that fits each. */
const FAMILY_CAUSES = [
  { code: '9012', name: '离婚纠纷', claims: 0 },
  { code: '9012', name: '离婚纠纷', claims: 1 },
  { code: '9015', name: '抚养纠纷', claims: 3 },
  { code: '9010', name: '同居关系纠纷', claims: 4 },
  { code: '9302', name: '人身安全保护令', claims: 2 },
];
const OTHER_CAUSES = [
  { code: '9185', name: '民间借贷纠纷', claims: 0 },
  { code: '9183', name: '劳务合同纠纷', claims: 1 },
  { code: '9229', name: '物业服务合同纠纷', claims: 2 },
  { code: '9072', name: '相邻关系纠纷', claims: 3 },
];

/**
 * Realistic synthetic feeds for a city: 110 calls (some households calling again and again, some
 * escalating), court filings and petitions, with a share of households appearing across feeds.
 * Deterministic for a seed, so the demo and the benchmarks replay the same story.
 */
export function generateFeeds(options: GeneratorOptions): GeneratedMessage[] {
  const rng = new SeededRandom(options.seed);
  const out: { at: number; msg: GeneratedMessage }[] = [];
  const families: Household[] = [];
  const startMs = options.end.getTime() - options.days * 86_400_000;
  const total = options.days * options.eventsPerDay;
  let seq = 0;

  const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
  const caseSeq = new Map<string, number>();

  for (let i = 0; i < total; i++) {
    const at = startMs + Math.floor(((i + rng.next()) / total) * options.days * 86_400_000);
    const village = rng.pick(options.villages);
    const kind = rng.next();
    if (kind < 0.8) {
      // 110 call
      let household: Household;
      const family = rng.chance(options.familyShare);
      const repeat = family && families.length > 0 && rng.chance(options.repeatShare);
      if (repeat) household = rng.pick(families);
      else household = makeHousehold(rng, village, options.end);
      if (family && !families.includes(household)) families.push(household);
      const incidentNo = `J${household.divisionCode.slice(0, 6)}${new Date(at).toISOString().slice(0, 10).replace(/-/g, '')}${String(++seq).padStart(5, '0')}`;
      const domainKey = family ? 'family' : rng.pick(['neighbor', 'neighbor', 'debt', 'labor', 'property', 'other', 'none', 'none']);
      const romantic = family && rng.chance(0.3);
      const callText = family ? T.fill(rng, rng.pick(romantic ? T.ROMANTIC_CALLS : T.FAMILY_CALLS)) : rng.pick(T.OTHER_CALLS[domainKey]);
      const severe = family && /刀|掐|汽油|农药|同归于尽|杀|弄死/.test(callText);
      // Some households that keep calling end in a criminal case (民转刑): the outcome the statistics look for.
      const criminal = repeat && severe && rng.chance(0.3);
      const sub = family
        ? romantic
          ? { code: '040102', name: '婚恋纠纷' }
          : { code: '040101', name: '家庭纠纷' }
        : domainKey === 'neighbor'
          ? { code: '040103', name: '邻里纠纷' }
          : domainKey === 'none'
            ? undefined
            : { code: '040199', name: '其他纠纷' };
      const base: Police110IncidentV1 = {
        schemaVersion: 1,
        incidentNo,
        revision: 1,
        status: 'received',
        receivedAt: iso(at),
        category: criminal
          ? { code: '01', name: '刑事' }
          : domainKey === 'none'
            ? { code: '09', name: '求助' }
            : { code: '04', name: '纠纷' },
        ...(criminal ? { subCategory: { code: '0102', name: '故意伤害' } } : sub ? { subCategory: sub } : {}),
        callText,
        address: { text: household.address, divisionCode: household.divisionCode },
        policeStation: { code: `PS${household.divisionCode.slice(0, 6)}`, name: rng.pick(STATIONS) },
        persons: family
          ? [
              { ...household.woman, role: 'caller' },
              { ...household.man, role: 'suspect' },
            ]
          : [{ ...makePerson(rng, village.code.slice(0, 6), rng.chance(0.5) ? 'M' : 'F', options.end), role: 'caller' }],
      };
      out.push({ at, msg: { feed: 'police110', key: incidentNo, value: base } });
      if (options.withRevisions) {
        const closedAt = at + rng.int(20, 90) * 60_000;
        out.push({
          at: closedAt,
          msg: {
            feed: 'police110',
            key: incidentNo,
            value: {
              ...base,
              revision: 2,
              status: 'closed',
              dispatchedAt: iso(at + 3 * 60_000),
              arrivedAt: iso(at + 15 * 60_000),
              closedAt: iso(closedAt),
              dispositionText: family
                ? rng.pick(severe ? T.DISPOSITION_SEVERE : T.DISPOSITION_MILD)
                : '民警到场后对双方进行了调解，双方表示接受。',
            },
          },
        });
      }
      if (family && rng.chance(options.crossFeedShare / 2)) {
        out.push({ at: at + rng.int(1, 20) * 86_400_000, msg: courtFiling(rng, household, true, caseSeq, at, iso) });
      }
      if (family && rng.chance(options.crossFeedShare / 2)) {
        out.push({ at: at + rng.int(1, 10) * 86_400_000, msg: petition(rng, household, true, ++seq, at, iso) });
      }
    } else if (kind < 0.92) {
      const household = makeHousehold(rng, village, options.end);
      out.push({ at, msg: courtFiling(rng, household, rng.chance(0.4), caseSeq, at, iso) });
    } else {
      const household = makeHousehold(rng, village, options.end);
      out.push({ at, msg: petition(rng, household, rng.chance(0.3), ++seq, at, iso) });
    }
  }
  return out
    .filter((o) => o.at <= options.end.getTime())
    .sort((a, b) => a.at - b.at)
    .map((o) => o.msg);
}

function courtFiling(
  rng: SeededRandom,
  h: Household,
  family: boolean,
  caseSeq: Map<string, number>,
  at: number,
  iso: (ms: number) => string,
): GeneratedMessage {
  const county = h.divisionCode.slice(0, 6);
  const { claims, ...cause } = family ? rng.pick(FAMILY_CAUSES) : rng.pick(OTHER_CAUSES);
  const n = (caseSeq.get(county) ?? 0) + 1;
  caseSeq.set(county, n);
  const year = new Date(at).getUTCFullYear();
  const caseNo = `(${year})豫${county.slice(2, 6)}${cause.name === '人身安全保护令' ? '民保令' : '民初'}${n}号`;
  const applicantRole = cause.name === '人身安全保护令' ? 'applicant' : 'plaintiff';
  const respondentRole = cause.name === '人身安全保护令' ? 'respondent' : 'defendant';
  const value: CourtFilingV1 = {
    schemaVersion: 1,
    caseNo,
    revision: 1,
    court: { code: `C${county}`, name: COURTS[county] ?? '三门峡市中级人民法院' },
    filedAt: iso(at),
    cause,
    status: rng.chance(0.3) ? 'pre_filing_mediation' : 'filed',
    claimsText: T.fill(rng, (family ? T.COURT_FAMILY_CLAIMS : T.COURT_OTHER_CLAIMS)[claims]),
    parties: [
      { ...h.woman, role: applicantRole, address: { text: h.address, divisionCode: h.divisionCode } },
      { ...h.man, role: respondentRole },
    ],
    address: { text: h.address, divisionCode: h.divisionCode },
  };
  return { feed: 'court', key: caseNo, value };
}

function petition(
  rng: SeededRandom,
  h: Household,
  family: boolean,
  seq: number,
  at: number,
  iso: (ms: number) => string,
): GeneratedMessage {
  const t = rng.pick(family ? T.PETITION_FAMILY : T.PETITION_OTHER);
  const petitionNo = `XF${h.divisionCode.slice(0, 6)}${String(seq).padStart(8, '0')}`;
  const value: PetitionV1 = {
    schemaVersion: 1,
    petitionNo,
    revision: 1,
    channel: rng.pick(['letter', 'visit', 'online', 'hotline'] as const),
    receivedAt: iso(at),
    petitioners: [h.woman],
    subject: t.subject,
    content: T.fill(rng, t.content, { name: h.woman.name }),
    category: family ? { code: 'F01', name: '婚姻家庭' } : { code: 'O99', name: '其他' },
    repeat: rng.chance(0.2),
    collective: !family && rng.chance(0.2),
    levelSkipped: rng.chance(0.1),
    levelReached: rng.pick(['county', 'township', 'city'] as const),
    status: 'registered',
    address: { text: h.address, divisionCode: h.divisionCode },
  };
  return { feed: 'petition', key: petitionNo, value };
}
