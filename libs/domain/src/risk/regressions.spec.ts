import type { NormalizedEventV1 } from '@hub/contracts';
import { withJieba } from '@hub/segmentation';
import { assessRisk } from './risk-assessor';
import { RISK_RULES_V1 } from './risk-rules';
import { firstCharsOf, literalPrefixOf, requiredOf } from './text';

/** Failures seen on records the project had never seen; each stands for a general cause. */
const RULES = withJieba(RISK_RULES_V1);

function event(main: string): NormalizedEventV1 {
  return {
    schemaVersion: 1,
    eventId: '00000000-0000-5000-8000-000000000002',
    source: 'police110',
    sourceRef: 'J411202202611300001',
    revision: 1,
    status: 'received',
    occurredAt: '2026-11-30T02:00:00.000Z',
    receivedAt: '2026-11-30T02:00:01.000Z',
    texts: { main },
    codes: {},
    location: { text: '某村', divisionCode: '411202001001' },
    householdKey: 'hh_regression',
    persons: [],
    flags: [],
    attributes: {},
    correlationId: 'c1',
  };
}
function assess(main: string): ReturnType<typeof assessRisk> {
  return assessRisk(event(main), [], RULES);
}
/** The assessment of a record of the given feed (a call, a filing, a petition) with no history. */
const told = (source: string, main: string) => assessRisk({ ...event(main), source: source as NormalizedEventV1['source'] }, [], RULES);
const filed = (main: string) => told('court', main);
const asked = (text: string) => told('petition', text);
/** A petition with its subject line. */
const letter = (main: string, subject: string) => assessRisk({ ...event(main), source: 'petition', texts: { main, subject } }, [], RULES);
/** A 110 call, with the officers' disposition when one is given. */
const call = (main: string, disposition?: string) =>
  assessRisk({ ...event(main), texts: disposition ? { main, disposition } : { main } }, [], RULES);
const codes = (text: string) => assess(text).factors.map((f) => f.code);
/** The codes of an assessment's factors (the blocks below call it on results of their own `call`). */
const factorCodes = (r: ReturnType<typeof assessRisk>) => r.factors.map((f) => f.code);
const HIGH = ['orange', 'red'];

describe('everyday and dialect words for violence and threats', () => {
  it.each([
    ['老公喝醉了说要打死她', 'red'],
    ['报警人称丈夫说再闹就宰了她', 'red'],
    ['报警人称男友说要掐死她', 'red'],
  ])('%s is a threat to kill: %s', (text, level) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe(level);
    expect(codes(text)).toContain('threat_to_kill');
  });

  it.each(['两口子干仗，头上破了', '娃他爸喝醉了把她打了', '掌柜的一喝酒就捶俺'])(
    '%s is family violence, orange or above (injury, drink, habit)',
    (text) => {
      const r = assess(text);
      expect(r.familyRomantic).toBe(true);
      expect(codes(text)).toContain('violence');
      expect(HIGH).toContain(r.riskLevel);
    },
  );
});

it('丈夫把她揍了一顿 is family violence: yellow without injury or an aggravating factor, as the rubric says', () => {
  const r = assess('丈夫把她揍了一顿');
  expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'yellow']);
});

describe('everyday words that contain a danger word are not danger', () => {
  it.each([
    ['报警人称和丈夫吵架时孩子发烧了', 'arson_poison'],
    ['报警人称丈夫和她吵架后把鸡杀了', 'threat_to_kill'],
    ['报警人称和老公吵架，家里煤气没了', 'arson_poison'],
    ['报警人称老公要把事捅到村里，两人吵了起来', 'weapon'],
    ['报警人称和老公为买电风扇吵架', 'violence'],
    ['报警人称婆婆要动手术，和丈夫为医药费吵架', 'violence'],
    ['报警人称和丈夫吵架，她一直守着孩子', 'stalking'],
    ['报警人称和丈夫为买复合肥的钱吵架', 'separation'],
    ['报警人称和丈夫吵架后两人已经复合', 'separation'],
  ])('%s has no %s', (text, code) => {
    expect(codes(text)).not.toContain(code);
    expect(HIGH).not.toContain(assess(text).riskLevel);
  });
});

describe('negation, modality and habit by clause', () => {
  it('无缘无故 is not a denial', () => {
    expect(codes('丈夫无缘无故打她')).toContain('violence');
  });
  it('没想到 does not deny the relation or the weapon', () => {
    const r = assess('没想到老公拿刀追她');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
  });
  it('一…就 is habitual violence, not a threat', () => {
    const r = assess('妻子称丈夫一喝酒就打她');
    expect(r.factors.map((f) => f.code)).toEqual(expect.arrayContaining(['violence', 'repeated_violence']));
    expect(HIGH).toContain(r.riskLevel);
  });
  it("a denial in the other party's clause does not erase the report", () => {
    const r = assess('女方称男方打了她，男方称没有打');
    expect(r.familyRomantic).toBe(true);
    expect(codes('女方称男方打了她，男方称没有打')).toContain('violence');
  });
  it('a denial in the same clause does', () => {
    expect(codes('夫妻吵架，双方均未动手')).not.toContain('violence');
  });
});

describe('who did what to whom', () => {
  it('a neighbour reporting a couple fighting is a family dispute', () => {
    const r = assess('隔壁两口子打架，女的哭喊救命');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });
  it('a father hurting the mother stays a family matter beside an old quarrel with a neighbour', () => {
    const r = assess('报警人称父亲把母亲推倒，母亲头上一直出血。前几年家里和邻居因宅基地吵过架。');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });
  it('a dispute with the neighbouring couple is a neighbour dispute', () => {
    expect(assess('报警人称与邻居夫妻因排水问题发生争吵').familyRomantic).toBe(false);
  });
});

describe('the rubric', () => {
  it('violence with injury is at least orange', () => {
    expect(HIGH).toContain(assess('报警人称丈夫打了她，脸上流血').riskLevel);
  });
  it('violence with hospital treatment or unconsciousness is red', () => {
    expect(assess('报警人称丈夫把她打得住院了').riskLevel).toBe('red');
    expect(assess('报警人称老公打她，她晕过去了').riskLevel).toBe('red');
  });
  it('stalking after a separation is at least orange', () => {
    expect(HIGH).toContain(assess('报警人称分手后前男友天天跟踪她').riskLevel);
  });
});

describe('invisible characters and spaces', () => {
  const plain = assess('报警人称丈夫拿菜刀要砍她');
  it.each(['报警人称丈\u200d夫拿菜刀要砍她', '报警人称丈 夫拿菜刀要砍她', '报警人称丈\u200b夫拿菜刀要砍她', '报警人称丈夫拿菜刀要砍她'])(
    '%j is assessed like the plain text, with evidence in the original',
    (text) => {
      const r = assess(text);
      expect([r.riskLevel, r.riskScore]).toEqual([plain.riskLevel, plain.riskScore]);
      for (const f of r.factors) for (const ev of f.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      const relation = r.domainEvidence[0];
      expect(relation.text.replace(/\u200b|\u200d| /g, '')).toBe('丈夫');
    },
  );
});

describe('evidence', () => {
  it("every family judgement and every factor, the learned model's included, names words of the record", () => {
    const texts = [
      '我想离婚，他不同意，孩子的抚养权能给我吗',
      '老公经常不回家，还在外面有人，我该怎么办',
      '报警人称丈夫酒后把她推倒，她很害怕',
      '分手后前男友天天在她楼下等她',
    ];
    for (const text of texts) {
      const r = assess(text);
      expect(r.familyRomantic).toBe(true);
      expect(r.domainEvidence.length).toBeGreaterThan(0);
      for (const ev of [...r.domainEvidence, ...r.factors.flatMap((f) => f.evidence)]) {
        expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      }
    }
  });
});

describe('the parties of the act: a relation and a conflict are read together only where they meet', () => {
  it.each([
    '某男子在街头殴打一名路人，致其受伤。他的妻子在超市上班。',
    '男子在街头殴打路人致其受伤。事后他逃回老家，妻子报警。',
    '男子因抢他人女友被人打伤',
  ])('%s is not a family dispute (the relative is no party to the act)', (text) => {
    expect(assess(text).familyRomantic).toBe(false);
  });
  it('a pronoun carries the couple into the next sentence', () => {
    const r = assess('我老公脾气不好。他经常打我。');
    expect(r.familyRomantic).toBe(true);
    expect(codes('我老公脾气不好。他经常打我。')).toContain('violence');
  });
  it("the disposition's 双方系夫妻 names the parties of the call's conflict", () => {
    const e = {
      ...event('报警人称被人推倒在地，头上流血'),
      texts: { main: '报警人称被人推倒在地，头上流血', disposition: '民警到场了解，双方系夫妻。' },
    };
    const r = assessRisk(e, [], RULES);
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });
});

describe('matters of family law are topics, not events', () => {
  it('an application for a protection order is between family members or cohabitants, even with no relation word', () => {
    const r = assess('被申请人多次殴打申请人，并扬言要杀死申请人全家，申请人身安全保护令。');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'red']);
  });
  it.each(['两人没有结婚证想要离婚怎么办', '对方不离婚怎么办', '孩子满18周岁后还需要给扶养费吗'])('%s is a family matter', (text) => {
    const r = assess(text);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'blue']);
  });
});

describe('the rubric: killing and sexual violence within the relation are red', () => {
  it.each([
    ['前男友强奸了她，还拍下视频', 'sexual_violence'],
    ['男子与女友争吵后将其杀害', 'lethal_violence'],
  ])('%s', (text, code) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
    expect(codes(text)).toContain(code);
  });
  it('a threat to do it is a threat, not the act', () => {
    expect(codes('丈夫扬言要杀害她')).not.toContain('lethal_violence');
  });
});

it('evidence after a character outside the basic plane (an emoji: two UTF-16 units) still points at the original', () => {
  const text = '😀报警人称丈夫拿菜刀要砍她';
  const r = assess(text);
  expect(r.riskLevel).toBe('red');
  for (const ev of [...r.domainEvidence, ...r.factors.flatMap((f) => f.evidence)]) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
});

describe('a family dispute is a conflict between the related parties, not a relative beside another matter', () => {
  // Sentences written for these tests; each stands for a general cause of records of other kinds
  // (neighbours, money, work, welfare, schooling, housing) taken for family disputes.
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0001' }, [], RULES);
  it.each([
    ['报警人称其母亲的低保被社区取消，要求民警帮忙。', 'a relative as beneficiary of a claim against an authority'],
    ['来电人反映儿子上学的学校乱收费，要求处理。', 'a relative beside a claim against a school'],
    ['报警人称和邻居老王家的儿子吵架，对方推了他一下。', "a quarrel with a neighbour's son"],
    ['报警人称其丈夫的工资被老板拖欠三个月，双方在工地发生争执。', "a husband's unpaid wages"],
    ['报警人称其父亲被保安打伤，已送医院。', 'a relative hurt by an outsider (被保安打)'],
    ['报警人称其儿子被人打伤住院。', 'a relative hurt by someone unnamed (被人打)'],
    ['来电人称其女儿在学校被同学打了。', 'a child hurt by a schoolmate'],
    ['报警人称她和老公在饭店吃饭时被邻桌男子打了。', 'a couple hurt together by a stranger'],
    ['报警人称其母亲被骗子骗走两万元。', 'a relative defrauded by an outsider'],
    ['报警人称她老公和同事喝酒后打架。', "a husband's fight with a colleague"],
    ['报警人称其与邻居因停车发生争执，对方动手推了她，其丈夫在场。', 'a husband standing beside a quarrel with a neighbour'],
    ['报警人称其妻子与房东因押金发生争吵，房东威胁要打她。', "a wife's quarrel with a landlord"],
  ])('%s is no family dispute (%s)', (text) => {
    const a = assess(text);
    expect([a.familyRomantic, a.riskLevel]).toEqual([false, 'none']);
  });

  it.each([
    ['关于医院乱收费的投诉。我父亲住院期间被多收费用，要求退还。', 'a complaint against a hospital: 住院 befell the father, no act'],
    ['关于某小区物业乱收费的投诉。我和老公去年买的房，物业每月多收费用，物业人员还推搡我。', 'a complaint against property management'],
    [
      '某区房产限售政策让我无法处置房产。本人与前夫离婚时分得一套房，现在想卖房还债却办不了。',
      'a family-law word used about a housing claim',
    ],
    ['夫妻二人状告医院索赔。妻子在医院做孕期检查，孩子出生后发现畸形。', 'a couple suing a hospital'],
  ])('petition %s is no family dispute (%s)', (text) => {
    expect(petition(text).familyRomantic).toBe(false);
  });

  it.each([
    ['报警人称老公喝醉了把她打伤了，头上流血。', HIGH],
    ['报警人称儿子和儿媳因赡养老人吵架，儿子打了儿媳。', ['yellow', 'orange', 'red']],
    ['报警人称与丈夫因孩子上学的事吵架，丈夫打了她一耳光。', ['yellow', 'orange', 'red']],
    ['报警人称她与邻居吵架后，丈夫回家打了她。', ['yellow', 'orange', 'red']],
    ['报警人称丈夫和朋友喝酒后回家打她。', ['yellow', 'orange', 'red']],
    ['报警人称和男友吵架，男友推了她。', ['yellow', 'orange', 'red']],
  ])("an act between the relation's two ends stays a family dispute: %s", (text, levels) => {
    const a = assess(text);
    expect(a.familyRomantic).toBe(true);
    expect(levels).toContain(a.riskLevel);
  });

  it.each([['信访人反映丈夫长期家暴，派出所不予立案，要求公安局追究。'], ['投诉派出所不作为。我被丈夫打伤住院，报警后派出所不管。']])(
    "a petition against the police about a husband's violence stays a family dispute: %s",
    (text) => {
      const a = petition(text);
      expect(a.familyRomantic).toBe(true);
      expect(HIGH).toContain(a.riskLevel);
    },
  );
});

/** Round 4: causes found on the feed-style set v2 (development since 2026-12-01); sentences of our own. */
describe('who did what to whom (round 4)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0001号' }, [], RULES);
  const call = (main: string, disposition: string) => assessRisk({ ...event(main), texts: { main, disposition } }, [], RULES);

  it.each([
    ['报警人称父亲在家突然晕倒，昏迷不醒，已叫了救护车。', 'an outcome with no act: illness'],
    ['报警人称她女儿在补习班被一个男学生推倒，膝盖流血。', 'the agent named after 被 is no relative'],
    ['来访人反映其父亲住在敬老院，被护理员打过，胳膊上有淤青。', 'a carer, named after 被, is no relative'],
    ['报警人称邻居家大儿子把她公公打伤了，已送医院。', 'the agent before 把 is a neighbour’s son'],
    ['报警人称有人冒充她儿子打电话借钱，她转了五千元。', 'a scam in a relative’s name'],
    ['报警人称父亲昨晚醉了，今天一直联系不上，怕出事。', 'drink and worry, no conflict'],
  ])('%s is no family dispute (%s)', (text) => {
    expect(assess(text).familyRomantic).toBe(false);
  });

  it('an outcome with no act links no relation to a dispute (the rules alone: the learned model may still judge it)', () => {
    const rulesAlone = { ...RULES, model: undefined };
    const r = assessRisk(event('报警人称她老公切菜时把手割了，流了很多血，在卫生院缝针。'), [], rulesAlone);
    expect(r.familyRomantic).toBe(false);
  });

  it("the disposition's quarrel is the one the call tells with an outsider", () => {
    const r = call('报警人称他儿子在网吧跟人吵起来了，对方说要弄死他。', '经了解系上网引发口角，对方已离开。');
    expect(r.familyRomantic).toBe(false);
  });

  it.each([
    ['报警人称她跟小叔子因为宅基地的事吵起来，小叔子把她推倒了。', 'a relative named as the party of the quarrel, over land'],
    ['报警人称被自己的三哥打了，钱也被他拿走了。', 'kin the lexicon lacks, named after 被'],
  ])('%s stays a family dispute (%s)', (text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(['yellow', 'orange', 'red']).toContain(r.riskLevel);
  });

  it.each([
    ['原告诉称：原、被告系亲兄弟。父亲去世后留下房屋三间，被告一直占用，拒绝分割。请求依法分割。', 'blue'],
    ['原告诉称：原告系被告之母，年老多病，被告拒不支付赡养费，还把原告推出家门。请求判令被告支付赡养费。', 'yellow'],
    ['原告诉称：原、被告系姐妹。被告到原告家中吵闹，将门窗玻璃全部砸碎。请求赔偿损失。', 'yellow'],
  ])('a filing whose parties are stated relatives is theirs: %s', (text, level) => {
    const r = court(text);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  it("原告之子 is a third person, not the parties' relation", () => {
    expect(court('原告诉称：原告之子与被告系同事，二人饮酒后原告之子骑车摔倒受伤，请求被告赔偿。').familyRomantic).toBe(false);
  });
});

describe('grading by the rubric (round 4)', () => {
  it.each([
    ['报警人称她前男友把她骗到出租屋里关了三天，手机被收走。', 'detention of an ex-partner'],
    ['报警人称分居的丈夫半夜闯进来，强行与她发生关系。', 'sexual violence within the relation'],
    ['报警人称丈夫又打她，头上缝了五针。', 'stitches are hospital treatment'],
    ['报警人称法院已签发人身安全保护令，前夫仍多次到她单位威胁她。', 'threats in breach of a protection order'],
    ['报警人称男友提着一桶汽油到她家门口，说不开门就点火。', 'petrol brought to her door'],
  ])('%s is red (%s)', (text) => {
    const r = assess(text);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'red']);
  });

  it.each([
    ['报警人称老公说她要是敢离婚他就从楼上跳下去。', 'a suicide threat to control'],
    ['报警人称前男友喝多了半夜来砸她家门，她不敢开门。', 'harassment after a separation'],
    ['报警人称老公家暴，她实在过不下去了。', 'violence while wanting out of the marriage'],
    ['报警人称她婆婆扯她头发，脸上被抓破了。', 'violence with a visible injury'],
  ])('%s is at least orange (%s)', (text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });

  it.each([
    [
      '原告诉称：被告婚后长期对原告冷暴力，不与原告说话，原告生病住院也不管。请求离婚。',
      'silent treatment and a stay in hospital it did not cause',
    ],
    ['报警人称和丈夫吵架后，丈夫天天打电话骂她。', '天天打电话 is no beating'],
  ])('%s has no violence (%s)', (text) => {
    expect(codes(text)).not.toContain('violence');
    expect(codes(text)).not.toContain('repeated_violence');
  });

  it('a word jieba joins to a rule word still counts: 住院治疗', () => {
    expect(codes('报警人称她被丈夫打伤，住院治疗了十天。')).toEqual(expect.arrayContaining(['violence', 'serious_injury']));
    expect(assess('报警人称她被丈夫打伤，住院治疗了十天。').riskLevel).toBe('red');
  });
});

describe("the rubric's grey zones, as docs/risk-rubric.md decides them (round 4)", () => {
  const call = (main: string, disposition: string) => assessRisk({ ...event(main), texts: { main, disposition } }, [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0002号' }, [], RULES);

  it('an admitted 肢体冲突 in a divorce filing is violence with a divorce under way: orange', () => {
    const r = court('原告诉称：双方婚后常因琐事争吵，并多次发生肢体冲突，被告对此亦予承认。现夫妻感情破裂，请求判决离婚。');
    expect(codes('双方多次发生肢体冲突')).toContain('violence');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'orange']);
  });

  it("the victim's own withdrawal on scene removes the call's violence; the accused's denial does not", () => {
    const withdrawn = call('报警人称老公打她。', '民警到场，女方称丈夫只是拍桌子吼她，并未动手，已调解。');
    expect(withdrawn.factors.map((f) => f.code)).not.toContain('violence');
    expect(withdrawn.riskLevel).toBe('blue');
    const denied = call('报警人称老公打她。', '民警到场，男方称没有打，女方脸部红肿。');
    expect(denied.factors.map((f) => f.code)).toContain('violence');
    expect(HIGH).toContain(denied.riskLevel);
  });

  it('violence stated as 暴力相向 causing injury in a divorce filing is at least orange', () => {
    const r = court('原告诉称：婚后被告经常对原告暴力相向，造成原告身体多处受伤，现双方已分居。请求判决离婚。');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });
});

describe('round 5: graded danger in family disputes the rules did not see (general causes of the v2 and v3 misses)', () => {
  const call = (main: string, disposition: string) => assessRisk({ ...event(main), texts: { main, disposition } }, [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0005号' }, [], RULES);

  it.each([
    ['报警人称老公用手卡住她的脖子，她喘不过来', 'strangulation in everyday words'],
    ['报警人称男朋友拿被子捂住她的口鼻', 'smothering'],
    ['报警人称丈夫把开水泼在她身上，烫伤后住院治疗', 'a liquid poured on her, treated in hospital'],
    ['报警人称媳妇拿茶杯砸了他的头，现在人意识不清', 'a thing thrown at the head, unconsciousness in other words'],
    ['原告诉称，原、被告系夫妻。被告用皮带抽打原告，原告在诊所缝合伤口', 'treatment at a clinic (the rubric: treatment, not the building)'],
    ['报警人称前男友把她关在出租屋里整整三天', 'held for days: detention'],
    ['原告诉称，原、被告系夫妻。被告长期限制原告人身自由，不许原告与外界联系', 'liberty restricted: detention'],
    ['报警人称她女儿被前男友强行拽上车带走了', 'forced into a vehicle'],
    ['报警人称丈夫从工地弄来一桶汽油，说她敢走就把房子点了', 'a means acquired and brought'],
    ['本人拿到了人身安全保护令，前夫还是天天到我家门口堵我', 'harassment while an order is in force'],
  ])('%s is red (%s)', (text) => {
    const r = text.startsWith('原告') ? court(text) : assess(text);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'red']);
  });

  it('a weapon the officers seized was there, whatever the caller called it', () => {
    const r = call('报警人称老公喝多了在家里闹，要她滚出去', '民警到场后将男子控制，现场收缴刀具一把');
    expect(r.factors.map((f) => f.code)).toContain('weapon');
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    ['原告诉称，被告用拳头击打原告面部，经鉴定为轻微伤。请求离婚。', 'violence in officialese verbs, injury graded 轻微伤'],
    ['报警人称男朋友咬她胳膊，咬出了牙印', 'a bite leaving a mark'],
    ['报警人称她男人三天两头打她', 'habitual beating said as 三天两头; a possessive 男人 is a husband'],
    ['报警人称分手后他每天在她单位楼下等她', 'waiting for her every day after a break-up'],
    ['报警人称有个男的追她被拒了，之后一天给她打上百个电话', 'a refused suitor calling by the hundred'],
    ['报警人称前男友把她的私密照片发到了网上', 'private images posted after a break-up'],
    ['申请人与被申请人系夫妻。被申请人多次辱骂申请人，申请人请求法院裁定禁止被申请人骚扰申请人。', 'a protection-order application'],
  ])('%s is at least orange (%s)', (text) => {
    const r = text.startsWith('申请人') ? court(text) : assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });

  it('an order advised or asked about is no application', () => {
    const advised = call('报警人称和老公吵架了', '民警到场调解，建议女方申请人身安全保护令');
    expect(advised.factors.map((f) => f.code)).not.toContain('protection_order_application');
    expect(advised.riskLevel).toBe('blue');
    expect(codes('老公天天骂我，我可以申请人身安全保护令吗')).not.toContain('protection_order_application');
  });

  it('会 or 要 after a word of frequency says what he does, not what he might do; a threat said often stays a threat', () => {
    expect(codes('妻子称丈夫喝了酒经常会打她')).toContain('violence');
    expect(codes('妻子称丈夫经常扬言要打她')).not.toContain('violence');
  });

  it("a dog's bite is no act between relatives", () => {
    expect(assess('报警人称一条狗咬了她女儿的腿，流了血').familyRomantic).toBe(false);
  });

  it('a body part after an act is a person hurt; a thing is not', () => {
    expect(codes('报警人称两口子吵架，老公拿碗砸了头')).toContain('violence');
    expect(codes('报警人称两口子吵架，老公把碗砸了')).not.toContain('violence');
  });
});

describe('round 5: grading and parties', () => {
  const call = (main: string, disposition: string) => assessRisk({ ...event(main), texts: { main, disposition } }, [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0006号' }, [], RULES);

  it('orange factors however many stay orange: red comes only from a red flag', () => {
    const r = assess('报警人称老公喝完酒把她胳膊掐得青一块紫一块，还说要收拾她，民警出具了告诫书');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'orange']);
  });

  it('an injury no act of the other party caused leaves a dispute blue', () => {
    const r = assess('我离婚两年了，想要回女儿的抚养权，孩子身上有青紫');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'blue']);
  });

  it('a hospital named for an examination only is no treatment', () => {
    expect(assess('报警人称被老公推了一把，去医院拍了片子，骨头没事').riskLevel).not.toBe('red');
  });

  it('a pattern bounded by the clause stops at a full-width comma (NFKC makes it ASCII)', () => {
    expect(codes('报警人称老公天天加班，回家等她吃饭')).not.toContain('stalking');
  });

  it('the thing it was done with, after 被, is no outsider', () => {
    const r = assess('报警人称对门两口子打起来了，女的被暖壶砸了头，送医院了');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'red']);
  });

  it("a clause opening with 把 has the clause before's subject as its agent", () => {
    expect(assess('报警人称她嫂子租房住，房东来收房，把她推倒了').familyRomantic).toBe(false);
  });

  it('a place word before a relation locates the family; after 与/和 it names the neighbours', () => {
    expect(assess('报警人称楼下那家的继母天天打孩子').familyRomantic).toBe(true);
    expect(assess('报警人称与楼上夫妻因漏水吵架').familyRomantic).toBe(false);
  });

  it('女方面部 is 女方 and 面部, not 女 and 方面 (the couple is read from the disposition)', () => {
    const r = call('他把我摁在沙发上扇耳光', '男方承认动手，女方面部红肿');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });

  it('a question about a procedure or a policy names a matter of family law but no dispute (the rules; the learned model may still judge it)', () => {
    const rulesAlone = { ...RULES, model: undefined };
    const ask = (text: string) => assessRisk({ ...event(text), source: 'petition', sourceRef: 'X-0001' }, [], rulesAlone);
    expect(ask('来信人询问补办离婚证需要带哪些材料').familyRomantic).toBe(false);
    expect(ask('建议政府出台措施整治天价彩礼').familyRomantic).toBe(false);
    // A dispute stays one, whatever procedure it asks about.
    expect(ask('老公天天打我，离婚需要什么材料').familyRomantic).toBe(true);
  });

  it('typed variants of the words that carry danger: 爆力, 不想在过下去', () => {
    expect(codes('我老公对我实施爆力行为')).toContain('violence');
    expect(codes('因为家庭暴力，我不想在过下去了')).toContain('separation');
  });

  it('申请人系被申请人的奶奶: the parties are kin', () => {
    const r = court('申请人系被申请人的奶奶。被申请人多次威胁申请人，还摔砸家中物品。申请人请求裁定禁止被申请人骚扰申请人。');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });
});

describe('round 6: who is a party, and what was done to whom (general causes of the v4 and v5 misses)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0061号' }, [], RULES);

  it('被告 and 被申请人 are parties, not the passive 被: nothing is done to anyone in 被告从来没有打过, 被告每天打电话', () => {
    expect(factorCodes(court('原告请求离婚。被告脾气大，但被告从来没有打过原告，只是经常摔门。'))).not.toContain('violence');
    expect(factorCodes(court('原告请求离婚。被告疑心重，每天给原告打十几个电话查岗。'))).not.toContain('violence');
  });

  it("把 + someone's thing is an act on the thing; negation reads past 对…实施", () => {
    expect(factorCodes(call('她把我的行李打包扔了出来，说不想过了'))).not.toContain('violence');
    expect(factorCodes(court('原告诉请离婚。被告虽然脾气暴躁，但未对原告实施殴打。'))).not.toContain('violence');
  });

  it('a blow landing 在 a part of the body is done to a person', () => {
    const r = call('男友一拳打在她鼻梁上，鼻子一直流血');
    expect(factorCodes(r)).toContain('violence');
    expect(r.riskLevel).toBe('orange');
    expect(court('原、被告系夫妻。被告抄起板凳砸在原告肩膀上，致原告锁骨骨折。').riskLevel).toBe('red');
  });

  it('a weapon picked up past a few words, or seized by the officers, is red', () => {
    expect(call('兄弟俩分地吵起来，哥哥抄起院里的铁锨往弟弟头上拍').riskLevel).toBe('red');
    expect(call('前夫在电话里说要她好看', '民警在其住处查获弩一把，已依法收缴').riskLevel).toBe('red');
  });

  it('strangulation and forced sex with the person between the words are red', () => {
    expect(court('原、被告系夫妻。被告掐住原告的脖子把她按在墙上，原告离婚的请求由此而来。').riskLevel).toBe('red');
    expect(court('原、被告系夫妻。原告不愿同房，被告强行把原告压在床上发生关系。').riskLevel).toBe('red');
  });

  it('the parties named before 系夫妻 or 系母子, or one stated as the other’s son, are kin', () => {
    const r = court('申请人赵某某与被申请人钱某系母子。被申请人多次向申请人要钱，不给就砸东西，还说要弄死申请人。');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'red']);
    expect(court('原告周某与被告吴某系夫妻。现原告请求判令被告返还婚后购买的车辆。').familyRomantic).toBe(true);
    expect(court('被申请人系其长子，长期向申请人索要钱财，稍不如意便砸东西骂人。').familyRomantic).toBe(true);
    expect(court('原告诉称，我与被告于2015年结婚。婚后被告经常对我拳打脚踢。').riskLevel).toBe('orange');
  });

  it('kin words the lexicon lacked (情侣, 兄弟俩) and 男的/女的 as the couple', () => {
    expect(call('一对小情侣在路边争吵，男的推了女的一把').familyRomantic).toBe(true);
    expect(call('两口子拌嘴，男的扇了女的一巴掌').riskLevel).toBe('yellow');
    expect(call('兄弟俩为分宅基地打了起来，弟弟头上缝了三针').riskLevel).toBe('red');
    expect(call('嫂子和小叔子为了院墙扭打起来，嫂子脸被抓破了').familyRomantic).toBe(true);
  });

  it('a refused suitor who follows her is harassment after a refusal: orange', () => {
    expect(call('她拒绝了相亲对象，此后他每天跟着她下班').riskLevel).toBe('orange');
  });

  it('a neighbour who calls is a witness; a wife with no owner after 把 is the man’s own', () => {
    const r = call('邻居报警称隔壁男的把老婆打得昏迷不醒');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'red']);
  });

  it('the relative’s act against an outsider, and toward someone’s door, are not between relatives', () => {
    expect(call('我哥哥喝多了把一个路人打伤了').familyRomantic).toBe(false);
    expect(factorCodes(call('对门两口子往我家门口泼脏水'))).not.toContain('violence');
  });
});

describe('round 6: grading by the rubric in words the rules did not read', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0062号' }, [], RULES);
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0062' }, [], RULES);

  it('an order in force stated as given or ruled, then threats or violence: breach, red', () => {
    expect(petition('法院上个月给我发了人身安全保护令，可前夫还是到我店里骂我，说要让我好看。').riskLevel).toBe('red');
    expect(call('去年法院裁定禁止前男友接近她，今天他又揪着她头发往外拖').riskLevel).toBe('red');
  });

  it('after a break-up: scenes at her shop day after day, her chats posted to a group, dozens of messages a day: orange', () => {
    expect(court('原告与被告原系恋人，双方分手后，被告几乎每天到原告的店里闹，当众骂人。').riskLevel).toBe('orange');
    expect(call('分手后前男友把她的聊天记录发到她公司群里').riskLevel).toBe('orange');
    expect(call('和前夫离婚后，他一天几十条短信骂她').riskLevel).toBe('orange');
  });

  it('property smashed and belongings put out of the door are yellow, not violence', () => {
    const r = call('老公把手机摔在地上，又一脚把门踹坏了，没碰我');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'yellow']);
    expect(factorCodes(r)).not.toContain('violence');
    expect(court('原、被告系夫妻。被告把原告的衣物扔到楼道里，换了门锁。原告请求离婚。').riskLevel).toBe('yellow');
    expect(factorCodes(call('家里的电视被他砸坏了，他没碰我'))).not.toContain('violence');
  });

  it('a threat to her name or peace is a threat without means: yellow, also when she wants a divorce', () => {
    expect(call('丈夫在微信里说回来有你受的').riskLevel).toBe('yellow');
    expect(court('原、被告系夫妻。原告要求离婚，被告扬言让原告娘家没有安生日子过。').riskLevel).toBe('yellow');
  });

  it('what is denied or said on a condition is not done: 未有威胁, 不会动手, 他说离婚就打断', () => {
    expect(factorCodes(call('前夫来电跟她吵孩子学费的事', '系抚养费争议，未有威胁言语'))).not.toContain('threat');
    expect(factorCodes(call('妻子称丈夫在外地喝酒骂人', '已电话批评，男方表示不会动手'))).not.toContain('violence');
    const r = call('老公说我敢离婚就打断我的腿');
    expect(factorCodes(r)).not.toContain('serious_injury');
    expect(factorCodes(r)).toContain('threat');
  });

  it('outcomes read as they are: 手机掰断 is no broken hand, 掐痕 on an arm no strangulation, photographs at a hospital no treatment', () => {
    expect(factorCodes(call('丈夫把她手机掰断了'))).not.toContain('serious_injury');
    const r = court('原、被告离婚后孩子随被告生活，孩子胳膊上有掐痕，原告带孩子到医院拍照留存。请求变更抚养。');
    expect(factorCodes(r)).not.toContain('strangulation');
    expect(factorCodes(r)).not.toContain('serious_injury');
  });

  it('a threat to kill himself if she leaves is a suicide threat to control: orange', () => {
    expect(call('她说要搬出去，丈夫说你走了我就喝，她不敢走').riskLevel).toBe('orange');
  });
});

describe('round 7: general causes that carried to a writer they were not found on (feed-v6 validation)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0071号' }, [], RULES);

  it('smashing property with drink, a divorce under way or her fear stays yellow: those aggravate violence, not property damage', () => {
    const r = court('原告诉称：被告喝了酒就摔东西，上月把电视机和茶几都砸了，原告很害怕，请求判决离婚。');
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('property_damage');
    expect(r.riskLevel).toBe('yellow');
    // With an act on her it is the rubric's orange as before.
    expect(court('原告诉称：被告喝了酒就摔东西，上月把电视机砸了，还打了原告两巴掌，请求判决离婚。').riskLevel).toBe('orange');
  });

  it.each([
    '我母亲在医院住着，护工嫌她事多推了她一把',
    '我女儿放学路上，几个高年级学生拦住她要钱还打了她',
    '妻子在菜市场和一个不认识的女子吵起来了',
  ])("%s: the act is an outsider's (the clause's subject, or the person after 和 past a few words), not between relatives", (text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it('a weapon used only on a thing is smashing property (yellow); brought to the door she is behind it is a weapon against her (red)', () => {
    const r = court('原、被告系夫妻。被告喝醉后拿酒瓶把客厅的电视砸了。');
    expect(factorCodes(r)).not.toContain('weapon');
    expect(r.riskLevel).toBe('yellow');
    expect(court('原、被告系夫妻。被告拎着菜刀在门口砸门，原告躲在屋里不敢出声。').riskLevel).toBe('red');
    expect(court('原、被告系夫妻。被告拿酒瓶把电视砸了，又拿酒瓶打原告。').riskLevel).toBe('red');
  });

  it("a filing's parties stay whole words before a verb jieba joins to them (原告诉称 is 原告/诉称, not 原/告诉/称)", () => {
    expect(RULES.segmenter!.cut('原告诉称：被告每次喝酒都骂人')).toEqual(expect.arrayContaining(['原告', '诉称', '被告']));
    expect(RULES.segmenter!.cut('申请人诉称被申请人多次上门吵闹')).toEqual(expect.arrayContaining(['申请人', '诉称', '被申请人']));
  });

  it('a caller who tells only of 我 and 他, naming no one else, is calling about the man she lives with: a family dispute', () => {
    const r = call('他又喝多了回来砸东西，我说了他两句他就打我');
    expect(r.familyRomantic).toBe(true);
    expect(r.domainEvidence.map((e) => e.text)).toContain('他');
    // Anyone else named (a neighbour, a landlord, a stranger) and 他 is that person.
    expect(call('我下楼倒垃圾，邻居又在楼道堆东西，他还骂我').familyRomantic).toBe(false);
    expect(call('我在店里买东西，老板多收了钱，他还推我').familyRomantic).toBe(false);
  });

  it('one of 男方/女方 named beside 双方 is the couple of the call, as both named are', () => {
    const r = call('双方因为装修的钱吵起来，女方称被推了一把，胳膊上青了一块');
    expect(r.familyRomantic).toBe(true);
    expect(call('到场后双方已平静，女方称只是拌了几句嘴', '双方因买房首付争吵').familyRomantic).toBe(true);
  });

  it("the parties' marriage named as a time of their lives (原、被告婚后, 双方离婚后) makes them the couple of the filing", () => {
    const r = court('原、被告婚后感情一般，被告长期在外打工不回家，也不往家里寄钱。');
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe('spouse');
  });

  it("a kin word right after an outsider's role is an address (房东大姐, 保安大叔), not a relative", () => {
    expect(call('报警人称房东大姐说再不交房租就把她的东西扔出去').familyRomantic).toBe(false);
    expect(call('报警人称她大姐嫌她住得太久，把她的东西扔出去了').familyRomantic).toBe(true);
  });

  it('说了 before 就 tells what happened first, not a threat he said: 我说了他两句他就打我 is an act', () => {
    expect(factorCodes(call('丈夫喝了酒，我说了他两句他就打我'))).toContain('violence');
    // A threat said on a condition stays a threat.
    expect(factorCodes(call('丈夫说我再去娘家就打断我的腿'))).not.toContain('violence');
  });

  it('a man named 男子 may be the husband: the subject rule leaves him a party', () => {
    expect(call('报警人称一男子在楼道里殴打其妻子').familyRomantic).toBe(true);
  });
});

describe('round 7 review: over-broad readings of round 7, fixed by their general cause', () => {
  it.each([
    ['丈夫喝醉了，在超市门口打了我一巴掌', 'orange'],
    ['老公发火了，在医院走廊里踹了我一脚', 'red'],
    ['丈夫喝酒回来，因为工资的事打了我', 'orange'],
    ['男友喝多了，嫌工资少打了我两巴掌', 'orange'],
    ['老公喝多了，到店里把我打了一顿', 'orange'],
  ])('%s: a place, money or a topic (在/到/因为/嫌 …, …的) is no outsider subject: the act is the partner’s (%s)', (text, level) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe(level);
  });

  it.each(['我母亲在医院住着，护工嫌她事多推了她一把', '超市的保安把我老公打了', '丈夫在超市门口被保安打了一巴掌'])(
    '%s: a person’s role is still an outsider (the right reading kept)',
    (text) => {
      const r = call(text);
      expect(r.familyRomantic).toBe(false);
      expect(r.riskLevel).toBe('none');
    },
  );

  it('a partner who quarrels with an outsider and then acts on her is still the one who acts', () => {
    const r = call('老公和一个喝醉的同事吵起来，把我推倒了');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('orange');
    expect(call('老公跟同事喝酒回来打了我').familyRomantic).toBe(true);
    // The quarrel or the fight with the outsider stays theirs.
    expect(call('老公和同事喝酒后打架').familyRomantic).toBe(false);
    expect(call('妻子与房东发生争吵，房东威胁要打她').familyRomantic).toBe(false);
    expect(call('妻子在菜市场和一个不认识的女子吵起来了').familyRomantic).toBe(false);
  });

  it.each([
    '我在路上走，他突然冲过来打了我两拳',
    '我开车被他追尾了，他下车就骂我还推我',
    '我借给他两万块钱，他不还还打我',
    '我在小区门口被他拦住要钱，他说不给就打我',
    '我和他喝酒喝多了吵起来他打我',
    '我不认识他，他突然打了我',
  ])('%s: 他 met on the street, over a loan, a car or a drink is no partner', (text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each([
    ['他又喝多了回来砸东西，我说了他两句他就打我', 'orange'],
    ['他天天在家骂我，今天又动手打了我', 'orange'],
    ['他一喝酒就打我，我不敢回家', 'orange'],
  ])('%s: a caller’s 他 with a home they share is her partner (%s)', (text, level) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe(level);
  });

  it.each([
    '双方系邻居，因停车问题争吵，女方称被对方推倒',
    '双方系同事，因工作琐事发生口角，女方称被推了一把',
    '双方因停车位发生争执，男方称对方先动手打人',
    '双方是网友，见面后发生争执，男方称被女方打了一巴掌',
  ])('%s: 双方 stated to be no couple, or quarrelling over a matter of strangers, are not the couple of 男方/女方', (text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it('双方 beside one of the couple, or both named, is still the couple (the right reading kept)', () => {
    expect(call('双方系夫妻，因琐事争吵，女方称被推了一把').familyRomantic).toBe(true);
    expect(call('双方因家务琐事发生口角，女方称被男方推倒').familyRomantic).toBe(true);
    expect(call('民警到场，双方已平静。女方称被推了一把，胳膊上青了一块').familyRomantic).toBe(true);
    // How they met is not what they are.
    expect(call('女方称男方喝酒后打了她，双方系邻居介绍认识').familyRomantic).toBe(true);
  });

  it('an injury or a stay in hospital is never lowered to yellow beside smashing property', () => {
    const r = call('老公喝醉了在家砸东西，飞出来的玻璃把我划伤住院了，我很害怕');
    expect(factorCodes(r)).toEqual(expect.arrayContaining(['injury', 'property_damage']));
    expect(r.riskLevel).toBe('orange');
    expect(call('老公喝醉了在家砸东西，玻璃把我划伤了').riskLevel).toBe('orange');
    // Smashing property alone with drink stays the rubric's yellow.
    expect(call('老公喝醉了在家砸东西，我很害怕').riskLevel).toBe('yellow');
  });

  it('a weapon is dropped only when every mention is on a thing; aimed at her it is red', () => {
    const r = call('老公拿酒瓶把电视砸了，又拿酒瓶对着我比划');
    expect(factorCodes(r)).toContain('weapon');
    expect(r.riskLevel).toBe('red');
    expect(call('老公拿刀把桌子砍了，又拿刀指着我').riskLevel).toBe('red');
    // Every mention on a thing: smashing property.
    const things = call('老公拿锤子砸了电视，又用锤子砸了冰箱');
    expect(factorCodes(things)).not.toContain('weapon');
    expect(things.riskLevel).toBe('yellow');
  });

  it('被告知 is one word, never the party 被告 and 知; 被告知道 is still the party and 知道', () => {
    expect(RULES.segmenter!.cut('我被告知房子要拆')).toEqual(['我', '被告知', '房子', '要', '拆']);
    expect(RULES.segmenter!.cut('原告被告知需补交材料')).toEqual(expect.arrayContaining(['原告', '被告知']));
    expect(RULES.segmenter!.cut('被告知道原告怀孕后仍殴打原告')).toEqual(expect.arrayContaining(['被告', '知道']));
    expect(RULES.segmenter!.cut('原告诉称：被告每次喝酒都骂人')).toEqual(expect.arrayContaining(['原告', '诉称', '被告']));
  });
});

describe('round 8: general causes found in v7 and kept where v6 did not fall (v9, written blind, scored before it was read)', () => {
  const call = (main: string) => assessRisk(event(main), [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0088号' }, [], RULES);
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF20261202001' }, [], RULES);

  it.each([
    '我跟房东理论押金的事，她老公从屋里冲出来把我推倒了',
    '我给装修老板干了两个月活他一直不结账，我去他店里要，他当着他老婆的面骂我，把我推出了门',
  ])("%s: an outsider's 他/她 acting on the caller, and that outsider's relative, are no relatives of the caller", (text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it("the right readings stay: her own couple's act told by a friend, his act on her after a colleague is named", () => {
    expect(call('我同事打电话说她男朋友昨晚喝了酒打了她').familyRomantic).toBe(true);
    expect(call('我老公和同事喝完酒，他一回来就打我').familyRomantic).toBe(true);
    // A neighbour so named is where a family lives: her husband is hers.
    expect(call('邻居报警说楼下那家的女的被她老公拽下了楼梯').familyRomantic).toBe(true);
  });

  it('someone who courts her and is refused is a romantic party, whatever his role (a colleague, a man of the village)', () => {
    const r = call('健身房一个教练追我，我没答应，他这几天天天在我小区门口等我，我很害怕');
    expect(r.familyRomantic).toBe(true);
    expect(r.domain).toBe('恋爱情感');
    expect(r.riskLevel).toBe('orange');
    expect(r.domainEvidence.map((e) => e.text).join('')).toContain('没答应');
    const petrol = call('隔壁村一个男的追求我，我拒绝了好几回，今天他提着一壶汽油守在我家院门口');
    expect(petrol.familyRomantic).toBe(true);
    expect(petrol.riskLevel).toBe('red');
    expect(factorCodes(petrol)).toContain('arson_poison');
  });

  it('a weapon or means brought with a word of use against her is an act that links her relative to her', () => {
    const r = call('大伯哥拎着斧头在屋后追我，我躲进了柴房');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
    expect(r.domainEvidence.map((e) => e.text)).toEqual(expect.arrayContaining(['大伯哥']));
    // Taken by himself, or brought to an office, it is no act between them.
    expect(call('老公做生意亏了钱，刚才他自己喝了农药，我们在去医院的路上').familyRomantic).toBe(false);
  });

  it('the people of the call itself (来电人, the police asked to come) are no third person: 我 and 他 stay the couple', () => {
    const r = call('他又动手打我了，我锁在卧室里，他在外面砸门。（来电人要求民警马上过来）');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });

  it.each([
    ['原告：甲某，女，1990年生，住某街道某小区。被告：乙某，男，1988年生，系原告丈夫。被告经常殴打原告。', 'spouse'],
    ['原告：甲某，女。被告：乙某，男，1960年生，原告之公公。被告把原告的锅碗都砸了。', 'in_law'],
    ['原告甲某，女；被告乙某，男。两人2020年领证。被告因原告回家晚，抓着原告头发往门上撞。', 'spouse'],
    ['原告：甲某，女。被告：乙某。原、被告2022年开始恋爱，2024年原告提出分手。此后被告天天到原告单位门口堵原告。', 'ex_partner'],
    ['自诉人：甲某，女，40岁。被告人：乙某，男，43岁，系自诉人丈夫。被告人多次殴打自诉人。', 'spouse'],
    ['申请人：甲某，女，25岁。被申请人：乙某，男，27岁，与申请人同居两年。被申请人上周打了申请人。', 'partner'],
  ])("%s: the parties' relation stated in the identity lines or as their marriage or courtship", (text, relation) => {
    const r = court(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe(relation);
  });

  it('a writer introducing herself names where she works: no claim against it, her family dispute stays', () => {
    const r = petition('我叫李某，在镇上一家饭店当服务员。我和丈夫结婚十年，他一喝酒就打我，上个月把我肋骨打断了。');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
    // A complaint that opens with the counterparty is still one against it.
    expect(petition('饭店拖欠工资三个月。我丈夫在这家饭店当厨师，老板一直不给钱。').familyRomantic).toBe(false);
  });

  it("a filing's party that is a company still makes a claim against an outsider", () => {
    expect(court('原告：甲某，女。被告：某人寿保险股份有限公司某支公司。原告丈夫投保意外险后身故，被告拒赔。').familyRomantic).toBe(false);
  });

  it('a neighbour who knows, hears or steps in is a witness, and 楼下 after 在/到 a place: the family dispute stays', () => {
    const r = call('一个小姑娘打电话，说她爸喝醉了正在打她妈，邻居们都看见了');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
    expect(call('男孩说他爸拿皮带抽他，他躲到楼下不敢回去').familyRomantic).toBe(true);
    // A neighbour who says it in his own dispute is a party.
    expect(petition('我家墙被隔壁的树根顶裂了，邻居说是他老爹种的，不让砍').familyRomantic).toBe(false);
  });

  it('a parent owned by a pronoun who acts is a relative; beside an outsider or cursed, not', () => {
    expect(call('小伙子说他妈拿扫帚打他').familyRomantic).toBe(true);
    expect(call('快递员跟我爸在门口吵起来，推了我爸一把').familyRomantic).toBe(false);
    expect(call('他妈的，谁把我车玻璃砸了').familyRomantic).toBe(false);
  });

  it("the learned judgement's no: a family reading made only from a relation word near a conflict is dropped below the veto, never a relative named as a party", () => {
    const veto = RULES.model!.thresholds.veto!;
    expect(veto).toBeGreaterThan(0);
    const unvetoed = { ...RULES, model: { ...RULES.model!, thresholds: { ...RULES.model!.thresholds, veto: undefined } } };
    const text = '我爱人在工厂干活被机器轧伤了手，厂里不给赔偿，还骂我们，请求劳动局处理';
    // The rules alone read the relative beside the quarrel as its party; the model finds the record unlike a family dispute.
    expect(assessRisk(event(text), [], unvetoed).familyRomantic).toBe(true);
    expect(call(text).familyRomantic).toBe(false);
    expect(call(text).riskLevel).toBe('none');
    // Never over an orange or red grade: the learned "no" does not override the rubric (an injury with violence here).
    const orange = '我儿子在学校被同学欺负，上周又被推倒磕破了头，老师不管，请求教育局调查学校';
    expect(call(orange).riskLevel).toBe(assessRisk(event(orange), [], unvetoed).riskLevel);
    // A relative named as the party of the act (被丈夫打, 丈夫把她推倒) is never vetoed.
    expect(call('丈夫喝了酒把她推倒在地').familyRomantic).toBe(true);
    expect(call('她被丈夫打了一巴掌').familyRomantic).toBe(true);
  });

  it("with an order in force (given, or the court's ruling with its content), a scene or abuse after it is its breach: red", () => {
    const r = call('法院三月份给我下了人身安全保护令，前夫昨天又到我摆摊的地方吵闹，当着顾客骂我');
    expect(r.riskLevel).toBe('red');
    const breach = r.factors.find((f) => f.code === 'protection_order_breach_threats');
    // Its evidence: the order and the act told after it.
    expect(breach?.evidence).toHaveLength(2);
    const ruling = court(
      '申请人：甲某，女。被申请人：乙某，男，系申请人前夫。本院曾于去年作出裁定，不准被申请人骚扰申请人。被申请人又到申请人单位吵闹。',
    );
    expect(ruling.riskLevel).toBe('red');
    // A ruling of another kind is no order.
    expect(factorCodes(court('原告诉称：原、被告经本院已裁定准予离婚，现原告请求变更孩子抚养权。'))).not.toContain(
      'protection_order_in_force',
    );
  });
});

describe('round 8 review: over-broad readings of round 8, fixed by their general cause', () => {
  const call = (main: string) => assessRisk(event(main), [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0088号' }, [], RULES);
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF20261202001' }, [], RULES);
  const BREACH = 'protection_order_breach_threats';

  it.each([
    '原告：甲某，女。被告：乙某，男，系原告丈夫。原告曾起诉离婚，本院裁定不准许原告撤诉。此后双方经常吵架。',
    '原告：甲某，女。被告：乙某，男，系原告丈夫。本院裁定被告不得转移、处分夫妻共同财产。此后双方经常吵架。',
    '原告：甲某，女。被告：乙某，男，系原告丈夫。本院裁定被告不得出售夫妻共有房屋。此后被告经常骂原告。',
  ])('%s: a ruling of another kind (a withdrawal refused, property preserved) is no order in force: blue', (text) => {
    const r = court(text);
    expect(factorCodes(r)).not.toContain('protection_order_in_force');
    expect(r.riskLevel).toBe('blue');
  });

  it.each([
    ['法院判了离婚但没下保护令，他今天又来闹了', ['none', 'blue', 'yellow']],
    ['法院送达了驳回保护令申请的裁定，他今天又跑来骂我', ['none', 'blue', 'yellow']],
    ['律师发给我一份保护令申请书模板，我老公知道后跟我吵了一架', ['blue']],
    ['法院下发了保护令申请须知，他看到后跟我吵了一架', ['blue']],
  ])('%s: an order denied, refused or only its paperwork is no order in force (%j)', (text, levels) => {
    const r = call(text);
    expect(factorCodes(r)).not.toContain('protection_order_in_force');
    expect(levels).toContain(r.riskLevel);
  });

  it.each([
    '法院给我发了保护令，他一直没来过。今天我跟邻居因为停车吵起来了',
    '法院给我发了保护令，今天我妈和我吵了一架',
    '法院给我发了保护令，今天我弟弟和我吵了一架',
  ])('%s: a quarrel with a third person (a neighbour, her mother) is no breach of her order', (text) => {
    const r = call(text);
    expect(factorCodes(r)).not.toContain(BREACH);
    expect(r.riskLevel).not.toBe('red');
  });

  it('the right readings stay: an order in force and a scene by him (他, 前夫, 被申请人) after it is its breach, red', () => {
    expect(call('法院给我发了保护令，他今天又跑到我上班的超市来闹，当着顾客的面骂我').riskLevel).toBe('red');
    expect(call('法院三月份给我下了人身安全保护令，前夫昨天又到我摆摊的地方吵闹，当着顾客骂我').riskLevel).toBe('red');
  });

  it.each([
    '城管追我，我不同意他们没收三轮车，他们把我推倒了',
    '他开车追了我三条街，我不同意赔钱，他就把我推倒了',
    '追债公司的人追了我半年，我不同意分期，他们就在我单位门口骂我',
    '保安追我，我不同意他们拍照，他们把我推了一把',
  ])('%s: a chase and a no to a demand are no refused courtship', (text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each([
    ['同事追过我，我拒绝了，后来我结婚了，今天我老公推了我一把', 'spouse', 'yellow'],
    ['一个男同学追过我，我拒绝了，后来我嫁人了，现在我老公天天打我', 'spouse', 'orange'],
    ['他追我，我拒绝了，现在他是我男朋友了，昨天吵架推了我一下', 'partner', 'yellow'],
  ])('%s: a courtship refused before her spouse or partner is named is her story; he is the party (%s, %s)', (text, relation, level) => {
    const r = call(text);
    expect(r.relation).toBe(relation);
    expect(r.riskLevel).toBe(level);
  });

  it.each(['我追她，她没同意，我就不再联系了，现在她男朋友天天打电话骂我', '我给她发了几次消息，她老公就打电话骂我'])(
    '%s: the caller courting her is no refused suitor, and her partner acting on the caller is a third person',
    (text) => {
      const r = call(text);
      expect(r.familyRomantic).toBe(false);
      expect(r.riskLevel).toBe('none');
    },
  );

  it('the right reading stays: 她 standing for the caller’s relative owns the caller’s kin', () => {
    expect(call('我妈再婚了，她老公经常打我').familyRomantic).toBe(true);
  });

  it.each([
    '原告甲某，男；被告乙某，男。两人同居一室，系室友，被告酒后殴打原告。',
    '原告甲某，女；被告乙某，女。两人是在朋友的结婚宴上认识的，被告向原告借款后不还，还推搡原告。',
    '原告甲某，男；被告乙某，男。双方约定在原告结婚前归还借款五万元，被告到期不还，还骂原告。',
    '原告甲某，女；被告乙某，女。二人在同学的结婚典礼上发生口角，被告打了原告。',
    '原告：甲某，男，住某村。被告：乙某，男，15岁，学生，其法定代理人丙某，系被告父亲。原告与被告系同学，被告在学校将原告打伤。',
    '原告：甲某，男。被告：乙某，女，16岁，其监护人丙某，系被告母亲。原告与被告系同学，被告在学校打伤原告。',
  ])("%s: another's wedding, a shared room or a guardian's tie is not the parties' relation", (text) => {
    const r = court(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each([
    '原告：甲某，女。被告：乙某，男，1988年生，原告之夫。被告多次殴打原告。',
    '原告：甲某，男。被告：乙某，女，1988年生，原告之妻。被告多次殴打原告。',
  ])('%s: 原告之夫 / 原告之妻 in an identity line is the parties’ marriage', (text) => {
    const r = court(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe('spouse');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    '我和老公在家吃饭，一个喝醉的人拿着酒瓶冲进我家',
    '一个陌生男子拿着刀在我家门口转悠，我老公不在家',
    '我公公拿着镰刀去地里割麦子',
  ])('%s: a means held by an outsider, or a tool at its work, links no relative to her', (text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each(['我老公拿着刀在厨房切菜', '我老公拿着菜刀在厨房剁馅'])(
    '%s: a knife in the kitchen at its work is no weapon: not red',
    (text) => {
      const r = call(text);
      expect(factorCodes(r)).not.toContain('weapon');
      expect(r.riskLevel).not.toBe('red');
    },
  );

  it('a tracker ascribed to him: 其他 is no 他, and a denial (不是他装的) is none', () => {
    expect(call('车上发现一个定位器，民警查明是4S店其他员工装的，我老公很生气').familyRomantic).toBe(false);
    expect(factorCodes(call('车上有个定位器，查明是其他人装的，我老公报了警'))).not.toContain('stalking');
    const denied = call('我和前男友分手了，车上有个定位器，他说不是他装的');
    expect(factorCodes(denied)).not.toContain('stalking');
    expect(denied.riskLevel).toBe('blue');
    // Ascribed to him, it stays.
    expect(call('我和前男友分手了，车上发现一个定位器，是他装的').riskLevel).toBe('orange');
  });

  it('whom 他 stands for: the caller’s partner named after the pronoun may be he', () => {
    const r = call('我跟房东因为房租吵了几句，晚上他回来知道了又打我，我男朋友脾气一直不好');
    expect(r.familyRomantic).toBe(true);
    expect(r.domain).toBe('恋爱情感');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    '我在客户家装修，客户的老婆嫌我干得慢，她老公出来骂我还踢了我一脚',
    '我跟房东吵了一架，她老公是派出所的，她老公出来说要让我好看',
    '我在饭店跟老板娘吵起来，老板娘的老公出来打了我一巴掌',
  ])("%s: an outsider's relative (客户的老婆, 她老公 named twice) is no relative of the caller's", (text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each(['我爸开车撞了人，对方家属来我家闹', '我妈骑电动车撞了人，对方家属来我家骂'])(
    '%s: a parent acting on an outsider is no party of a family dispute',
    (text) => {
      const r = call(text);
      expect(r.familyRomantic).toBe(false);
      expect(r.riskLevel).toBe('none');
    },
  );

  it('a neighbour who blocks someone’s way is a party (邻里), one who steps in a witness', () => {
    expect(call('邻居拦住我妈的电动车，不让从他家门口过，还推了我妈一把').domain).toBe('邻里');
    expect(call('邻居拦住我爸的车不让走，还骂了我爸').domain).toBe('邻里');
    expect(call('一个小姑娘打电话，说她爸喝醉了正在打她妈，邻居给拦住了').familyRomantic).toBe(true);
  });

  it('the veto gives the reading the rules make without the family one (劳动), not a fixed 其他 and the conflict word', () => {
    const r = petition('我爱人在工厂干活被机器轧伤了手，厂里不给赔偿，还骂我们，请求劳动局处理');
    expect(r.familyRomantic).toBe(false);
    expect(r.domain).toBe('劳动');
    expect(r.domainEvidence.map((e) => e.text)).toEqual(['劳动局']);
  });

  it('the readings the reviewer found working stay', () => {
    expect(call('前夫说要灭了我们一家').riskLevel).toBe('red');
    expect(call('他说喜欢我，我没答应，他每天在我公司楼下堵我').riskLevel).toBe('orange');
    expect(call('他追了我一年，我没答应，昨天他拿着刀在我家门口等我').riskLevel).toBe('red');
    expect(court('原告：甲某，女。被告：乙某，男，系原告的丈夫。被告经常殴打原告。').relation).toBe('spouse');
    expect(call('有人提着一桶汽油到我家门口，我老公说不认识那个人').riskLevel).toBe('none');
    expect(call('邻居大叔拿着锄头追我家的狗，把狗打死了').riskLevel).toBe('none');
    expect(call('我爸打了我一巴掌，我脸肿了').riskLevel).toBe('yellow');
    expect(call('他爸又喝多了打他，他躲到楼下').riskLevel).toBe('orange');
    expect(call('我妈在菜市场买菜，摊主推了她一把').riskLevel).toBe('none');
  });
});

describe('round 9: general causes of the false families and raised yellows of v8 and v9 (kept where v6 did not fall)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0099号' }, [], RULES);
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF20261203001' }, [], RULES);

  it.each([
    [
      '报警人称隔壁老周为了晒粮食的场地跟她吵，把她婆婆推倒在地，老人胳膊擦破了皮。',
      '民警到场，双方系邻居，因晒场使用问题发生纠纷，经调解老周道歉并赔偿。',
    ],
    ['报警人称他岳父在小区里跟人下棋，为了悔棋吵起来，对方把他岳父推了一把。', '民警到场，双方互不相识，经调解对方道歉。'],
    [
      '报警人称他媳妇在菜场买菜，摊主嫌她挑拣，跟她吵了起来，还把她推了一下。',
      '经查摊主与报警人一家素不相识，因挑拣蔬菜发生口角，已调解。',
    ],
  ])('%s: the record states its people are no kin; the relative is one side of that dispute, not a family party', (main, disposition) => {
    const r = call(main, disposition);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it("原告与被告系前后院邻居 in a filing: the defendant's wife who threatens is his household, not a family dispute", () => {
    const r = court(
      '原告甲某与被告乙某系前后院邻居。被告翻修院墙占了原告的过道，原告去理论，被告的妻子拿着铁锹在门口骂，说谁敢拆墙就拍死谁。请求判令被告拆除占道部分。',
    );
    expect(r.familyRomantic).toBe(false);
  });

  it.each([
    ['丈夫喝醉了把她推倒在地。民警到场，双方系夫妻，男方承认推人。', true],
    ['双方系邻居介绍认识，结婚三年。昨晚老公喝酒后把她推倒了。', true],
    ['报警人称丈夫把她推倒了。民警到场，双方系同事，去年结婚。', true],
    ['原告王某与被告李某系同事，后发展为恋人，2020年同居。2025年分手后被告多次到原告单位骚扰。', true],
  ])('%s: the parties stated as a couple, or how they met, keep the family reading', (text, family) => {
    expect(call(text).familyRomantic).toBe(family);
  });

  it.each(['两口子吵了几句，她把自己锁在卫生间里不肯出来，老公在外面拍门', '报警人称她父亲一个人在家晕倒了，门从里面反锁着打不开'])(
    '%s: a door locked by herself, or from inside, is no confinement',
    (text) => {
      expect(factorCodes(call(text))).not.toContain('confinement');
    },
  );

  it('老公把她锁在屋里不让出门 is still confinement: orange', () => {
    const r = call('老公把她锁在屋里不让出门');
    expect(factorCodes(r)).toContain('confinement');
    expect(r.riskLevel).toBe('orange');
  });

  it.each(['原告诉称：被告从没打过原告，就是整天不着家，原告请求离婚。', '原告诉称：被告从来没有动过手，只是经常冷言冷语，原告请求离婚。'])(
    '%s: 从没 / 从来没有 deny the act: no violence, a divorce without it is blue',
    (text) => {
      const r = court(text);
      expect(factorCodes(r)).not.toContain('violence');
      expect(r.riskLevel).toBe('blue');
    },
  );

  it.each([
    '报警人称她提出分手，男朋友说她要是敢分手就把她的照片发到她们公司群里，让她在公司待不下去。',
    '来访人称她要离婚，丈夫扬言你敢离，我就把你的聊天记录发给你们单位领导，让你抬不起头。',
  ])('%s: a posting threatened on a condition is a threat to her name (yellow), not harassment done', (text) => {
    const r = text.startsWith('来访人') ? petition(text) : call(text);
    expect(factorCodes(r)).not.toContain('stalking');
    expect(factorCodes(r)).toContain('threat_social');
    expect(r.riskLevel).toBe('yellow');
  });

  it('分手后他把她的私密照片发到了同学群里: a posting done after a break-up is harassment after a separation, orange', () => {
    const r = call('报警人称分手后前男友把她的私密照片发到了同学群里');
    expect(factorCodes(r)).toContain('stalking');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['报警人称老公说她再去娘家一次就打断她的腿。', '民警到场，告知男方威胁家庭成员同样属于家庭暴力，对其进行了教育。'],
    ['报警人称老公说要把她的丑事发到村里群里，让她抬不起头。', '民警告知男方，把他人隐私发到网上是违法的。'],
  ])('%s: the law the officers tell, and 再…一次就 on a condition, are no act done', (main, disposition) => {
    const r = call(main, disposition);
    expect(factorCodes(r)).not.toContain('violence');
    expect(factorCodes(r)).not.toContain('repeated_violence');
    expect(factorCodes(r)).not.toContain('stalking');
    expect(r.riskLevel).toBe('yellow');
  });

  it("民警告知其行为构成骚扰: the officers' finding about his act is still harassment", () => {
    const r = call('报警人称前男友分手后天天打电话给她。', '民警约谈男方，告知其行为构成骚扰，予以训诫。');
    expect(factorCodes(r)).toContain('stalking');
  });

  it.each(['丈夫喝醉了回来，把冰箱推倒了，又把椅子踢翻了', '她老公发脾气把衣柜推倒了，没碰她'])(
    '%s: 推倒 a thing is no violence: below orange',
    (text) => {
      const r = call(text);
      expect(factorCodes(r)).not.toContain('violence');
      expect(['blue', 'yellow']).toContain(r.riskLevel);
    },
  );

  it('丈夫把她推倒在地 is still violence', () => {
    expect(factorCodes(call('丈夫把她推倒在地'))).toContain('violence');
  });

  it.each([
    '报警人称女儿在学校被几个女生堵在楼梯口，后来被推倒摔破了膝盖。',
    '我儿子在镇中学住校，同宿舍两个男生把他按在床上，扇耳光、用脚踢，班主任说是闹着玩。',
    '报警人称弟弟在网吧和人发生口角后打了起来，对方把他头打破了。',
  ])('%s: schoolmates, a bare 被 after them, or someone unnamed are the other side: not a family dispute', (text) => {
    const r = text.startsWith('我') ? petition(text) : call(text);
    expect(r.familyRomantic).toBe(false);
  });

  it('报警人称她被老公推倒了，后来又被拽着头发拖到门外: a bare 被 after the husband is still his act', () => {
    const r = call('报警人称她被老公推倒了，后来又被拽着头发拖到门外。');
    expect(r.familyRomantic).toBe(true);
  });

  it("一名患者的儿子嫌医生看得慢，推倒了值班护士: a patient's son acting on a nurse is no family dispute", () => {
    expect(call('报警人称社区医院里，一名患者的儿子嫌医生看得慢，推倒了值班护士。').familyRomantic).toBe(false);
  });

  it('我不接，他就打到我同事那里去: 打 a call is no threat to hit', () => {
    const r = petition('我老公每天给我打二三十个电话查岗，我开会不接，他就打到我同事那里去，他从来没打过我。');
    expect(factorCodes(r)).not.toContain('threat');
    expect(factorCodes(petition('他说我再不回家就打断我的腿'))).toContain('threat');
  });

  it('老公喝醉了在外面踹门，门板都踹裂了: a door kicked in is property smashed, yellow', () => {
    const r = call('报警人小声说老公喝醉了在外面踹门，门板都踹裂了，她不敢出去。');
    expect(factorCodes(r)).toContain('property_damage');
    expect(factorCodes(r)).not.toContain('violence');
    expect(r.riskLevel).toBe('yellow');
  });

  it("修车师傅在我车底下发现了一个定位器，是我老公装的: the one who finds it is a witness; the husband's stalking", () => {
    const r = petition('我和老公结婚六年。上周修车师傅在我车底下发现了一个定位器，是我老公装的，我们还住在一起。');
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('stalking');
  });

  it('老公不准她回娘家: a move forbidden is no separation under way; the threat stays yellow', () => {
    const r = call('报警人称老公不准她回娘家，说她敢回就打断她的腿。');
    expect(factorCodes(r)).not.toContain('separation');
    expect(r.riskLevel).toBe('yellow');
    expect(factorCodes(call('报警人称老公不准她离婚，她一提离婚老公就打她。'))).toContain('separation');
  });

  it('a weapon the victim withdraws on scene, or the officers do not find, sets no red flag', () => {
    const r = call(
      '报警人称老公拿刀要砍她，让民警快来。',
      '民警到场，屋内未见刀具。女方称丈夫并未拿刀，也没动手，两人是因为打牌的事吵架。',
    );
    expect(factorCodes(r)).not.toContain('weapon');
    expect(r.riskLevel).not.toBe('red');
  });

  it("the accused's own denial of the weapon does not withdraw it: red", () => {
    const r = call('报警人称老公拿着菜刀在屋里追她。', '民警到场，男方称没有拿刀，女方坚持称其持刀追赶。');
    expect(factorCodes(r)).toContain('weapon');
    expect(r.riskLevel).toBe('red');
  });
});

describe('patterns are run only where their literal start stands (speed, same matches)', () => {
  it.each([
    ['不让(她|我)?进(门|屋)', '不让'],
    ['缝了?[0-9]+针', ''], // one character: the first-character index already says it
    ['关了(两|三)(天|日)', '关了'],
    ['掐.{0,4}(脖|喉)', ''],
    ['(拿|持)刀', ''],
    ['发布[^，。]{0,8}照片', '发布'],
    ['打人|揍了', ''], // alternatives at the top: no one start
  ])('%s: literal start %j', (source, prefix) => {
    expect(literalPrefixOf(source)).toBe(prefix);
  });
  // A leading lookaround takes no character: the pattern is tried only where what follows it can start (run at every
  // word of every text before, a third of the rules' time with round 12's patterns).
  it.each([
    ['(?<!(自己|怕)[^，,。]{0,4})见不到明天的太阳', '见'],
    ['(?<!(合伙|生意)[^。]{0,20})(?<=(跟|和)(他|她)(已经)?)掰了(?=$|[，,。])', '掰'],
    ['(?<!不小心)(硫酸|汽油)[^。]{0,16}泼', '汽硫'],
    ['(?<![(（]注)[一二]百多个电话', '一二'],
    ['(?=打)打', '打'],
    ['(?<!x)(他|她)?打', null],
    ['(?<!不)打人|揍了', '打揍'], // top-level alternatives: any of their starts
    ['打人|(?<!不)[揍捶]', '打揍捶'],
    // A count of one or more keeps what it counts (round 15's review pattern of calls by the hundred was tried at every
    // word); a count from zero does not.
    ['(?<!(群|收到)[^，,。]{0,8})([一二两]{1,2}百|[二三]十)多?(个|条)', '一二两三'],
    ['(他|她){1}打', '他她'],
    ['[一二]{0,2}百', null],
    ['(他|她){0,1}打', null],
  ])('%s: first characters %j', (source, firsts) => {
    const f = firstCharsOf(source);
    expect(f && [...f].sort().join('')).toBe(firsts && [...firsts].sort().join(''));
  });

  // A pattern with neither first characters nor a required literal is tried at every place of every text: round 60's
  // first form opened four patterns with (?:…) and the classifier ran at two thirds of its speed. Two old ones stay so.
  it('every pattern of the rules but two known ones is found by its first characters or a literal it requires', () => {
    const patterns = new Set<string>();
    const walk = (x: unknown): void => {
      if (typeof x === 'string') {
        if (x.startsWith('re:')) patterns.add(x.slice(3));
      } else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(RULES);
    const unindexed = [...patterns].filter((p) => !firstCharsOf(p) && !requiredOf(p).length).map((p) => p.slice(0, 4));
    expect(unindexed.sort()).toEqual(['(相亲|', '(表白|'].sort());
  });
});

describe('round 9 review: readings of round 9 that had grown too broad (our own sentences; each fails on -11)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0123号' }, [], RULES);
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF20261203009' }, [], RULES);

  it.each([
    [
      '报警人称丈夫喝酒后在小区门口打她，扇了她几个耳光，一名路过的男子上前拉开。',
      '民警到场，该男子与报警人素不相识，男方承认打了妻子，已批评教育。',
    ],
    ['报警人称老公在饭店里当众打她，把她推倒在地，邻桌的客人帮忙报警。', '民警到场，报警的客人与双方互不相识，男方对打人一事供认不讳。'],
    ['报警人称儿子喝醉了回家打她，把她推倒在地。', '民警到场，隔壁邻居称与报警人家素不相识，只是听到吵闹声。'],
  ])('%s: strangers stated of a bystander do not undo the relative who is the act’s own agent', (main, disposition) => {
    const r = call(main, disposition);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('violence');
  });

  it('她不同意复合，前男友就把她的私密照片发到了群里: a posting told as done (了) is harassment after a break-up, orange', () => {
    const r = call('报警人称她不同意复合，前男友就把她的私密照片发到了她们公司群里。');
    expect(factorCodes(r)).toContain('stalking');
    expect(factorCodes(r)).not.toContain('threat_social');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    '我和丈夫离婚两年，孩子抚养费他一直不给，我已经发了好多条信息给他，他都不回，请求帮助。',
    '我已经离婚了，前夫一直不给抚养费，我就把判决书发给了他单位，请求法院强制执行。',
  ])('%s: her own messages, or a paper she sent, are no harassment nor threat: blue', (text) => {
    const r = petition(text);
    expect(factorCodes(r)).not.toContain('stalking');
    expect(factorCodes(r)).not.toContain('threat_social');
    expect(r.riskLevel).toBe('blue');
  });

  it('被告经常殴打原告系违法行为: a filing’s own words about the act state the act (no law told)', () => {
    const r = court('被告经常殴打原告系违法行为，原告忍无可忍，请求离婚。');
    expect(factorCodes(r)).toContain('violence');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['报警人称丈夫说她再顶嘴就打到她爬不起来。', 'yellow'],
    ['报警人称老公说她再回娘家就打到她服为止。', 'yellow'],
  ])('%s: 就打到 + how badly is a threat to hit', (text) => {
    expect(factorCodes(call(text))).toContain('threat');
  });

  it('老公把她拽进卧室，从里面把门反锁了: he took her in and locked them in; the lock from inside is still confinement', () => {
    expect(factorCodes(call('报警人称老公把她拽进卧室，从里面把门反锁了，不让她出去，已经关了两个小时。'))).toContain('confinement');
  });

  it('老公不准她离婚: a divorce he forbids is one she seeks, a separation under way', () => {
    expect(factorCodes(call('报警人称老公不准她离婚，昨晚又扇了她两个耳光。'))).toContain('separation');
  });

  it('未见刀具, but the disposition itself tells he had the knife (女方称他确实拿刀比划): the weapon stands, red', () => {
    const r = call('报警人称丈夫拿刀要砍她。', '民警到场，未见刀具，男方已将刀扔到楼下，女方称他确实拿刀比划。');
    expect(factorCodes(r)).toContain('weapon');
    expect(r.riskLevel).toBe('red');
  });
});

describe('round 10: general causes of the missed families and low grades of v10 and the development sets (our own sentences; kept where v6 did not fall)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0456号' }, [], RULES);
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF20261203010' }, [], RULES);

  it.each([
    [
      'a refusal said as 回绝, the acts told in the next sentence',
      () => call('报警人称单位一位男同事追求她，被她当面回绝。此后他每晚在她家小区门口等她，还往她车上塞纸条。'),
    ],
    [
      'a blind date she found unsuitable (相亲…不合适就拒绝了)',
      () => call('报警人称经朋友介绍相亲认识一名男子，见过一次面觉得不合适就拒绝了，对方这几天每天打几十个电话给她。'),
    ],
    [
      'a blind date told in an opening sentence that names her shop',
      () => call('报警人（女，开服装店）称上周相亲见了一面的男子，她说了不合适，对方就天天到她店里守着不走。'),
    ],
    [
      'colleagues stated, then his courtship refused and what he did after it',
      () =>
        court(
          '原告与被告系同一单位同事。被告多次向原告表白，原告明确拒绝。此后被告每天在原告住处楼下守候，一天发几十条短信。原告请求判令被告停止骚扰。',
        ),
    ],
    [
      'a boyfriend only said as her excuse (说我已经有男朋友), her own post introduced (我是…收银员)',
      () =>
        petition(
          '我是县城一家超市的收银员。去年一个送货的小伙子说喜欢我，我拒绝了，说我已经有男朋友。之后他天天在超市门口等我下班，一天打几十个电话。',
        ),
    ],
  ])('a refused courtship is a romantic relation, and following or writing after it orange: %s', (_, assessed) => {
    const r = assessed();
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('stalking');
    expect(r.riskLevel).toBe('orange');
  });

  it('姐夫…他用皮带抽她…是我外甥跑去喊的邻居: a neighbour called for help is a helper, not the other side of the dispute', () => {
    const r = petition(
      '我姐姐嫁到王村八年，姐夫爱喝酒。上周六晚上，就因为我姐接了一个同学的电话，他用皮带抽她，抽得她胳膊上全是血印子，是我外甥跑去喊的邻居。请求派出所处理。',
    );
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('violence');
  });

  it('被告王某某，男，50岁，系原告长子: a party described as the other’s son without a colon after its label; the neighbour who helped him up is no party', () => {
    const r = court(
      '原告王某，男，81岁。被告王某某，男，50岁，系原告长子。今年3月原告到被告家中要米面，被告把原告推倒在地，是邻居扶起来的。原告请求被告每月给付生活费六百元。',
    );
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('violence');
  });

  it.each([
    [
      '报警人称老公吵完架说要把她连同这个家一起烧了，现在在院子里转。',
      () => call('报警人称老公吵完架说要把她连同这个家一起烧了，现在在院子里转。'),
    ],
    [
      '报警人称前夫打电话说她要是敢再嫁人，就让她见不到明天的太阳。',
      () => call('报警人称前夫打电话说她要是敢再嫁人，就让她见不到明天的太阳。'),
    ],
    ['报警人称前男友说她不复合就要让她毁容。', () => call('报警人称前男友说她不复合就要让她毁容。')],
    [
      '原告诉称，被告扬言只要原告敢起诉离婚，就把原告娘家一家子全灭了。',
      () => court('原告诉称，被告扬言只要原告敢起诉离婚，就把原告娘家一家子全灭了。'),
    ],
  ])(
    '%s: a threat to kill said in other words (burning her with the house, 见不到明天的太阳, disfigurement, 一家子全灭了): red',
    (_, assessed) => {
      const r = assessed();
      expect(r.familyRomantic).toBe(true);
      expect(factorCodes(r)).toContain('threat_to_kill');
      expect(r.riskLevel).toBe('red');
    },
  );

  it('半桶柴油已收缴: diesel the officers seized is a dangerous means brought', () => {
    const r = call('报警人称丈夫提着一桶东西在门口骂她，不让她进门。', '民警到场，半桶柴油已收缴，双方系夫妻。');
    expect(factorCodes(r)).toContain('weapon');
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    ['a posting forwarded into a group (转发进…群)', () => call('报警人称分手后前女友把他的裸照转发进了他们公司的大群里。')],
    [
      'banging at her door (门口使劲拍门) after a break-up told as 分的手',
      () => call('报警人称前男友正在她的宿舍门口使劲拍门，他们三天前分的手。'),
    ],
    [
      'a break-up she asked for (提出分开), then dozens of messages',
      () => court('原告与被告系恋人关系。今年5月原告提出分开，被告不同意，此后每天给原告发几十条短信辱骂。'),
    ],
    [
      'a tracker he put on (是他…偷偷装上的)',
      () => court('原告在电动车座垫下发现一个定位器，被告承认是他前几天偷偷装上的。双方已于去年分手。'),
    ],
  ])('harassment after a separation, said in other words: %s, orange', (_, assessed) => {
    const r = assessed();
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('stalking');
    expect(r.riskLevel).toBe('orange');
  });

  it('递交了保护令申请: an application handed in is an application, orange', () => {
    const r = call('报警人称丈夫又在家摔东西骂人，她上周已向法院递交了保护令申请。');
    expect(factorCodes(r)).toContain('protection_order_application');
    expect(r.riskLevel).toBe('orange');
  });

  it('抬手就打、抬脚就踹: violence told as his readiness to hit is violence done', () => {
    const r = court('原告诉称，被告吸毒后疑神疑鬼，抬手就打、抬脚就踹，请求判决离婚。');
    expect(factorCodes(r)).toContain('violence');
    expect(r.riskLevel).toBe('orange');
  });
});

describe('round 10 review: readings of round 10 that had grown too broad (our own sentences; each fails on -13)', () => {
  const call = (main: string) => assessRisk(event(main), [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0789号' }, [], RULES);

  it('见过一次面…说她不合适 at a job interview: a meeting with no matchmaking told is no refused courtship', () => {
    const r = call('报警人称去公司面试时和老板见过一次面，老板说她不合适，现在公司不退报名费，双方吵了起来。');
    expect(r.familyRomantic).toBe(false);
  });

  it.each([
    ['全家都灭了灯 (the lights put out)', '报警人称与丈夫吵架，晚上十点全家都灭了灯睡觉，丈夫又回来砸门。'],
    ['全家都杀了猪 (a pig killed for the new year)', '报警人称婆婆说过年时全家都杀了猪，就她家没杀，两人为此吵了一架。'],
    ['把她的衣服和书一起烧了 (her things burned, not she)', '报警人称丈夫和她吵架后，把她的衣服和书一起烧了。'],
    ['那家医院让她毁容了 (a disfigurement done by a clinic)', '报警人称她老公带她去做整容，结果那家医院让她毁容了，现在老公在医院闹。'],
    ['怕自己见不到明天的太阳了 (her own fear for her health)', '报警人称和丈夫吵架后心脏难受，她说怕自己见不到明天的太阳了，丈夫不管她。'],
  ])('%s: no threat to kill, not red', (_, text) => {
    const r = call(text);
    expect(factorCodes(r)).not.toContain('threat_to_kill');
    expect(r.riskLevel).not.toBe('red');
  });

  it('要被告赔偿毁容损失: compensation claimed for a disfigurement is no threat to disfigure', () => {
    const r = court('原告诉称，被告将原告打伤致面部留疤，原告要被告赔偿毁容损失，请求判决离婚。');
    expect(factorCodes(r)).not.toContain('threat_to_kill');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['上来就打听 (asking about)', '报警人称婆婆上来就打听她的工资，两人因此吵了起来。'],
    ['伸手就打开 (switching on)', '报警人称丈夫回家伸手就打开电视，两人因为看电视吵架。'],
  ])('%s: a word beginning with 打 is no blow', (_, text) => {
    expect(factorCodes(call(text))).not.toContain('violence');
  });

  it.each([
    ['单位分的手机 (a phone the employer gave out)', 'blue', '报警人称丈夫把单位分的手机拿去卖了，两人吵了一架。'],
    ['分的手镯 (a bangle shared out)', 'yellow', '报警人称和丈夫因为分的手镯谁拿吵了起来，丈夫推了她一下。'],
    ['孩子要分开睡 (the children’s beds)', 'none', '报警人称和老公因为两个孩子要分开睡的事吵了起来。'],
    ['弟弟说要分开算 (accounts kept apart)', 'yellow', '报警人称和弟弟因为父母的存款，弟弟说要分开算，两人吵了起来，弟弟推了她。'],
  ])('%s: no separation, the grade stays %s', (_, level, text) => {
    const r = call(text);
    expect(factorCodes(r)).not.toContain('separation');
    expect(r.riskLevel).toBe(level);
  });

  it('定位器是她老公为了防盗特意装上的: a tracker fitted against theft is no stalking', () => {
    const r = call('报警人称家里车上有个定位器，是她老公为了防盗特意装上的，两人因为车的事吵架。');
    expect(factorCodes(r)).not.toContain('stalking');
  });

  it('递交了保护令申请: an application is counted once (its duplicate listing in the rules removed)', () => {
    const r = call('报警人称丈夫又打她了，她已经向法院递交了保护令申请。');
    expect(factorCodes(r).filter((c) => c === 'protection_order_application')).toHaveLength(1);
    expect(r.riskLevel).toBe('orange');
  });
});

describe('round 11: general causes of the low grades and missed families of v11 and the development sets (our own sentences; the causes fail on -14, the near-misses pass on both)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0789号' }, [], RULES);
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF20261203011' }, [], RULES);

  it("男方承认推过她，否认打人: a denial opening its clause is the sentence's subject's, the accused's: the call's violence stands", () => {
    const r = call(
      '报警人称她已经起诉离婚，今天回去拿衣服，丈夫把她推到墙上又打了她两拳。',
      '民警到场，女方脸上未见明显伤痕。男方承认推过她，否认打人。已对男方批评教育。',
    );
    expect(factorCodes(r)).toContain('violence');
    expect(r.riskLevel).toBe('orange');
  });
  it.each([
    [
      '邻居把他劝走了 (a neighbour who talked him away)',
      () =>
        petition(
          '母亲走后老宅归了我，哥哥一直不服气。上个月他喝了酒提着一把菜刀到我家院里骂，说不给房子就砍死我。邻居把他劝走了。请派出所处理。',
        ),
    ],
    [
      '借邻居的手机 (a neighbour whose phone she borrowed to write)',
      () =>
        petition(
          '我丈夫不许我出去打工，这两个月他每天出门前都把院门从外边锁上，我出不去。这封信是我偷偷借了邻居的手机写的，请妇联来人看看。',
        ),
    ],
  ])('a neighbour who only helps is no party: %s, the family dispute stands', (_, assessed) => {
    const r = assessed();
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });

  it('把院门从外边锁上，我出不去: a door locked from outside by him (外边, 外头) is confinement, orange', () => {
    const r = call('报警人称老公怕她回娘家，出门时把大门从外头挂上锁，她出不去。');
    expect(factorCodes(r)).toContain('confinement');
    expect(r.riskLevel).toBe('orange');
  });
  it.each([
    ['报警人称前夫在电话里说要灭了她婆家一家。', () => call('报警人称前夫在电话里说要灭了她婆家一家。')],
    ['报警人称丈夫闹离婚后放话，要让她们娘儿俩都活不成。', () => call('报警人称丈夫闹离婚后放话，要让她们娘儿俩都活不成。')],
  ])('%s: a threat to kill in other words (灭了她婆家一家, 让她们…活不成): red', (_, assessed) => {
    const r = assessed();
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('threat_to_kill');
    expect(r.riskLevel).toBe('red');
  });

  it('家里断了收入，一家都活不成了: her own despair is no threat to kill', () => {
    expect(factorCodes(call('报警人称丈夫失业后家里一家都活不成了，两人天天吵。'))).not.toContain('threat_to_kill');
  });

  it.each([
    [
      '报警人称丈夫喝醉后把她摁在沙发上强行发生了关系，她一直在哭。',
      () => call('报警人称丈夫喝醉后把她摁在沙发上强行发生了关系，她一直在哭。'),
    ],
    [
      '原告诉称，分居期间被告深夜进入原告住处，违背原告意愿与原告发生了性关系。',
      () => court('原告诉称，分居期间被告深夜进入原告住处，违背原告意愿与原告发生了性关系。'),
    ],
  ])('%s: forced sex told in other words (强行发生了关系, 违背…意愿…发生了性关系) is sexual violence: red', (_, assessed) => {
    const r = assessed();
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('sexual_violence');
    expect(r.riskLevel).toBe('red');
  });
  it.each([
    [
      '报警人称前夫在她店门口转悠，手里提着个塑料瓶，说里面是硫酸，她敢再嫁就泼她一身。',
      () => call('报警人称前夫在她店门口转悠，手里提着个塑料瓶，说里面是硫酸，她敢再嫁就泼她一身。'),
    ],
    [
      '原告诉称，被告在矿上管爆破，扬言原告若坚持离婚，就拿炸药把原告娘家炸了。',
      () => court('原告诉称，被告在矿上管爆破，扬言原告若坚持离婚，就拿炸药把原告娘家炸了。'),
    ],
  ])('%s: acid threatened on her or explosives named as the means is a dangerous means: red', (_, assessed) => {
    const r = assessed();
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('arson_poison');
    expect(r.riskLevel).toBe('red');
  });

  it('用柴油浇在她的被子上: diesel poured on her things is no means against her', () => {
    const r = court('原告诉称，被告酒后用柴油浇在原告的嫁妆被子上点了，被告从未打过原告，原告请求离婚。');
    expect(factorCodes(r)).not.toContain('arson_poison');
  });
  it.each([
    [
      'a hundred-odd calls (一百多个电话) and waiting at her door (门口蹲着) after a break-up',
      () => call('报警人称上个月分手的男友昨晚给她打了两百多个电话，现在又在她宿舍门口蹲着。'),
    ],
    [
      'a courtship refused in other words (说喜欢她…说了不行), colleagues stated',
      () =>
        court(
          '原告与被告系同一车间同事。去年被告说喜欢原告，原告说了不行。此后被告每天给原告发几十条短信，下班后跟着原告回家。原告请求判令被告停止骚扰。',
        ),
    ],
    [
      'a courtship refused as 不可能, the writer telling her own workplace (我在…公司做…)',
      () =>
        petition(
          '我在镇上一家超市做收银员。送货的男子上个月说喜欢我，我跟他讲了不可能。之后他一天给我发几十条信息，还天天在超市门口等我下班。',
        ),
    ],
  ])('harassment after a separation or a refused courtship, said in other words: %s, orange', (_, assessed) => {
    const r = assessed();
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('stalking');
    expect(r.riskLevel).toBe('orange');
  });

  it('去年区法院裁定，前夫不准再骚扰我…又跑来骂我: an order stated as the court’s ruling with its time, then abuse: breach, red', () => {
    const r = petition('去年十月区法院裁定，前夫不准再骚扰我和孩子。他这个月又三次跑到我单位，当着同事的面骂我。');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
  });

  it('我在一家物流公司上班，公司拖欠工资: her workplace with a claim against it stays a claim against the company', () => {
    expect(petition('我在一家物流公司上班，公司拖欠我三个月工资，老板一直推说没钱，请劳动部门处理。').familyRomantic).toBe(false);
  });
  it('原告某与被告某于…同居，…月分开: named parties who lived together, then apart; his posting of her photos after it is orange', () => {
    const r = court(
      '原告鲁某与被告闫某于2020年起同居，2023年5月分开。此后被告把原告的私密照片发到了原告单位的工作群里。原告请求判令被告删除照片并赔礼道歉。',
    );
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('separation');
    expect(r.riskLevel).toBe('orange');
  });

  it('民警到场后将双方分开: the officers parting a quarrel is no separation', () => {
    expect(factorCodes(call('报警人称和老公吵架，民警到场后将双方分开。'))).not.toContain('separation');
  });
  it('李某英…是我的邻居。她大儿子…打她: the writer’s neighbour is whom she writes of; a son told as 大儿子 is kin: orange', () => {
    const r = petition('我们组的李某英八十岁了，是我的邻居。她大儿子一喝酒就打她，前几天我看见她额头上一大块青紫。请村里和派出所管一管。');
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('violence');
    expect(r.riskLevel).toBe('orange');
  });

  it('打他的是我的邻居: a neighbour who acts is still a party, not the writer’s tie', () => {
    expect(petition('我儿子昨天被人打了，打他的是我的邻居，请派出所处理。').familyRomantic).toBe(false);
  });
  it('敢离婚就让她在厂里抬不起头 (就让 cut as one word), the officers noting 言语威胁: a threat to her name, yellow even with a divorce wanted', () => {
    const r = call('报警人称她想离婚，丈夫说她敢离婚就让她在厂里抬不起头。', '民警到场，男方承认有言语威胁，无肢体接触，已批评教育。');
    expect(factorCodes(r)).toContain('threat_social');
    expect(r.riskLevel).toBe('yellow');
  });
  it('原告某，男，系被告某某之父: the kin word after the other party’s name is the parties’ relation', () => {
    const r = court(
      '原告许某，男，79岁，系被告许某某之父。今年5月原告到被告家要钱，被告推了原告一把，原告没有受伤。原告请求被告赔礼道歉。',
    );
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('violence');
  });

  it('原告某，系被告某的同事: a colleague named so is no kin', () => {
    expect(court('原告钱某，男，40岁，系被告孙某的同事。今年3月被告推了原告一把。').familyRomantic).toBe(false);
  });
});

describe('round 11 review: readings of round 11 that had grown too broad (our own sentences; each fails on -15)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF20261203011' }, [], RULES);

  it('男方离开后女方情绪稳定，否认被打: a denial opening its clause after her name is hers; the violence is withdrawn', () => {
    const r = call('报警人称被丈夫打了。', '男方离开后女方情绪稳定，否认被打，称是自己摔倒的。');
    expect(factorCodes(r)).not.toContain('violence');
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it('这病让她活不了几个月了: a doctor’s prognosis is no threat to kill', () => {
    const r = call('报警人称婆婆得了癌症，医生说这病让她活不了几个月了，她和丈夫为治疗费吵了起来。');
    expect(factorCodes(r)).not.toContain('threat_to_kill');
    expect(r.riskLevel).not.toBe('red');
  });

  it('倒开水时不小心泼在我手上: hot water spilled by accident is no dangerous means', () => {
    const r = call('报警人称婆婆倒开水时不小心泼在我手上，烫伤了。');
    expect(factorCodes(r)).not.toContain('arson_poison');
    expect(r.riskLevel).not.toBe('red');
  });

  it.each([
    ['她给儿子打了二十多个电话 (her own calls to a son who ran off)', '报警人称她儿子离家出走，她给儿子打了二十多个电话。'],
    ['老公每天在我公司楼下等着接我下班 (a husband who fetches her)', '报警人称老公每天在我公司楼下等着接我下班。'],
    ['她在女儿家门口等着 (she is the one who waits)', '报警人称她在女儿家门口等着，女儿不开门，担心出事。'],
  ])('%s: no stalking', (_, text) => {
    expect(factorCodes(call(text))).not.toContain('stalking');
  });

  it('同事说喜欢她的新手机…她说不行: liking a thing of hers is no courtship refused', () => {
    const r = call('报警人称同事说喜欢她的新手机，要借去用，她说不行，同事就推了她一把。');
    expect(r.familyRomantic).toBe(false);
  });

  it.each([
    ['两人扭打在一起，后来分开了', '报警人称和丈夫在楼下吵架，两人扭打在一起，后来分开了，无人受伤。'],
    ['邻居劝了一会，后来分开了', '报警人称儿子和儿媳打架，邻居劝了一会，后来分开了。'],
  ])('%s: a fight parted is no separation', (_, text) => {
    const r = call(text);
    expect(factorCodes(r)).not.toContain('separation');
    expect(r.riskLevel).toBe('yellow');
  });

  it('去年法院裁定驳回了我不准丈夫骚扰的申请: an application refused is no order in force', () => {
    const r = petition('去年法院裁定驳回了我不准丈夫骚扰的申请，他现在还天天打我。');
    expect(factorCodes(r)).not.toContain('protection_order_in_force');
    expect(r.riskLevel).not.toBe('red');
  });

  it('门从外头撬了锁: a lock broken from outside is no confinement', () => {
    const r = call('报警人称下班回家发现门从外头撬了锁，老公的东西被翻乱了。');
    expect(factorCodes(r)).not.toContain('confinement');
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it('化了妆就让她好看多了: looking better is no threat', () => {
    const r = call('报警人称女儿化了妆就让她好看多了，丈夫说她乱花钱，两人吵了起来。');
    expect(factorCodes(r)).not.toContain('threat');
  });
});

describe('round 12: general causes of the low grades and false families of v12, v13 and the development sets (our own sentences; the causes fail on -16, the near-misses pass on both)', () => {
  const call = (main: string) => assess(main);

  it.each([
    '报警人（十岁）称她爸把她妈打晕了，躺在地上不动了。',
    '报警人称儿子回家一巴掌把他打昏过去了。',
    '报警人称妻子被丈夫打了，现在躺在床上怎么叫都不醒。',
  ])('%s: unconsciousness after a blow is red', (text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('serious_injury');
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    '报警人称老公打了她两下，然后他自己躺在沙发上不动了，在装睡。',
    '报警人称和老公吵架，老公没动手，她气得昏过去了。',
    '报警人称老公打呼噜叫不醒，两人吵了起来。',
  ])('%s: his own lying still, a faint with no blow, a snore: no red (near-misses)', (text) => {
    expect(call(text).riskLevel).not.toBe('red');
  });

  it.each([
    ['她男人 after 老板娘', '我在水果店买橘子嫌贵，跟老板娘吵了两句，她男人从后面出来推了我一把。'],
    ['房东儿子', '房东儿子今天来收水费，嫌我交晚了，在楼道里推了我一下，还说让我好看。'],
  ])('%s acting on the caller: an outsider’s relative, no family dispute', (_, text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it.each([
    ['her own husband after the landlord’s son', '报警人称房东儿子来了，我老公跟他吵起来，我老公推了我一把。'],
    ['她男人 with no outsider named', '她男人喝了酒回来推了她一把，邻居报的警。'],
    ['她家男人 told by the caller of herself', '报警人说她家男人为了补偿款的事跟她吵，拎起斧头追着她满院子跑。'],
  ])('%s: the family dispute stands (near-misses)', (_, text) => {
    expect(call(text).familyRomantic).toBe(true);
  });

  it.each([
    ['不雅照片甩进…群 after 跟他掰了', '我跟他掰了以后，他把我俩以前的不雅照片甩进了我们公司的大群，全部门都看见了。'],
    ['贴身照传进…群 after a break-up', '我和前男友上个月分手了，他把我俩的贴身照传进了我们厂的员工群。'],
    ['还跟在我后面 after a refused courtship', '单位一个男同事说喜欢我，我没答应，之后他下班还跟在我后面走到地铁站。'],
  ])('%s: harassment after a separation or a refused relationship is orange', (_, text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('stalking');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['photos deleted', '我跟他掰了，他把我的不雅照片删了。'],
    ['a husband who sees her home', '我老公下班还跟在我后面，怕我走夜路出事。'],
    ['a posting threatened on a condition', '他说我要是跟他掰了，就把不雅照片甩进我单位群里。'],
  ])('%s: no harassment done (near-misses)', (_, text) => {
    expect(HIGH).not.toContain(call(text).riskLevel);
  });

  it.each(['报警人称老婆拿锤子把他车窗全砸了，就因为他在外面打牌一夜没回。', '报警人称老公拿锤子把她手机砸了。'])(
    '%s: 把他车窗, 把她手机 is done to a thing of theirs: smashing property, yellow',
    (text) => {
      const r = call(text);
      expect(factorCodes(r)).not.toContain('violence');
      expect(r.riskLevel).toBe('yellow');
    },
  );

  it.each(['报警人称老公拿锤子把她手机砸了，又把她推倒在地。', '报警人称老公把她电脑摔了，还拿锤子对着她比划。'])(
    '%s: an act or an aim at her as well keeps the weapon red (near-misses)',
    (text) => {
      expect(call(text).riskLevel).toBe('red');
    },
  );

  it('楼下一户人家的男的天天打他七岁的儿子: a household named by its place beating its own child is a family dispute', () => {
    const r = call('报警人称楼下一户人家的男的天天打他七岁的儿子，孩子胳膊上都是青紫。');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });

  it.each(['报警人称楼上那家男的打了我，因为漏水的事。', '报警人称楼上那家的孩子打了我儿子。'])(
    '%s: a neighbour household acting on the caller’s own stays a neighbours’ dispute (near-misses)',
    (text) => {
      expect(call(text).familyRomantic).toBe(false);
    },
  );

  it.each([
    ['培训班老板的丈夫', '我儿子在一家美术培训班上课，培训班老板的丈夫嫌他画得慢，用尺子打他手心，手上有红印。'],
    ['护工…，推了他一把 (the subject carried over)', '我父亲住在敬老院，护工嫌他吃饭慢，推了他一把，额头磕破了。'],
  ])('%s: an outsider’s act on the caller’s relative is no family dispute', (_, text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it.each([
    ['丈夫喝了酒，嫌她回来晚，打了她两巴掌', '报警人称丈夫喝了酒，嫌她回来晚，打了她两巴掌。'],
    ['她和丈夫因为房东涨租的事吵起来', '报警人称她和丈夫因为房东涨租的事吵起来，丈夫扇了她一巴掌。'],
  ])('%s: the relative stays the subject (near-misses)', (_, text) => {
    expect(call(text).familyRomantic).toBe(true);
  });
});

describe('round 12 review: readings of round 12 that had grown too broad (our own sentences; each fails on -17)', () => {
  const call = (main: string) => assess(main);

  it.each([
    ['a faint nearly (差点就昏过去)', '我老公打我，我吓得差点就昏过去了。'],
    ['an animal lying still', '我老公推了我一下，家里的狗躺在地上不动了。'],
    ['a cat lying still', '我老公推了我一把，家里的猫趴在地上一动不动了。'],
    ['a child frozen by fright', '我老公打了我，孩子吓得躺在床上一动不动。'],
  ])('%s: no unconsciousness, no red', (_, text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).not.toContain('serious_injury');
    expect(r.riskLevel).not.toBe('red');
  });

  it.each([
    ['掰了一下午手腕', '我跟他掰了一下午手腕，他输了就打我。'],
    ['掰了玉米', '我和他掰了玉米回来，他就骂我。'],
  ])('%s: 掰 of a thing is no break-up', (_, text) => {
    const r = call(text);
    expect(factorCodes(r)).not.toContain('separation');
    expect(r.relation).not.toBe('ex_partner');
  });

  it('跟他掰了 of a business partner is no break-up', () => {
    const r = call('我跟合伙人闹翻了，和他掰了，他天天来店里骂我。');
    expect(r.familyRomantic).toBe(false);
    expect(factorCodes(r)).not.toContain('stalking_after_separation');
  });

  it('跟男朋友掰了: the partner named in the break-up is still a romantic party', () => {
    const r = call('我跟男朋友掰了。');
    expect(r.familyRomantic).toBe(true);
    expect(['partner', 'ex_partner']).toContain(r.relation);
  });

  it('private photos thrown into the fire are no posting', () => {
    const r = call('我男朋友把我的贴身照都丢进火里烧了。');
    expect(factorCodes(r)).not.toContain('stalking');
    expect(r.familyRomantic).toBe(false);
  });

  it.each([
    ['我是司机老公', '我是司机老公天天打我'],
    ['当服务员老公', '我在饭店当服务员老公嫌我回家晚打了我'],
    ['做保姆老公', '我做保姆老公嫌我挣得少就打我'],
  ])('%s (no comma): the role is the caller’s own post, the kin word after it her own relative', (_, text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe('spouse');
  });

  it('保安不让他进门，回家就打老婆: the outsider’s subject is not carried onto an act on his own wife', () => {
    const r = call('保安不让他进门，回家就打老婆出气。');
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe('spouse');
  });
});

describe('round 13: general causes of the low and high grades and missed families of v14 and the development sets (our own sentences; the causes fail on -18, the near-misses pass on both)', () => {
  const call = (main: string) => assess(main);

  it.each([
    ['说了不可能 after 追她', '报警人（女）称健身房一个教练追她，她跟他说了不可能，此后他每天在她小区门口堵她。', 'orange'],
    ['说不行 after 追她', '报警人（女）称网上认识的一个男的追她，她说不行，男的发消息说要拿刀捅死她。', 'red'],
  ])('%s: a courtship refused, what he does after it graded', (_, text, level) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe(level);
  });

  it.each([
    ['a debt chased (追她要钱)', '报警人称债主追她要钱，她说了不行，债主天天到她家门口堵她。'],
    ['the caller’s own courtship', '报警人称我追她，她说了不可能，我就没再找她。'],
  ])('%s: no refused courtship of the caller (near-misses)', (_, text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(false);
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it.each(['报警人称老公喝多了，从后面箍住她的脖子不松手。', '报警人称男友吵架时用胳膊锁住她脖子往墙上按。'])(
    '%s: an arm round her neck is strangulation, red',
    (text) => {
      const r = call(text);
      expect(factorCodes(r)).toContain('strangulation');
      expect(r.riskLevel).toBe('red');
    },
  );

  it.each(['报警人称老公从后面箍住她的腰，两人吵了一架。', '报警人称老公在武馆教人锁喉，两人为学费吵了一架。'])(
    '%s: a waist held, a chokehold taught: no strangulation (near-misses)',
    (text) => {
      expect(factorCodes(call(text))).not.toContain('strangulation');
    },
  );

  it('a poison he says he will drink himself is a suicide threat, no dangerous means: not red', () => {
    const r = call('报警人称丈夫说她敢去法院起诉，他就当着全家人的面喝农药。');
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).not.toContain('arson_poison');
    expect(r.riskLevel).not.toBe('red');
  });

  it.each(['报警人称丈夫拿着一瓶农药逼她喝下去。', '报警人称前夫说她不回来就喝百草枯跟她一起死。'])(
    '%s: a poison forced on her, or dying together, stays red (near-misses)',
    (text) => {
      expect(call(text).riskLevel).toBe('red');
    },
  );

  it('把我那份补偿款单独打给我 is money sent, no blow', () => {
    const r = call('请村里把我那份补偿款单独打给我，我男人不同意，跟我吵了一架。');
    expect(factorCodes(r)).not.toContain('violence');
  });

  it('把我打了一顿 after money named stays violence (near-miss)', () => {
    expect(factorCodes(call('老公嫌我钱花多了，把我打了一顿。'))).toContain('violence');
  });

  it('我不想离婚: no separation under way, a push alone yellow', () => {
    const r = call('我跟老公吵架，他推了我一把。我不想离婚，只想让他改改脾气。');
    expect(factorCodes(r)).not.toContain('separation');
    expect(r.riskLevel).toBe('yellow');
  });

  it('他不想离婚，我想离: her wish to leave stands (near-miss)', () => {
    const r = call('我跟老公吵架，他推了我一把，他不想离婚，我想离。');
    expect(factorCodes(r)).toContain('separation');
  });

  it('不让她回娘家: a move he forbids is no separation; his threat alone yellow', () => {
    const r = call('报警人称丈夫不让她回娘家，说她敢走就让她好看。');
    expect(factorCodes(r)).not.toContain('separation');
    expect(r.riskLevel).toBe('yellow');
  });

  it.each([
    ['she is at her mother’s already', '报警人称她回了娘家，丈夫不让她带孩子走，打了她一巴掌。'],
    ['a divorce he forbids', '报警人称丈夫不让她离婚，还打了她。'],
  ])('%s: the separation stands (near-misses)', (_, text) => {
    expect(factorCodes(call(text))).toContain('separation');
  });

  it.each([
    ['a 110 call', '报警人称丈夫端起一锅滚烫的开水朝她泼过来，她腿上烫起了泡。'],
    ['a filing by name', '原告杜某，女。被告钱某，男，系原告丈夫。两人为装修吵架，钱某端起烧开的一壶水朝杜某泼去，杜某手臂烫伤。'],
  ])('%s: boiling water thrown at her is a dangerous means, red', (_, text) => {
    const r = call(text);
    expect(factorCodes(r)).toContain('arson_poison');
    expect(r.riskLevel).toBe('red');
  });

  it('boiling water spilled by accident is no dangerous means (near-miss)', () => {
    const r = call('报警人称老公端开水时不小心碰翻了，开水朝她脚上倒了一点，两人吵了起来。');
    expect(factorCodes(r)).not.toContain('arson_poison');
  });

  it('去医院查了, 医生说没事: a check, no treatment, no red', () => {
    const r = call('我怀孕四个月，丈夫吵架时推了我一把，我去医院查了，医生说没事。');
    expect(factorCodes(r)).not.toContain('serious_injury');
    expect(r.riskLevel).toBe('orange');
  });

  it('在医院住了五天 after a beating stays red (near-miss)', () => {
    expect(call('丈夫把我打了，在医院住了五天。').riskLevel).toBe('red');
  });

  it('我觉得喘不过气 of his control is a feeling, no choking', () => {
    const r = call('男友天天查我手机，从没动过手，可我觉得喘不过气。');
    expect(factorCodes(r)).not.toContain('strangulation');
    expect(r.riskLevel).not.toBe('red');
  });

  it('掐得我喘不过气 stays strangulation (near-miss)', () => {
    expect(call('老公掐得我喘不过气。').riskLevel).toBe('red');
  });

  it.each([
    ['把她一家都灭了', '报警人称弟弟为了分房子打电话说要把她一家都灭了。'],
    ['谁敢…就弄死谁', '报警人称她哥哥为了老房子跟她吵架，说谁敢拦着他就弄死谁。'],
  ])('%s: a threat to kill, red', (_, text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('threat_to_kill');
    expect(r.riskLevel).toBe('red');
  });

  it('那一家都灭了灯 is no threat (near-miss)', () => {
    expect(factorCodes(call('我跟老公吵架后，楼下那一家都灭了灯。'))).not.toContain('threat_to_kill');
  });

  it('a filing’s party described as the kin of the other party by name: the parties are spouses', () => {
    const r = call(
      '原告卫某芳，女，1985年生，在菜市场卖菜。被告马某，男，1983年生，系卫某芳的丈夫。卫某芳请求分割房屋和存款，马某赔偿医药费。两人是老乡介绍认识的，前几年还算太平。后来马某迷上了打牌，输了钱就回家撒气。今年三月的一天夜里，马某喝醉后对卫某芳拳打脚踢，卫某芳两根肋骨骨折，在医院住了九天。',
    );
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
  });

  it('a party described as the kin of someone who is no party stays no family (near-miss)', () => {
    const r = call('原告卫某芳，女。被告马某，男，系王某的丈夫。马某向卫某芳借了五万元，到期不还，卫某芳请求判令马某还款。');
    expect(r.familyRomantic).toBe(false);
  });

  it.each([
    ['到她宿舍楼下转悠', '报警人（女）称她拒绝了同事的追求，之后那人天天到她宿舍楼下转悠。'],
    ['天天在宿舍楼下等', '报警人称一个男的追了她一学期，她说过好几次不同意，那人最近天天在宿舍楼下等。'],
    [
      '要求复合都被拒，就把…发进群',
      '原告柏某，女。被告鲁某，男。二人2021年恋爱，2024年分手。分手后鲁某几次要求复合都被拒，就把柏某的私密照片发进她公司的群里。',
    ],
  ])('%s: harassment after a refusal or a break-up, orange', (_, text) => {
    const r = call(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('stalking');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['waiting for a child', '报警人称老公天天在学校门口等孩子放学，两人为接送吵了起来。'],
    ['the caller hanging about her daughter’s door', '我去看女儿，在她家楼下转悠了半天没敢上去，女婿下来跟我吵了一架。'],
  ])('%s: no stalking (near-misses)', (_, text) => {
    expect(factorCodes(call(text))).not.toContain('stalking');
  });
});

describe('round 13 review: readings of round 13 that had grown too broad (our own sentences; each fails on -19)', () => {
  const factorCodes = codes; // these blocks name factors by the text

  it.each([
    ['a boss chasing a report', '报警人称领导追她要报表，她说了不行，领导在办公室骂了她一顿。'],
    ['a collector chasing a card debt', '报警人称催收的人追她还信用卡，她说不可能，催收的人天天打电话骂她。'],
    ['a reporter chasing an interview', '报警人称记者追她采访，她说了不行，记者一直跟着她拍。'],
  ])('%s: 追她 with a task after it and 说不行 / 不可能 is no refused courtship', (_, text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(false);
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it('追她半年，她说不行 stays a refused courtship (near-miss, passes on -19 too)', () => {
    const r = assess('报警人称邻村一个男的追她半年，她说不行，男的发消息说要弄死她。');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    ['a neck brace', '报警人称她颈椎不好，老公给她箍了个颈托，两人为花钱吵了一架。'],
    ['a fighter on television', '报警人称老公看格斗比赛说那个选手被锁喉了，两人为看电视吵架。'],
    ['a dog’s collar', '报警人称老公给狗箍紧脖子上的项圈，她说太紧了，两人吵了一架。'],
  ])('%s: no strangulation', (_, text) => {
    expect(factorCodes(text)).not.toContain('strangulation');
  });

  it.each([
    ['a thief', '报警人称跟老公吵架，老公在院子里骂偷菜的人，说抓到是谁偷的就打死谁。'],
    ['a neighbour’s hen', '报警人称跟老公吵架，老公说谁家的鸡再进院子他就宰了谁家的鸡。'],
  ])('%s: 就打死谁 without 谁敢 is no threat to kill her', (_, text) => {
    const r = assess(text);
    expect(factorCodes(text)).not.toContain('threat_to_kill');
    expect(r.riskLevel).not.toBe('red');
  });

  it.each([
    ['a dog', '报警人称跟丈夫吵架，起因是丈夫养的狗总在她婆婆家门口转悠。'],
    ['her father on a walk', '报警人称她爸每天晚饭后在她家附近转悠散步，女婿嫌烦跟他吵了一架。'],
    ['a stranger', '报警人称跟老公吵架时发现有个陌生男子在她家楼下转悠。'],
    ['a courier', '报警人称快递员每天在她家门口转悠，老公怀疑她跟快递员有事，两人吵架。'],
    ['waiting for a lift', '报警人称老公一直在公司楼下等电梯，迟到被扣钱，回家跟她吵架。'],
    ['a stall kept', '报警人称公公每天在学校门口守摊卖菜，婆媳为带孩子吵架。'],
    ['waiting to fetch her', '报警人称老公每天在单位门口等，接她下班，两人今天为晚饭吵了起来。'],
    ['a smoke', '报警人称老公经常在单位门口蹲，抽烟，两人为抽烟吵架。'],
    ['an ex-wife asking to see the child', '报警人称丈夫的前妻总是在小区门口等，说要见孩子，两人吵了起来。'],
  ])('%s: no stalking', (_, text) => {
    expect(factorCodes(text)).not.toContain('stalking');
  });

  it('就喝敌敌畏，还给她灌: a poison forced on her in the next clause stays a dangerous means, red', () => {
    const r = assess('报警人称丈夫说她要离婚就喝敌敌畏，还给她灌。');
    expect(factorCodes('报警人称丈夫说她要离婚就喝敌敌畏，还给她灌。')).toContain('arson_poison');
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    ['谁敢…，他就弄死谁 with a comma between', '报警人称她哥哥为分宅基地跟她吵，说谁敢在这块地上动土，他就弄死谁。', 'threat_to_kill'],
    ['孩子他爸 at her door after a separation', '报警人（女）称孩子他爸分居后天天到她单位门口转悠。', 'stalking'],
  ])('%s stays read (near-misses, pass on -19 too)', (_, text, code) => {
    expect(factorCodes(text)).toContain(code);
  });

  it('她不想离婚，老公非要离: he seeks it, the separation stands', () => {
    expect(factorCodes('她不想离婚，老公非要离，还把她打了一顿。')).toContain('separation');
  });
});

describe('round 14: outsiders acting on the caller’s relatives, courtships refused in other words, threats that stay yellow (our own sentences; the causes fail on -20, the near-misses pass on both)', () => {
  const factorCodes = codes; // these blocks name factors by the text

  it.each([
    [
      'strangers told by what they are, 把 with no agent before it',
      '我老公在烧烤店吃饭，隔壁桌两个年轻人嫌他说话声音大，冲过来就把他按在地上打。',
    ],
    [
      'a stranger who queues, the act’s subject before its verb',
      '我老婆在车站排队，一个供货商模样的人插队，被她说了两句，反手扇了她一耳光，脸肿了。',
    ],
    ['a teacher told with his subject (体育老师)', '我儿子上初一，体育老师嫌他跑得慢，用跳绳抽他的腿，腿上一道道红印。'],
    ['a trader two clauses back', '我丈夫开小卖部，进货的供货商上门讨账，说了几句就翻脸，拿秤砣砸我丈夫的手，手指骨折。'],
    ['a neighbour named by name', '他家与楼上住户严某因漏水多次争吵，严某打了他妻子两拳，妻子眼角青了。'],
    ['the relative of a customer named by name', '我母亲在菜场摆摊，顾客万某嫌菜不新鲜，万某的儿子过来推了我母亲一把，她摔倒擦破了手。'],
    ['a son of the household told as the neighbours', '我家和后院的葛家是邻居，为排水沟吵了好几年，葛家老二喝了酒把我打了一顿，鼻子流血。'],
  ])('%s: an outsider’s act on the caller’s side is no family dispute', (_, text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each([
    ['drinking with strangers, then his own act at home', '我老公和几个年轻人喝完酒，回家就把我按在地上打。'],
    ['the husband is the teacher', '我老公是体育老师，昨晚喝多了用跳绳抽我的腿。'],
    ['his own scene, two clauses on', '老公跑到我单位闹，说了几句就动手，用皮带抽我。'],
    ['a neighbour named by name who only steps in', '楼上住户严某来劝架，老公当着他的面扇了我一耳光。'],
    ['the household her sister married into', '我姐嫁到葛家，葛家老二喝了酒经常打我姐。'],
    ['the neighbours’ own couple, heard by the caller', '楼上那家的男人又在打他老婆，我在楼下都听见了。'],
  ])('%s: the relative’s act stays a family dispute (near-misses)', (_, text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });

  it.each([
    ['相过一回亲…说不合适', '报警人称经人介绍相过一回亲，她说不合适，那人每天到她单位楼下堵她。', 'orange'],
    ['对她献殷勤…回绝了', '报警人称单位一个男的对她献殷勤，她当场回绝了，此后他天天发几十条消息骂她。', 'orange'],
    ['追她…说不行, then 柴油 brought to her', '报警人称一个网友追她，她说不行，男的今天提着一桶柴油到她宿舍楼下。', 'red'],
  ])('%s: a courtship refused, the suitor a party', (_, text, level) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe(level);
  });

  it.each([
    ['a courtship refused, then friends, nothing done', '同事对我献殷勤，我回绝了，后来我们成了好朋友，他结婚还请我喝喜酒。'],
    ['柴油 for a tractor', '老公拎着一桶柴油去给拖拉机加油，回来跟我吵了一架。'],
    // 拎着…柴油来我家 is the brought-diesel pattern's own shape: only its exclusion (拖拉机, 加油) keeps it out (round 15 review).
    ['柴油 brought to her home for a tractor', '老公拎着一桶柴油来我家给拖拉机加油，跟我吵了一架。'],
  ])('%s: not orange or red (near-misses)', (_, text) => {
    expect(HIGH).not.toContain(assess(text).riskLevel);
  });

  it('跟孩子一块儿烧了 is a threat to kill, red', () => {
    expect(factorCodes('老公说她敢去法院离婚，就把她跟孩子一块儿烧了。')).toContain('threat_to_kill');
    expect(assess('老公说她敢去法院离婚，就把她跟孩子一块儿烧了。').riskLevel).toBe('red');
  });

  it('a threat of harm without means, with only her fear beside it, is yellow', () => {
    expect(assess('我男朋友说我要是敢去见前同事，回来就打断我的腿，我现在不敢回家。').riskLevel).toBe('yellow');
  });

  it.each([
    ['with a slap and her fear', '老公说要打断我的腿，还扇了我两巴掌，我很害怕。'],
    ['after a divorce', '离婚后前夫天天打电话，说要打断我的腿。'],
  ])('a threat %s stays orange (near-misses)', (_, text) => {
    expect(assess(text).riskLevel).toBe('orange');
  });

  it.each([
    ['叫她名声扫地', '报警人称丈夫说她要是敢离婚，就叫她名声扫地。'],
    ['截图丢到单位群里', '报警人称男友说她要是敢提分手，就把她的聊天截图丢到她们单位群里。'],
  ])('%s: a threat to her name, yellow', (_, text) => {
    expect(factorCodes(text)).toContain('threat_social');
    expect(assess(text).riskLevel).toBe('yellow');
  });

  it('衣服丢到楼道里 is being put out, not a threat to her name (near-miss)', () => {
    expect(factorCodes('老公说要把我的衣服丢到楼道里，两人吵了一架。')).not.toContain('threat_social');
  });
});

describe('round 14 review: outsiders’ names and households that are her own, courtships that became marriages, diesel for machines, injuries done, postings of nothing of hers (our own sentences; fail on -21)', () => {
  const factorCodes = codes; // these blocks name factors by the text

  it.each([
    ['a name that was a classmate, then lived with her', '申请人与被申请人陈某原系同学，后同居，陈某多次殴打申请人并威胁要弄死她。', 'red'],
  ])('%s: the partner is no outsider', (_, text, level) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe(level);
  });

  it.each([
    ['she married the neighbours’ second son', '我家和隔壁张家是邻居，我嫁给了张家老二，张家老二喝了酒就打我。'],
    ['her daughter married the son downstairs', '我女儿嫁给了楼下那家的儿子，那家的儿子天天打我女儿。'],
    ['she courts the neighbours’ son', '我和隔壁王家的儿子谈恋爱，王家儿子昨晚喝多了打我。'],
    ['the neighbours’ son is her husband', '邻居刘家的儿子是我老公，刘家儿子昨晚喝多了把我打了。'],
  ])('%s: the household is her own, a family dispute', (_, text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });

  it.each([
    ['a match that became a marriage', '家里给我介绍了个对象，处了半年结了婚，婚后他不同意我出去上班，昨天还打了我一巴掌。'],
    ['a courtship her husband refused', '他对我献殷勤，我老公知道后不同意，和他打了起来。'],
  ])('%s: no refused relationship, no separation', (_, text) => {
    expect(factorCodes(text)).not.toContain('separation');
    expect(HIGH).not.toContain(assess(text).riskLevel);
  });

  it.each([
    ['for a harvester', '老公提着一桶柴油到我娘家给收割机加油，跟我爸吵了几句。'],
    ['lent with a tractor', '老公带了一桶柴油来我家借拖拉机用，跟我吵了一架。'],
    ['for the shop’s oil', '老公提着柴油来我店里换机油，我俩为钱吵了几句。'],
  ])('柴油 carried %s is no means brought', (_, text) => {
    expect(factorCodes(text)).not.toContain('arson_poison');
    expect(assess(text).riskLevel).not.toBe('red');
  });

  it.each([
    ['打断了, then a threat', '老公打断了我的腿，还说再报警就打断我另一条腿，我很害怕。'],
    ['打断过, then a threat', '他打断过我的腿，现在又说要打断我另一条腿，我很害怕。'],
  ])('%s: the injury is done, not only threatened (at least orange)', (_, text) => {
    expect(HIGH).toContain(assess(text).riskLevel);
  });

  it.each([
    ['a red packet for the family group', '老公说过年就把红包丢到家族群里，我跟他吵了一架。'],
    ['the child’s photos for the family group', '老公说明天就把孩子的照片丢到家族群里给大家看看，我跟他吵了几句。'],
    ['a rumour that did ruin her name', '他到处造谣说我外面有人，让我名声扫地，我老公也信了，跟我吵了一架。'],
  ])('%s: no threat to her name', (_, text) => {
    expect(factorCodes(text)).not.toContain('threat_social');
  });

  it.each([
    ['迟早叫我名声扫地', '前夫说迟早叫我名声扫地。'],
    ['聊天截图丢到公司群', '男友说我要是敢分手，就把聊天截图丢到我们公司群里。'],
  ])('%s: a threat to her name still (near-misses, pass on both)', (_, text) => {
    expect(factorCodes(text)).toContain('threat_social');
  });

  it('前夫带着柴油来我家: the round’s reading kept, red (near-miss, passes on both)', () => {
    expect(assess('前夫带着一桶柴油来我家，说要烧死我们全家。').riskLevel).toBe('red');
  });

  it('楼上那家的儿子 on her daughter: the round’s reading kept, no family (near-miss, passes on both)', () => {
    expect(assess('楼上那家的儿子把我女儿推下滑梯，我女儿胳膊骨折了。').familyRomantic).toBe(false);
  });
});

describe('round 15: parties named after the heading’s colon, a neighbour who films, confinement and stalking in other words, a refused suitor’s next acts (our own sentences; the causes fail on -22, the near-misses pass on both)', () => {
  const factorCodes = codes; // these blocks name factors by the text

  it('a respondent described as the kin of the applicant named after the heading’s colon is her husband', () => {
    const r = assess('申请人：何某兰，女。被申请人：路某，男，系何某兰之夫。路某多次殴打申请人，还拿菜刀说要砍死她。');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
  });

  it('…not where the name is described as her landlord (near-miss)', () => {
    expect(assess('申请人：何某兰，女。被申请人：路某，男，系何某兰的房东。路某多次上门骂申请人，还砸了她的门。').familyRomantic).toBe(
      false,
    );
  });

  it('a neighbour who filmed the scene is a witness, not the other side of a neighbours’ dispute', () => {
    const r = assess(
      '申请人：韩某，女。被申请人：鲁某，男，系申请人之夫。申请人带女儿回娘家住，被申请人晚上提着一把斧头到娘家院门外，用斧头砍院门，申请人父亲报了警。申请人附上邻居拍下的视频。',
    );
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
  });

  it('a neighbour who photographs a leak and wants money is no family dispute (near-miss)', () => {
    expect(assess('邻居拍下我家漏水的照片，说要我赔钱。').familyRomantic).toBe(false);
  });

  it.each([
    ['从外面把防盗门锁死', '老公不让我回单位上班，出门时从外面把防盗门锁死，我出不去。'],
    ['没收了她的手机和钥匙', '丈夫没收了申请人的手机和钥匙，申请人联系不上家人。'],
  ])('%s is confinement, orange', (_, text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(text)).toContain('confinement');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['she locks her own door going to work', '我出门上班，从外面把防盗门锁上了，孩子在屋里睡觉。'],
    ['a teacher takes her son’s phone', '老师没收了我儿子的手机，我老公去学校跟老师吵了一架。'],
  ])('%s: not orange or red (near-misses)', (_, text) => {
    expect(HIGH).not.toContain(assess(text).riskLevel);
  });

  it.each([
    ['a tracker he admits installing, after the break-up', '分手后我在车底下发现一个定位器，被申请人后来在电话里承认就是他装的。'],
    ['an ex banging on her door in the small hours', '分手三个月了，前男友最近总在后半夜来拍我的门，一拍就是半个钟头。'],
    ['a refused suitor’s hundreds of messages', '同事追了她大半年，她说不可能，那人每天给她发一两百条消息。'],
    ['a refused suitor following her home from work', '同事追了她大半年，她说不可能，那人还在她下班路上跟着。'],
  ])('%s is stalking, orange', (_, text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(text)).toContain('stalking');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['a tracker for an old man', '我给老人买了个定位器，他自己装在拐杖上的，和老伴吵架后离家出走也能找到。'],
    ['her husband knocking when he comes home late', '老公喝多了半夜回来拍门，我起来给他开了门。'],
    ['her own messages to customers', '我每天给客户发一两百条消息，老公嫌我不陪他，跟我吵了一架。'],
    ['her husband walking her home', '老公每天在我下班路上跟着接我，怕我一个人走夜路。'],
    ['a courtship refused, then friends', '同事追了她大半年，她说不可能，后来两人成了朋友。'],
  ])('%s is no stalking (near-misses)', (_, text) => {
    expect(factorCodes(text)).not.toContain('stalking');
    expect(HIGH).not.toContain(assess(text).riskLevel);
  });
});

describe('round 15 review: confiscations, locked doors, night knocks, message counts and a walk home told of others; the findings on rounds 13 and 14 (our own sentences; the causes fail on -23, the near-misses pass on both)', () => {
  const factorCodes = codes; // these blocks name factors by the text

  it.each([
    ['the police confiscate his phone', '民警依法没收了其手机，双方系夫妻，因琐事争吵。'],
    ['her mother takes her phone', '我妈没收了我的手机，不让我玩游戏，我跟她吵了一架。'],
    ['her company keeps her identity card', '公司没收了我的身份证，老公陪我去公司要，跟领导吵起来了。'],
    ['his door locked by her', '我跟老公吵完架，出门时从外面把他的房门锁上了。'],
    ['a door locked against a child running out', '老公出门遛狗，从外面把大门锁上了，怕孩子跑出去。'],
    ['a door locked against thieves', '丈夫出门时从外面把防盗门锁上，免得小偷进来。'],
  ])('%s is no confinement', (_, text) => {
    expect(factorCodes(text)).not.toContain('confinement');
    expect(HIGH).not.toContain(assess(text).riskLevel);
  });

  it.each([
    ['a door locked and she cannot get out', '丈夫出门时从外面把防盗门锁死，我出不去。'],
    ['her mother-in-law keeps her identity card', '婆婆没收了我的身份证，不让我回娘家。'],
  ])('%s stays confinement, orange (near-misses)', (_, text) => {
    expect(factorCodes(text)).toContain('confinement');
    expect(assess(text).riskLevel).toBe('orange');
  });

  it.each([
    ['a neighbour asking for quiet', '我和老公吵架后，楼下邻居半夜跑来拍门，让我们小声点。'],
    ['his brother come to make peace', '老公和我吵架，后半夜他弟弟来拍门劝架。'],
    ['their son', '我老公跟我吵架后，儿子半夜跑来拍门问我们怎么了。'],
    ['a neighbour borrowing a charger', '我跟老公吵架后，邻居后半夜来拍门借充电器。'],
    ['a group chat’s messages', '群里每天一两百条消息，老公天天看手机不理我，我俩吵了一架。'],
    ['his work messages', '老公每天收到一两百条工作消息，回家也不陪我，我们因此吵架。'],
    ['a stray dog on her way home', '我和老公吵架了，有只流浪狗总在我下班路上跟着我。'],
  ])('%s is no stalking', (_, text) => {
    expect(factorCodes(text)).not.toContain('stalking');
  });

  it.each([
    ['an ex kicking her door after midnight', '离婚后前夫经常后半夜跑来踹我的门。'],
    ['the messages she gets from her ex', '分手后她每天收到前男友发的一两百条消息。'],
    ['an ex on her way home', '分手后前男友总在我下班路上跟着，我很害怕。'],
  ])('%s stays stalking, orange (near-misses)', (_, text) => {
    expect(factorCodes(text)).toContain('stalking');
    expect(assess(text).riskLevel).toBe('orange');
  });

  // Found by the lead's review of rounds 13 and 14.
  it.each([
    ['给 in 打电话', '他给我打电话说要喝农药。'],
    ['让 about himself', '老公让我别管他，说要喝农药。'],
    ['逼 about a withdrawal', '丈夫当着我的面喝下农药，逼我撤回离婚起诉。'],
  ])('a poison he drinks himself (%s) is his suicide threat, orange', (_, text) => {
    expect(factorCodes(text)).not.toContain('arson_poison');
    expect(factorCodes(text)).toContain('suicide_threat');
    expect(assess(text).riskLevel).toBe('orange');
  });

  it.each([
    ['给我喝', '他要给我喝农药。'],
    ['逼我喝', '老公逼我喝农药。'],
    ['逼她喝 after', '老公喝了农药，又逼她喝。'],
    ['给她灌 after', '老公喝了一口农药，还给她灌。'],
  ])('a poison %s stays a means, red (near-misses)', (_, text) => {
    expect(factorCodes(text)).toContain('arson_poison');
    expect(assess(text).riskLevel).toBe('red');
  });

  it.each([
    ['a stepfather beating the child, heard by the neighbour', '楼上那家的后爹天天打孩子，我在楼下都听见了。'],
    ['a mother beating her son, seen by the neighbour', '隔壁王家媳妇天天打她儿子，我看不下去。'],
  ])('%s: the neighbours’ family dispute', (_, text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });

  it('隔壁王家媳妇…打了我: the neighbour’s act on the caller stays no family (near-miss)', () => {
    expect(assess('隔壁王家媳妇骂我，还打了我。').familyRomantic).toBe(false);
  });

  it.each([
    ['after she refused him', '我拒绝了他，他天天在宿舍楼下等。'],
    ['after she left him', '我提出分手后，他每天在单位门口等着。'],
  ])('waiting at her door %s is stalking (the caller’s 我 in the clause before)', (_, text) => {
    expect(factorCodes(text)).toContain('stalking');
  });

  it('前男友天天到她家门口转悠 after 她跟我说: stalking on both (near-miss; the finding did not reproduce)', () => {
    expect(factorCodes('她跟我说分手后，前男友天天到她家门口转悠。')).toContain('stalking');
  });

  it.each([
    ['a feeling', '我感觉快喘不过气了。'],
    ['a weight after a slap', '老公打了我一巴掌，压得我都喘不过气。'],
    ['his control', '他管得太严，我都喘不过气。'],
    ['work', '工作压力大得喘不过气，和老公吵了一架。'],
    ['fear', '老公打我，我吓得喘不过气。'],
  ])('喘不过气 of %s is no strangulation', (_, text) => {
    expect(factorCodes(text)).not.toContain('strangulation');
    expect(assess(text).riskLevel).not.toBe('red');
  });

  it('掐我脖子，我喘不过气 stays strangulation, red (near-miss)', () => {
    expect(factorCodes('老公掐我脖子，我喘不过气。')).toContain('strangulation');
    expect(assess('老公掐我脖子，我喘不过气。').riskLevel).toBe('red');
  });

  it.each([
    ['分房子', '我不想离婚，他坚持分房子。'],
    ['分钱', '我不想离婚，老公坚持分钱。'],
  ])('他坚持%s when she does not want out is no separation', (_, text) => {
    expect(factorCodes(text)).not.toContain('separation');
  });

  it('他坚持要离 when she does not want out stays a separation (near-miss)', () => {
    expect(factorCodes('我不想离婚，他坚持要离。')).toContain('separation');
  });

  it('a neighbour named who phones the police is no party to the couple’s quarrel', () => {
    expect(assess('报警人称其与丈夫吵架中对门住户汪某打电话报警。').familyRomantic).toBe(true);
  });
});

describe('round 16: a breakup told with 分了, the asker’s own marriage by its length, proceedings counted, a person locked in for days, a court’s past order, a couple in a story’s words, a stranger acting on kin (our own sentences; the causes fail on -24, the near-misses pass on both)', () => {
  it.each([
    ['跟男朋友分了以后', '她说跟男朋友分了以后，他每天在公司门口堵她。'],
    ['和那个男的掰了没几天', '我和那个男的掰了没几天，他就把我的照片发到了家长群里。'],
  ])('a breakup told as %s is a separation; stalking after it is orange', (_, text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('separation');
    expect(r.riskLevel).toBe('orange');
  });

  it('我们去年三月分了手 is a separation', () => {
    expect(factorCodes(assess('我们去年三月分了手，他还是隔三差五到我单位楼下等我。'))).toContain('separation');
  });

  it.each([
    ['a household split with a brother', '我跟我哥前年分了家，现在他天天来我家门口骂。'],
    ['money split with a partner in business', '我和合伙人分了钱以后，他每天打电话催我还账。'],
    ['a cake shared', '她跟男朋友分了一块蛋糕，两人都很开心。'],
    ['bills shared with a landlord', '我和房东分了水电费，他每天来敲门。'],
  ])('分了 of %s is no separation (near-miss)', (_, text) => {
    expect(factorCodes(assess(text))).not.toContain('separation');
  });

  it.each([
    ['我们结婚七年了', '我们结婚七年了，一直觉得不了解对方，想问问该怎么办？'],
    ['结婚不到三年 after 我今年三十岁', '我今年三十岁，结婚不到三年，他一直不肯要孩子，我该怎么办？'],
    ['我俩15年结的婚', '我俩15年结的婚，各管各的钱，现在能不能要他还钱？'],
  ])('the asker’s own marriage told as %s is a family matter', (_, text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });

  it.each([
    ['a colleague’s marriage', '我同事结婚三年了，一直借我的钱不还。'],
    ['a company’s years', '我们公司成立十年了，老板拖欠工资。'],
    ['years in a flat', '我在这里住了八年，邻居天天吵。'],
    ['a walk with her husband', '我和老公在一起逛街的时候手机被偷了。'],
  ])('%s is no family matter (near-miss)', (_, text) => {
    expect(assess(text).familyRomantic).toBe(false);
  });

  it.each([
    ['第三次向法院起诉离婚', '第三次向法院起诉离婚，需要准备什么？'],
    ['第二次结婚', '我是第二次结婚，前夫那边的孩子归他。'],
  ])('%s counts proceedings or marriages, not violence', (_, text) => {
    expect(factorCodes(assess(text))).not.toContain('repeated_violence');
  });

  it.each([
    ['第二次打我', '老公这是第二次打我了，我想离婚。'],
    ['第二次报警', '这是第二次报警了，他又喝醉了骂我。'],
  ])('%s stays repeated (near-miss)', (_, text) => {
    expect(factorCodes(assess(text))).toContain('repeated_violence');
  });

  it.each([
    ['被老公锁在卧室里两天', '报警人称被老公锁在卧室里已经两天了，手机被收走。'],
    ['被男朋友锁在出租屋里三天', '她被男朋友锁在出租屋里三天了，手机也被拿走。'],
  ])('%s is detention, red', (_, text) => {
    const r = assess(text);
    expect(factorCodes(r)).toContain('detention');
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    ['himself in his study', '老公把自己锁在书房里两天不出来，我很担心。'],
    ['a dog on the balcony', '我把狗锁在阳台上两天了，邻居投诉。'],
    ['them out of the door', '她把我们锁在门外两天，不让回家。'],
  ])('locking %s for days is no detention (near-miss)', (_, text) => {
    expect(factorCodes(assess(text))).not.toContain('detention');
  });

  it('区法院今年三月裁定前夫不得靠近她, then his threat: an order in force breached, red', () => {
    const r = assess('她说区法院今年三月裁定前夫不得靠近她，可他昨天又跑到她单位门口骂她，说要让她好看。');
    expect(factorCodes(r)).toContain('protection_order_in_force');
    expect(r.riskLevel).toBe('red');
  });

  it('我想请法院今年裁定他不得接近我 is a wish, no order in force (near-miss)', () => {
    expect(factorCodes(assess('我想请法院今年裁定他不得接近我，他天天打电话威胁我。'))).not.toContain('protection_order_in_force');
  });

  it.each([
    ['二人很快成为情侣', '赵某在网上认识了钱某，二人很快成为情侣。后来赵某多次殴打钱某，还抢走她的银行卡。'],
    ['两人谈起了朋友', '孙某和李某在培训班认识后，两人谈起了朋友，半年后李某提出分开，孙某天天到她单位闹。'],
  ])('a story’s two parties who %s are a couple', (_, text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });

  it.each([
    ['good friends in business', '两人成为好朋友后合伙开店，后来因为分钱打了起来。'],
    ['colleagues and a loan', '二人成为同事后经常一起吃饭，后来张某借钱不还被起诉。'],
    ['a trade in couples’ clothes', '两人都说想做情侣装生意，后来因货款吵了起来，张某打了王某。'],
  ])('two parties who are %s are no couple (near-miss)', (_, text) => {
    expect(assess(text).familyRomantic).toBe(false);
  });

  it.each([
    ['一个陌生男人 before the act', '一个陌生男人在超市门口打了我老婆。'],
    ['一个陌生男子 before the act', '一个陌生男子在超市门口打了我老婆。'],
    ['一个陌生男人 after 被', '我老婆被一个陌生男人打了。'],
  ])('%s is a stranger acting on the caller’s kin: no family', (_, text) => {
    expect(assess(text).familyRomantic).toBe(false);
  });

  it.each([
    ['a stranger who watched', '老公当着陌生人的面打了我一巴掌。'],
    ['a stranger he quarrelled with', '我老公喝醉了跟一个陌生人吵架，回家就打我。'],
    ['她男人 with no stranger', '她男人喝醉了打她。'],
  ])('a husband’s act with %s stays family (near-miss)', (_, text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });
});

describe('round 16 review: the round’s readings narrowed (things divided, others’ marriages, a place counted, things and oneself locked in, a court’s order wished, a talk about friends) and what earlier rounds left (our own sentences; fail on -25)', () => {
  it.each([
    ['money divided with him', '报警人称我和他把卖猪的钱分了，他现在又来要。'],
    ['an inheritance divided', '报警人称我和她把那笔遗产分了以后，她还来闹。'],
    ['a group of them', '报警人称我和他们分了以后，他们天天来我家门口骂。'],
    ['phones handed out', '报警人称老板给我们几个分了手机，同事抢了我的。'],
  ])('分了 of %s is no separation', (_, text) => {
    expect(factorCodes(assess(text))).not.toContain('separation');
  });

  it.each([
    ['parents', '我爸妈结婚三十年了，邻居老王天天来我家门口骂。'],
    ['a neighbour', '我们隔壁老李结婚二十年了，他家狗天天叫，我想问怎么投诉？'],
    ['a colleague in a unit', '我们单位小王结婚两年了，他老是找我借钱不还。'],
    ['a father by the year', '我爸95年结的婚，现在村里要收回宅基地，怎么办？'],
    ['a villager', '我们村的张三结婚三年了，他欠我五万块钱不还，能起诉吗？'],
    ['an aunt', '我姑姑结婚十年了，她家的房子被开发商强拆了。'],
  ])('the marriage of %s is not the asker’s', (_, text) => {
    expect(assess(text).familyRomantic).toBe(false);
  });

  it.each([
    ['在调解室', '报警人称丈夫第三次在调解室里打她，现在脸上有伤。'],
    ['在信访局门口', '报警人称这是他第二次在信访局门口打她。'],
  ])('第N次 %s is a place of the blows, repeated violence', (_, text) => {
    expect(factorCodes(assess(text))).toContain('repeated_violence');
  });

  it.each([
    ['a bicycle', '报警人称我的电动车被他锁在楼道里三天了。'],
    ['a dog', '报警人称她家的狗被邻居锁在院子里两天了。'],
    ['herself', '报警人称妻子被丈夫骂了以后自己锁在屋里两天不吃饭。'],
    ['keys', '报警人称钥匙被锁在屋里两天了，找开锁公司。'],
  ])('%s locked in for days is no detention', (_, text) => {
    expect(factorCodes(assess(text))).not.toContain('detention');
  });

  it.each([
    ['a condition', '报警人称如果法院12月裁定不准他再接近她就好了。'],
    ['the future', '报警人称法院预计12月裁定不得接近，现在前夫天天来。'],
  ])('a court’s order as %s is not in force', (_, text) => {
    expect(factorCodes(assess(text))).not.toContain('protection_order_in_force');
  });

  it('两人谈起了朋友借钱的事 is a talk about friends, not a couple', () => {
    expect(assess('原告与被告系同村人，两人谈起了朋友借钱的事，发生争执，被告打伤原告。').familyRomantic).toBe(false);
  });

  it('拿菜刀把家里的鸡都杀了 is no weapon: a knife on a chicken, a family quarrel', () => {
    const r = assess('报警人称婆婆跟她吵完架，拿菜刀把家里的鸡都杀了。');
    expect(factorCodes(r)).not.toContain('weapon');
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it.each([
    ['the round’s breakup', '报警人称和男友分了快一个月，他天天打电话骚扰她。', 'separation'],
    ['the round’s detention', '报警人称被老公锁在卧室里已经两天了。', 'detention'],
    ['the round’s court order', '报警人称区法院去年十月裁定前夫不得接近她，前夫又来了。', 'protection_order_in_force'],
    ['a knife at her after a chicken', '报警人称丈夫拿菜刀把鸡杀了以后追着她砍。', 'weapon'],
  ])('%s stays (near-miss)', (_, text, code) => {
    expect(factorCodes(assess(text))).toContain(code);
  });

  it.each([
    ['我们结婚十年了', '我们结婚十年了，他在外面有人，我该怎么办？'],
    ['我和他结婚三年了', '报警人称我和他结婚三年了，他天天打我。'],
  ])('the asker’s own marriage %s stays family (near-miss)', (_, text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });

  it.each([
    ['威胁 in the clause before', '报警人称丈夫威胁她，离婚就打断她的腿。'],
    ['a condition in a quote', '报警人称弟弟在群里放话“你敢回来分房子，我就打断你的腿”，她不敢回娘家。'],
  ])('an injury in the words of a threat (%s) is the threat’s, not read as serious_injury', (_, text) => {
    expect(factorCodes(assess(text))).not.toContain('serious_injury');
  });

  it('丈夫把她的腿打断了 keeps serious_injury (near-miss)', () => {
    expect(factorCodes(assess('报警人称丈夫把她的腿打断了。'))).toContain('serious_injury');
  });

  it('她担心他回来闹事 is fear of a visit, no stalking; 又回来闹事 stays (near-miss)', () => {
    expect(factorCodes(assess('报警人称她担心他回来闹事。'))).not.toContain('stalking');
    expect(factorCodes(assess('报警人称前夫昨晚又回来闹事，砸了门。'))).toContain('stalking');
  });
});

describe('round 17: a limb broken done, a shove, a pregnancy and a bump in other words, a broken engagement, a blind date or a suitor refused in other words, things of hers smashed or cut, a divorce not wanted (our own sentences; the causes fail on -26, the near-misses pass on both)', () => {
  it.each([
    ['把…打断了', '报警人称前夫昨晚喝了酒，把她的胳膊打断了。'],
    ['打断了 + a limb', '报警人称儿子跟她吵架，打断了她两根肋骨。'],
  ])('a limb broken (%s) is violence with a serious injury: red', (_, text) => {
    const r = assess(text);
    expect(factorCodes(r)).toContain('violence');
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    ['an interruption (her words)', '报警人称开会时丈夫打断了她的话，两人吵起来。', 'serious_injury'],
    ['an interruption (her speaking)', '报警人称丈夫总是打断她说话，两人吵了一架。', 'threat'],
  ])('打断 in %s is no injury nor threat', (_, text, code) => {
    expect(factorCodes(assess(text))).not.toContain(code);
  });

  // The lead's review of rounds 16 and 17: 说要打断她的腿 cannot match the new patterns (no 了); a threat that reads
  // 腿打断了 word for word does, and must stay a threat. 撞断 is no 打断: it guards the older 断 terms, not the new ones.
  it.each([
    ['a threat', '报警人称丈夫说要打断她的腿。'],
    ['a threat worded 腿打断了', '报警人称丈夫说你再跑我就把你腿打断了。'],
    ['a car (撞断, the older 断 terms)', '报警人称她的腿被车撞断了，丈夫不管她。'],
  ])('打断 / 断 in %s is no violence done (near-miss)', (_, text) => {
    expect(factorCodes(assess(text))).not.toContain('violence');
  });

  it('a limb 被…打断了 stays red (near-miss)', () => {
    expect(assess('报警人称她的腿被男朋友打断了，人在镇卫生院。').riskLevel).toBe('red');
  });

  it('a husband who threatens to break her leg stays a threat (near-miss)', () => {
    expect(factorCodes(assess('报警人称丈夫说要打断她的腿。'))).toContain('threat');
  });

  it.each([
    ['搡 and a pregnancy', '报警人称她怀孕七个月，丈夫吵架时搡了她一把。'],
    ['肚子里的孩子', '报警人称她肚子里的孩子四个多月了，男友还踢了她一脚。'],
    ['搡 and a bump', '报警人称婆婆把她往门框上搡，她额头起了个大包。'],
  ])('%s: violence aggravated, orange', (_, text) => {
    const r = assess(text);
    expect(factorCodes(r)).toContain('violence');
    expect(HIGH).toContain(r.riskLevel);
  });

  it('退了婚 is a separation: following her after it is orange', () => {
    const r = assess('报警人称她和未婚夫上个月退了婚，对方天天到她单位门口堵她。');
    expect(factorCodes(r)).toContain('separation');
    expect(HIGH).toContain(r.riskLevel);
  });

  it.each([
    ['不对路', '报警人称媒人给介绍了个对象，见了一次面她觉得不对路，那人现在一天给她发几十条微信。'],
    ['说了不处', '报警人称相亲认识的一个男的，她跟人家说了不处，那人还天天跟着她下班。'],
    ['小半年', '报警人称厂里有个男的追了她小半年，她说了不可能，他每天给她发上百条短信。'],
  ])('a courtship refused with %s, then stalking: orange', (_, text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).toContain(r.riskLevel);
  });

  it('a boyfriend found 不对路 is no refused suitor (near-miss)', () => {
    expect(factorCodes(assess('报警人称相亲认识的男朋友，两人处得不对路，他天天跟在她后面。'))).not.toContain('separation');
  });

  it.each([
    ['砸得稀烂', '报警人称老公喝多了，把家里的电视和冰箱砸得稀烂。'],
    ['砸出个窟窿', '报警人称丈夫吵架时抡起椅子把柜子砸出个窟窿。'],
    ['剪成了布条', '报警人称男友把她的裙子全剪成了布条。'],
  ])('things smashed or cut (%s) are property damage, yellow', (_, text) => {
    const r = assess(text);
    expect(factorCodes(r)).toContain('property_damage');
    expect(r.riskLevel).toBe('yellow');
  });

  it('a thing of hers after 把 + her (把她新买的电脑摔了) is no violence', () => {
    expect(factorCodes(assess('报警人称男友吵架时把她新买的电脑摔在地上。'))).not.toContain('violence');
  });

  it('meat cut in the kitchen (near-miss)', () => {
    expect(factorCodes(assess('报警人称老公在厨房把肉剪成了条。'))).not.toContain('property_damage');
  });

  // The lead's review of rounds 16 and 17: the push of her head is violence (the 把 + person pattern not crossing a 的
  // must still take 她的头), not merely no separation.
  it('a push of her head (把她的头往墙上撞) stays violence (near-miss)', () => {
    expect(factorCodes(assess('报警人称丈夫把她的头往墙上撞。'))).toContain('violence');
  });

  it('a phone thrown to her to read (把手机摔给她看) is no property damage', () => {
    expect(factorCodes(assess('报警人称丈夫把手机摔给她看聊天记录。'))).not.toContain('property_damage');
  });

  it('她想离婚 stays a separation (near-miss)', () => {
    expect(factorCodes(assess('报警人称丈夫推了她一把，她想离婚。'))).toContain('separation');
  });
});

describe('round 17 review: a table leg is no limb, 不处理 and 不来电话 no refusal, things in a fridge or cut for rags no damage; a general question about violence tells no act (our own sentences; the causes fail on -27)', () => {
  it.each(['报警人称老公把椅子腿打断了', '报警人称老公打断了桌子腿'])('%s: a furniture leg broken is no violence, not red', (text) => {
    expect(codes(text)).not.toContain('violence');
    expect(assess(text).riskLevel).not.toBe('red');
  });
  it.each([
    ['报警人称她和老公是相亲认识的，老公打了她，她找居委会，人家说不处理', 'yellow'],
    ['报警人称相亲认识的，后来他不来电话了，她去他家门口堵他', 'none'],
  ])('%s: 不处理, 不来电话 refuse no courtship (%s)', (text, level) => {
    expect(codes(text)).not.toContain('separation');
    expect(assess(text).riskLevel).toBe(level);
  });
  it.each([
    '报警人称婆婆把旧床单剪成了布条当抹布，儿媳跟她吵',
    '报警人称老公把冰箱里的肉剪开，两人吵架',
    '报警人称老公把柜子里的快递撕开，两人吵架',
  ])('%s: no property damage', (text) => {
    expect(codes(text)).not.toContain('property_damage');
    expect(assess(text).riskLevel).toBe('blue');
  });
  it.each(['怀孕期间家暴可以离婚吗', '家暴可以离婚吗', '家庭暴力离婚需要什么证据', '怀孕期间家暴怎么办'])(
    '%s: a general question about violence is family, blue, no violence told',
    (text) => {
      const r = assess(text);
      expect(r.familyRomantic).toBe(true);
      expect(codes(text)).not.toContain('violence');
      expect(r.riskLevel).toBe('blue');
    },
  );
  it.each([
    ['报警人称丈夫把她的腿打断了', 'red', 'violence'],
    ['他怀孕期间打我，可以离婚吗', 'orange', 'violence'],
    ['我怀孕期间他家暴，可以离婚吗', 'orange', 'violence'],
    ['报警人称相亲对象她觉得不来电，对方天天跟踪她', 'orange', 'stalking'],
    ['报警人称老公把她的衣服剪成了布条', 'yellow', 'property_damage'],
  ])('%s stays %s (%s): near-misses, as the round meant', (text, level, code) => {
    expect(assess(text).riskLevel).toBe(level);
    expect(codes(text)).toContain(code);
  });
  // The lead's check of the general-question reading (lawyer-llama's development half: a consultation telling 遭家暴
  // lost its violence): suffering it (遭, 遭受, 遭遇, 受到) is told as done to the asker.
  it.each(['想离婚，起诉以后多久能判？遭家暴能马上判离吗', '遭遇家暴应该怎么办？', '受到家庭暴力可以直接起诉离婚吗？'])(
    '%s: violence suffered is told, not a general question',
    (text) => {
      expect(codes(text)).toContain('violence');
      expect(assess(text).familyRomantic).toBe(true);
    },
  );
});

describe("lead review of rounds 16 and 17: an injury done after 就, things locked in or broken, interruptions, proceedings, calls now, others' marriages (our own sentences; the causes fail on -28)", () => {
  it.each(['报警人称她要离婚，他就把她打到骨折住院', '原告说不离婚，被告就将其打至昏迷'])(
    '%s: an injury done after 就 (打到, 打至) is serious injury, red',
    (text) => {
      expect(codes(text)).toContain('serious_injury');
      expect(assess(text).riskLevel).toBe('red');
    },
  );
  it('你敢回来我打断你的腿: a threat on 敢 without 就 names no injury done', () => {
    expect(codes('报警人称丈夫说你敢回来我打断你的腿')).not.toContain('serious_injury');
  });
  it.each(['报警人称丈夫威胁她，离婚就打断她的腿', '报警人称丈夫说你敢回来分房子，我就打断你的腿', '报警人称丈夫说你再闹就把你打到骨折'])(
    '%s stays a threat, no injury done (near-miss)',
    (text) => {
      expect(codes(text)).not.toContain('serious_injury');
    },
  );
  it.each(['报警人称他把我的包锁在柜子里两天了', '报警人称她的身份证被老公锁在柜子里两天了', '报警人称她的户口本被老公锁在柜子里两天了'])(
    '%s: a thing locked in is no detention',
    (text) => {
      expect(codes(text)).not.toContain('detention');
      expect(assess(text).riskLevel).not.toBe('red');
    },
  );
  it.each(['报警人称老公把她锁在屋里两天了', '报警人称她的孩子被老公锁在屋里两天了'])('%s stays detention, red (near-miss)', (text) => {
    expect(codes(text)).toContain('detention');
    expect(assess(text).riskLevel).toBe('red');
  });
  it.each(['这是我第二次在法院起诉离婚', '报警人称这是双方第二次在派出所调解'])(
    '%s: a second proceeding is no repeated violence',
    (text) => {
      expect(codes(text)).not.toContain('repeated_violence');
    },
  );
  it('第二次在家里打她 stays repeated violence (near-miss)', () => {
    expect(codes('报警人称这是丈夫第二次在家里打她')).toContain('repeated_violence');
  });
  it.each(['报警人称老公打断了沙发腿', '报警人称他把狗的腿打断了', '报警人称老公打断了茶几腿', '报警人称老公打断了眼镜腿'])(
    '%s: a thing or an animal is no limb, no violence nor serious injury',
    (text) => {
      expect(codes(text)).not.toContain('violence');
      expect(codes(text)).not.toContain('serious_injury');
    },
  );
  it.each(['报警人称老公打断了她的胳膊', '报警人称老公把她的腿打断了'])('%s stays red (near-miss)', (text) => {
    expect(assess(text).riskLevel).toBe('red');
  });
  it.each(['报警人称老公打断了她和她妈的通话，两人吵起来', '报警人称丈夫总是打断她打电话，两人吵起来'])(
    '%s: an interruption is no injury, threat nor repeated violence',
    (text) => {
      for (const code of ['serious_injury', 'threat', 'repeated_violence']) expect(codes(text)).not.toContain(code);
    },
  );
  it('报警人称其妹妹陪同，她和男友分了以后…: a family word before a comma does not stop the separation', () => {
    const text = '报警人称其妹妹陪同，她和男友分了以后男友一直跟着她';
    expect(codes(text)).toContain('separation');
    expect(assess(text).riskLevel).toBe('orange');
  });
  it('组长把活分了手下的人: 分了手下 is no separation', () => {
    expect(codes('报警人称组长把活分了手下的人，两人吵起来')).not.toContain('separation');
  });
  it('她和男友分了手 stays a separation (near-miss)', () => {
    expect(codes('报警人称她和男友分了手，男友天天跟着她')).toContain('separation');
  });
  it.each(['正在家暴怎么办', '隔壁在家暴怎么办'])('%s: an act now or next door is no general question, violence read', (text) => {
    expect(codes(text)).toContain('violence');
  });
  it('家暴现在可以离婚吗 stays a general question (near-miss)', () => {
    expect(codes('家暴现在可以离婚吗')).not.toContain('violence');
  });
  it("我们车间的老刘结婚十年了: a colleague's marriage is not the asker's", () => {
    expect(assess('我们车间的老刘结婚十年了').familyRomantic).toBe(false);
  });
  it.each(['我们结婚十年了，他经常骂我', '我和老公结婚十年了，他经常骂我', '我俩刚结婚三个月，他经常骂我'])(
    '%s stays family (near-miss)',
    (text) => {
      expect(assess(text).familyRomantic).toBe(true);
    },
  );
  it('法院通知12月将裁定是否禁止他接近她: an order to be decided is not in force', () => {
    expect(codes('法院通知12月将裁定是否禁止他接近她')).not.toContain('protection_order_in_force');
  });
  it('法院12月裁定禁止他接近她 stays an order in force (near-miss)', () => {
    expect(codes('法院12月裁定禁止他接近她，他又来了')).toContain('protection_order_in_force');
  });
  it.each(['报警人称婆婆把旧衣服剪成布条，拿来做拖把', '报警人称婆婆把旧床单剪成了布条，拿来当抹布', '报警人称他把锅盖掀了，两人吵起来'])(
    '%s: rags and a lid lifted are no property damage',
    (text) => {
      expect(codes(text)).not.toContain('property_damage');
    },
  );
  it.each(['报警人称老公把她的衣服剪成了布条', '报警人称他把锅掀了，菜撒了一地，两人吵起来'])(
    '%s stays property damage (near-miss)',
    (text) => {
      expect(codes(text)).toContain('property_damage');
    },
  );
  it("拿刀把鸡杀了又去砍老婆: the knife stays the weapon (the reviewer's reading: the weapon was kept by 砍 on -28, the knife is now its evidence)", () => {
    const r = assess('报警人称他拿刀把鸡杀了又去砍老婆');
    expect(factorCodes(r)).toContain('weapon');
    expect(r.factors.find((f) => f.code === 'weapon')!.evidence.map((e) => e.text)).toContain('拿刀');
  });
  // Found by `eval --dev` (a petition's landlord cutting the water, no longer skipped by the old 不…就 reading): 断了 before
  // water, power, support or contact is no injury.
  it.each(['我不同意搬走，房东就断了水电，他老婆的弟弟还推了我一把', '她要离婚，他就断了她的生活费'])(
    '%s: 断了 水电/生活费 is no serious injury',
    (text) => {
      expect(codes(text)).not.toContain('serious_injury');
    },
  );
  it('她的腿断了 stays a serious injury (near-miss)', () => {
    expect(codes('报警人称丈夫把她推倒，她的腿断了')).toContain('serious_injury');
  });
  it('拿菜刀把家里的鸡都杀了 stays no weapon (near-miss)', () => {
    expect(codes('报警人称他拿菜刀把家里的鸡都杀了')).not.toContain('weapon');
  });
});

describe('lead review of rounds 16 and 17: the refusal words and the break-up patterns written once (rules `shared`)', () => {
  const terms = (): string[] => JSON.stringify(RISK_RULES_V1).match(/"re:[^"]*"/g) ?? [];
  it('every shared pattern is put in place (no {{name}} left in a term) and the refusals are defined once', () => {
    const shared = RISK_RULES_V1.shared ?? {};
    expect(Object.keys(shared)).toEqual(expect.arrayContaining(['blindDateRefused', 'suitorRefused', 'separatedFromPartner']));
    expect(terms().some((t) => t.includes('{{'))).toBe(false);
    expect(terms().filter((t) => t.includes(`(${shared.blindDateRefused})`))).toHaveLength(1);
  });
  it.each([
    ['报警人称相亲对象她说了不处，对方天天跟踪她', 'stalking'],
    ['报警人称她和她哥的合伙人掰了以后，那人天天来店里骂她', null],
  ])('%s: the shared readings as before (near-miss)', (text, code) => {
    if (code) expect(codes(text)).toContain(code);
    else expect(codes(text)).not.toContain('separation');
  });
});

// Rounds 18 and after: the shipped rules with models of our own, made in the test, so that no test asserts the value of
// a shipped weight a retrain would move.
const logit = (p: number) => Math.log(p / (1 - p));
/** The shipped rules with a model of our own: every record scores `family` and `high` but for the words given. */
const withModel = (
  family: number,
  high: number,
  thresholds: { family?: number; high?: number; veto?: number; raise?: number } = {},
  weights: Record<string, [number, number]> = {},
) =>
  withJieba({
    ...RISK_RULES_V1,
    model: {
      ...RISK_RULES_V1.model!,
      weights,
      bias: [logit(family), logit(high)] as [number, number],
      thresholds: { family: 0.6, high: 0.5, veto: 0.3, ...thresholds },
    },
  });
const under = (rules: ReturnType<typeof withModel>, text: string) => assessRisk(event(text), [], rules);
/** A model finding every record a family dispute (raise at 0.8), and high risk only by the words given. */
const carriedBy = (...words: string[]) =>
  withModel(
    0.9,
    0.3,
    { raise: 0.8 },
    Object.fromEntries(words.map((w) => [`w:${w}`, [0, (logit(0.95) - logit(0.3)) / words.length] as [number, number]])),
  );
/** The words the model's factor shows the officer. */
const shownByModel = (r: ReturnType<typeof assessRisk>) =>
  r.factors.find((f) => f.code === 'model_high_risk')?.evidence.map((e) => e.text) ?? [];

describe('round 18: the model’s doubt never drops a grave act beside a relation; the model raises a yellow or blue family dispute the rules read, with its words shown (our own sentences; models made in the test, so no weight’s value is asserted)', () => {
  // A model in doubt (0.5: below the family threshold, above the veto), as a retrained one was on round 17's refusals.
  const doubt = withModel(0.5, 0.2);

  it.each([
    ['他给我打电话说要喝农药。', 'orange', 'suicide_threat'],
    ['他要给我喝农药。', 'red', 'arson_poison'],
    ['老公喝了一口农药，还给她灌。', 'red', 'arson_poison'],
    ['遭遇家暴应该怎么办？', undefined, 'violence'],
  ])('%s: a grave act beside a relation stays family under a model in doubt', (text, level, code) => {
    const r = under(doubt, text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain(code);
    if (level) expect(r.riskLevel).toBe(level);
  });

  it('她老公发脾气把衣柜推倒了，没碰她: a thing pushed over is property damage, read by the rules: family and yellow under a model in doubt', () => {
    const r = under(doubt, '她老公发脾气把衣柜推倒了，没碰她');
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('property_damage');
    expect(factorCodes(r)).not.toContain('violence');
    expect(r.riskLevel).toBe('yellow');
  });

  it.each([
    ['a knife held by a stranger', '一个陌生男子拿着刀在我家门口转悠，我老公不在家'],
    ['petrol brought by someone', '有人提着一桶汽油到我家门口，我老公说不认识那个人'],
    ['a plain push by him, no relative named', '他把我推倒了'],
  ])('%s: the model in doubt decides, no family (near-miss)', (_, text) => {
    expect(under(doubt, text).familyRomantic).toBe(false);
  });

  it.each([
    ['a worker’s injury at a factory', '我爱人在工厂干活被机器轧伤了手，厂里不给赔偿，还骂我们，请求劳动局处理'],
    ['another woman’s husband pushing the caller', '她老公出来推我'],
  ])('%s: a model saying no (below the veto) still drops a reading made near a relation (near-miss)', (_, text) => {
    const r = under(withModel(0.1, 0.2), text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it('a model saying no (below the veto) still refuses a grave act beside a relation the rules tied to no conflict (near-miss)', () => {
    expect(under(withModel(0.1, 0.2), '他要给我喝农药。').familyRomantic).toBe(false);
  });

  const breakup = '我和男朋友分手了，他不同意，我很害怕';
  // Her fear (害怕) weighs toward high risk; everything else reads 0.3. (Round 18 weighed 分手: a separation alone is no
  // reason an officer sees, round 18 review.)
  const raising = (raise?: number) => withModel(0.9, 0.3, { raise }, { 'w:害怕': [0, logit(0.95) - logit(0.3)] });

  it('a blue family dispute the rules read is raised to orange where the model finds it like the red and orange, its words shown', () => {
    expect(assess(breakup).familyRomantic).toBe(true);
    const r = under(raising(0.8), breakup);
    expect(r.riskLevel).toBe('orange');
    const f = r.factors.find((x) => x.code === 'model_high_risk');
    expect(f?.evidence.map((e) => e.text)).toContain('害怕');
  });

  it.each([
    ['no raising threshold (the shipped -29 model)', undefined],
    ['a threshold above the model’s score', 0.97],
  ])('no raise with %s (near-miss)', (_, raise) => {
    const r = under(raising(raise), breakup);
    expect(r.riskLevel).not.toBe('orange');
    expect(factorCodes(r)).not.toContain('model_high_risk');
  });

  it('no raise without a word of the text to show the officer (near-miss)', () => {
    const r = under(withModel(0.9, 0.95, { raise: 0.8 }), breakup);
    expect(r.riskLevel).not.toBe('orange');
    expect(factorCodes(r)).not.toContain('model_high_risk');
  });

  it('a family reading the model alone made (no conflict word of the rules) is never raised by the model too', () => {
    const r = under(withModel(0.5, 0.3, { raise: 0.8 }, { 'w:外面': [logit(0.99), logit(0.99) - logit(0.3)] }), '老公在外面有人了');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).not.toBe('orange');
    expect(factorCodes(r)).not.toContain('model_high_risk');
  });

  it('a record the model finds no family dispute is never raised (near-miss)', () => {
    const r = under(
      withModel(0.1, 0.3, { raise: 0.8 }, { 'w:分手': [0, logit(0.95) - logit(0.3)] }),
      '我和合伙人生意上分手了，他不同意，一直吵',
    );
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });
});

describe('round 18 review: the raise shows a reason or is none; a grave act told of 那个男的 beside a relative is the model’s to decide (our own sentences; models made in the test, so no weight’s value is asserted)', () => {
  it.each([
    ['party and procedure words (男方, 报警, 女方)', '女方报警称男方把孩子带回老家不让她见', ['男方', '报警', '女方']],
    ['a kin word (丈夫)', '报警人称丈夫经常打电话给她，说要跟她离婚', ['丈夫']],
    ['how often (经常)', '报警人称丈夫经常打电话给她，说要跟她离婚', ['经常']],
    ['the divorce alone (离婚)', '我要跟老公离婚', ['离婚']],
    ['a suit (起诉)', '报警人称丈夫要起诉离婚', ['起诉']],
    ['a breakup alone (分手)', '我和男朋友分手了，他不同意，一直吵', ['分手']],
    ['a phone call (打电话)', '报警人称老公一直打电话骂她', ['打电话']],
  ])('no raise where the words that carried it are only %s', (_, text, words) => {
    expect(assess(text).familyRomantic).toBe(true);
    const r = under(carriedBy(...words), text);
    expect(r.riskLevel).not.toBe('orange');
    expect(factorCodes(r)).not.toContain('model_high_risk');
  });

  it('a raise carried by a reason beside party words shows the reason, not the parties', () => {
    const text = '报警人女方称男方经常打电话骚扰她，今天又到她单位门口纠缠，女方很害怕，要求民警处理';
    const r = under(carriedBy('男方', '骚扰'), text);
    expect(r.riskLevel).toBe('orange');
    const shown = shownByModel(r);
    expect(shown).toContain('骚扰');
    expect(shown).not.toContain('男方');
  });

  // A model in doubt (0.5: below the family threshold, above the veto).
  const doubt = withModel(0.5, 0.2);
  it.each(['卖菜的那个男的用开水泼我妈', '那个男的往我爸身上泼汽油'])(
    '%s: a grave act of 那个男的 beside the caller’s relative is not kept as family by a model in doubt',
    (text) => {
      expect(under(doubt, text).familyRomantic).toBe(false);
    },
  );

  it.each(['我老婆拿开水泼我', '老公往我身上泼汽油', '他要给我喝农药。'])(
    '%s: the couple’s grave act stays family under a model in doubt (near-miss)',
    (text) => {
      expect(under(doubt, text).familyRomantic).toBe(true);
    },
  );
});

describe('round 19: a raise with a reason shows it; a quarrel, a divorce or drink without one stays below orange (our own sentences; the retrain was not kept, docs/evaluation.md#round-19)', () => {
  it('calls every day after a breakup and her fear, carried by 前男友 and 不敢: raised to orange with her fear shown, not the relation', () => {
    const text = '报警人称分手以后前男友天天给她打电话，她不敢回家，很害怕';
    expect(assess(text).riskLevel).not.toBe('orange');
    const r = assessRisk(event(text), [], carriedBy('前男友', '不敢'));
    expect(r.riskLevel).toBe('orange');
    expect(shownByModel(r)).toContain('不敢');
    expect(shownByModel(r)).not.toContain('前男友');
  });

  it.each(['女方称男方经常打电话骂她，要求处理', '我要跟老公离婚，他经常不回家', '报警人称丈夫经常喝酒后跟她吵架，要求民警处理'])(
    '%s: with the shipped weights, a quarrel, a divorce or drink without a reason of danger stays below orange (near-miss)',
    (text) => {
      const r = assess(text);
      expect(r.familyRomantic).toBe(true);
      expect(['orange', 'red']).not.toContain(r.riskLevel);
    },
  );
});

describe('lead, after round 19: the violence raise shows a reason, the violence itself where the model’s words are parties or procedure (our own sentences; the grade is unchanged)', () => {
  const GENERIC = ['男方', '女方', '报警', '丈夫', '老公', '人称', '民警', '经常'];

  it.each([
    ['女方报警称男方推了她一下', '推了'],
    ['报警人称丈夫打了她一巴掌', '打了'],
    ['女方报警称男方扇了她一耳光', '扇'],
  ])('%s: raised to orange as before, showing %s, no party or procedure word', (text, act) => {
    const r = assess(text);
    expect(r.riskLevel).toBe('orange');
    expect(shownByModel(r)).toContain(act);
    expect(shownByModel(r).filter((w) => GENERIC.includes(w))).toEqual([]);
  });

  it('a model whose strongest word names no party shows it (头发), not the violence in its place', () => {
    const rules = carriedBy('头发');
    const text = '女方报警称男方推了她一下，扯了她的头发';
    expect(assessRisk(event(text), [], { ...rules, model: undefined }).riskLevel).not.toBe('orange');
    const r = assessRisk(event(text), [], rules);
    expect(r.riskLevel).toBe('orange');
    expect(shownByModel(r)).toEqual(['头发']);
  });

  it('no violence, no violence raise: a quarrel with party words stays below orange (near-miss)', () => {
    const r = assess('女方报警称男方跟她吵架，要求民警处理');
    expect(['orange', 'red']).not.toContain(r.riskLevel);
    expect(shownByModel(r)).toEqual([]);
  });
});

describe('round 20: a relative who is a party of the act, and a filing’s parties stated as kin, are read as family whatever the land or loan they fight over (our own sentences; docs/evaluation.md#round-20)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0201号' }, [], RULES);
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0201' }, [], RULES);

  it.each([
    [
      '报警人称他二哥为了分宅基地的事拿着锄头要打他，他躲进了屋里',
      'red',
      'the caller’s brother does the act: what they fight over is its subject',
    ],
    ['报警人称她小叔子因为借钱的事把她推倒在地', 'yellow', 'an in-law who pushes her over a loan'],
    ['报警人称大伯哥为了宅基地边上的一棵树拿砍刀追着她砍', 'red', 'an in-law with a machete over a tree by the boundary'],
  ])('%s: family, %s (%s)', (text, level) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe(level);
  });

  it('我和妹妹为了老母亲名下的宅基地吵: the sister quarrelled with is the party, not the mother whose land it is', () => {
    const r = petition('我和妹妹为了老母亲名下的宅基地吵了一年多，谁也不理谁');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('blue');
  });

  it('被申请人贺某林是她的丈夫: a filing’s party stated as her husband makes the knife told sentences later the couple’s', () => {
    const r = court(
      '申请人卢某芬，家住东关街道；被申请人贺某林是她的丈夫。请求裁定禁止被申请人接近申请人。去年冬天起，被申请人多次酒后拿菜刀吓唬申请人，说要同归于尽。',
    );
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
  });

  it('系原告丈夫的姐姐: a spouse’s kin described in the identity line is kin', () => {
    const r = court(
      '原告：郑某兰，女，52岁。被告：郑某芳，女，系原告丈夫的姐姐。原告要求被告归还借用的农机，被告不还。今年5月，被告拿铁锹打伤原告的胳膊。',
    );
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    ['报警人称邻居为了宅基地的事抡起铁锹往他头上拍', 'no relative at all'],
    ['报警人称邻居家的儿子为了宅基地的事拿铁锹打他', 'someone’s son'],
    ['报警人称邻居把她哥哥打了，为了宅基地的事', 'the relative is the one the act is done to'],
    ['报警人称邻居和她哥哥为了宅基地吵起来了', 'the relative quarrels with an outsider'],
    ['报警人称同事为了借钱的事打了他弟弟', 'a colleague hits the brother'],
    ['报警人称她老公为了宅基地的事出来推我', 'another woman’s husband pushes the caller'],
    ['报警人称小舅子借钱不还，现在找不到人', 'a debt with no act'],
    ['报警人称老板儿子为了工钱的事拿棍子打他', 'the boss’s son'],
  ])('%s: not a family dispute (near-miss: %s)', (text) => {
    expect(assess(text).familyRomantic).toBe(false);
  });

  it.each([
    '原告：郑某兰，女，52岁。被告：郑某，男，系原告的邻居。原告要求被告归还借用的农机，被告不还。今年5月，被告喝了酒拿铁锹打伤原告的胳膊。',
    '原告：郑某兰，女，52岁。被告：郑某，男，系原告丈夫的同事。原告要求被告归还借用的农机，被告不还。今年5月，被告喝了酒拿铁锹打伤原告的胳膊。',
    '申请人卢某芬，家住东关街道；被申请人贺某林是她的房东。去年冬天起，被申请人多次酒后拿菜刀吓唬申请人，说要同归于尽。',
  ])('%s: a party described as a neighbour, a husband’s colleague or a landlord is no kin (near-miss)', (text) => {
    expect(court(text).familyRomantic).toBe(false);
  });
});

describe('round 20 review: the relative who does the act is a party only if the act is not on an outsider, and the relation shown is that relative (our own sentences)', () => {
  it.each([
    ['报警人称我儿子为了借钱的事拿棍子打了同学', 'the son hits a classmate: the other side is the classmate'],
    ['报警人称他儿子为了工钱拿棍子打了包工头', 'the son hits the foreman over wages'],
  ])('%s: not a family dispute (%s)', (text) => {
    expect(assess(text).familyRomantic).toBe(false);
  });

  it.each([
    ['报警人称我弟为了老父亲的宅基地拿刀威胁我', 'sibling', 'the brother who threatens, not the father whose land it is'],
    ['报警人称我和我妹为了赡养老娘的事吵起来了', 'sibling', 'the sister quarrelled with, not the mother cared for'],
  ])('%s: family, the relation shown is %s (%s)', (text, relation) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe(relation);
  });

  it.each([
    '报警人称他二哥为了分宅基地的事拿着锄头要打他，他躲进了屋里',
    '报警人称我儿子为了要钱拿刀威胁我',
    '报警人称大伯哥为了宅基地边上的一棵树拿砍刀追着她砍',
  ])('%s: still family (the relative acts on the teller; near-miss of the fix)', (text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });

  it('我跟他弟弟为了宅基地吵: the teller who says 我 quarrels with another’s brother, not a relative of the teller', () => {
    expect(assess('报警人称我跟他弟弟为了宅基地吵起来了').familyRomantic).toBe(false);
  });
});

describe('round 20 review: a spouse’s kin described in the identity line is kin, a spouse’s lover or former spouse is not (our own sentences)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初0202号' }, [], RULES);

  it.each([
    ['原告：李某，女，40岁。被告：王某，女，系原告丈夫的情人。被告拿刀砍伤原告。', 'the husband’s lover'],
    ['原告：李某，女，40岁。被告：王某，女，系原告丈夫的前妻。被告拿刀砍伤原告。', 'the husband’s former wife'],
    ['原告：李某，男，40岁。被告：王某，男，系原告妻子的前夫。被告拿刀砍伤原告。', 'the wife’s former husband'],
    ['原告李某，被告王某是她丈夫的前女友。被告多次拿刀威胁原告。', 'the husband’s former girlfriend'],
  ])('%s: not a family dispute (%s)', (text) => {
    expect(court(text).familyRomantic).toBe(false);
  });

  it('系原告丈夫的弟弟 and 是她丈夫的表哥 stay kin (near-miss of the fix)', () => {
    expect(court('原告：郑某兰，女，52岁。被告：郑某，男，系原告丈夫的弟弟。被告拿铁锹打伤原告的胳膊。').familyRomantic).toBe(true);
    expect(court('原告李某，被告王某是她丈夫的表哥。被告多次拿刀威胁原告。').familyRomantic).toBe(true);
  });
});

describe('round 21: 家暴 is read where the segmenter cuts 家暴行为 as 家/暴行/为 (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF2026120400021' }, [], RULES);

  it.each([
    ['报警人称其丈夫一直有家暴行为', 'a caller’s husband'],
    ['我老公有家暴行为', 'my husband, without 的'],
    ['我的老公成天不干活，还有家暴行为', 'my husband, after another clause'],
  ])('%s: a family dispute with violence (%s)', (text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe('spouse');
    expect(factorCodes(r)).toContain('violence');
  });

  it('我丈夫喝醉后常有家暴行为，孩子都吓哭了 (a petition): violence read, high', () => {
    const r = petition('我丈夫喝醉后常有家暴行为，孩子都吓哭了');
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('violence');
    expect(HIGH).toContain(r.riskLevel);
  });

  it.each([
    ['报警人称国家暴力机关的人来了', '国家/暴力: the state'],
    ['报警人称邻居家的暴行为何没人管', '暴行 then 为何: no 家暴 at all'],
    ['报警人称老家暴雨冲垮了院墙', '老家/暴雨: a storm'],
    ['报警人称单位领导有不当行为', '行为 without 家暴'],
  ])('%s: no family dispute, no violence (near-miss: %s)', (text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(false);
    expect(factorCodes(r)).not.toContain('violence');
  });

  it('报警人称她男朋友有家暴行为，刚才又动手了: partner and violence, as before (near-miss: another violence word there)', () => {
    const r = assess('报警人称她男朋友有家暴行为，刚才又动手了');
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain('violence');
  });
});

describe('round 22: the parties a consultation or a claim names — 男方/女方 as the teller’s own side, a claim between kin (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF2026120400022' }, [], RULES);

  it.each([
    ['我和女方处了两年，她突然跑了，电话也不接', 'the teller and 女方'],
    ['我跟女方吵了一架，她回娘家不回来了', 'a quarrel with 女方'],
    ['男方家里人天天上门闹，我该怎么办', '男方’s household'],
    ['结婚五年，男方在外面有了婚外恋情，我该怎么办', '婚外恋情'],
    ['结婚二年，女方与他人同居，我能起诉吗', 'cohabitation with another'],
  ])('%s: a family dispute between spouses or partners (%s)', (text) => {
    const r = petition(text);
    expect(r.familyRomantic).toBe(true);
    expect(['spouse', 'partner']).toContain(r.relation);
  });

  it.each([
    ['兄妹三人继承父母的房子，钱在哥哥手里讨不回怎么办', '讨不回'],
    ['父亲的房子被哥哥占了，我能要回来吗', '被哥哥占了'],
  ])('%s: a claim between relatives is a family dispute (%s)', (text) => {
    expect(petition(text).familyRomantic).toBe(true);
  });

  it.each([
    ['女方的法定结婚年龄是多少岁？', 'an abstract party of a question about the law'],
    ['男方代表公司签的合同有效吗？', 'a company’s representative'],
    ['邻居家的女方亲戚来闹事，怎么办', 'someone else’s 女方'],
    ['我和女方签了租房合同，她不交房租怎么办', 'a tenant'],
    ['双方因停车位争吵，女方称被推了一把', 'strangers over a parking space'],
    ['与他人同居的房子租金怎么算', 'cohabitation named as no one’s'],
    ['我是房东，租户不给我房租那份，怎么办', 'a landlord and a tenant'],
    ['公司不给我那份工资', 'a company’s wages'],
    ['我的房子被邻居占了', 'a neighbour'],
  ])('%s: no family dispute (near-miss: %s)', (text) => {
    expect(petition(text).familyRomantic).toBe(false);
  });
});

describe('round 22 review: 男方/女方 beside a stated tie, a business or a road accident, someone else’s cohabitation, a stranger’s 抢孩子 (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF2026120400122' }, [], RULES);

  it.each([
    ['我跟男方是同事，他借了我五千块钱要不回', 'a colleague'],
    ['我和男方是合租室友，他不交水电费', 'a flatmate'],
    ['我跟男方是网友，他骗了我两万块钱', 'someone met online'],
    ['我和男方都是业主，他把楼道占了', 'fellow owners'],
    ['我跟男方谈好了婚礼场地价格，现在他反悔不给钱', 'a wedding venue’s client'],
    ['婚礼策划公司跟女方家吵起来了，说布置不满意', 'a wedding planner’s client'],
    ['我是媒人，男方家不给我介绍费', 'a matchmaker’s fee'],
    ['他和别人同居的那套房子是租的，房东要赶人', 'the flat of a cohabitation'],
    ['我听说邻居老王和别人同居了，这违法吗', 'a neighbour’s cohabitation'],
  ])('petition %s: no family dispute (%s)', (text) => {
    const r = petition(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each([
    ['报警人称我跟女方在路上发生刮擦，她不让走', 'a road accident’s other side'],
    ['报警人称其开的婚纱店和女方家因为退定金吵起来了', 'a bridal shop’s client'],
    ['报警人称她的租客和别人同居，拖欠房租', 'a tenant’s cohabitation'],
    ['报警人称有人贩子当街抢孩子，孩子妈妈在哭', 'a stranger snatching a child'],
  ])('110 call %s: no family dispute, no grade (%s)', (text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each([
    ['我和女方是同学，谈了两年恋爱，她要分手', 'petition', ['partner', 'ex_partner']],
    ['我跟男方是同事，结婚三年了，他经常不回家', 'petition', ['spouse']],
    ['老公在外面和别的女人同居了', 'petition', ['spouse']],
    ['报警人称婆婆带人来抢孩子', 'police110', ['in_law']],
    ['报警人称其前夫来家里抢孩子', 'police110', ['ex_spouse']],
  ])('%s: still a family dispute (%s)', (text, source, relations) => {
    const r = source === 'petition' ? petition(text) : assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(relations).toContain(r.relation);
  });
});

describe('round 23: a refused suitor named by his role and name, and his confession to her (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF2026120400123' }, [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初123号' }, [], RULES);

  it.each([
    ['同事黄某前年追求我，我明确拒绝了。此后黄某天天在我家楼下等我，一晚上给我发几十条消息。', 'petition', 'a colleague named, 追求我'],
    ['单位男同事孙某对我表白，我当面拒绝了。之后他每天给我发一百多条短信，下班还尾随我。', 'petition', '对我表白'],
    ['科室的男同事郑某向我表白，我拒绝了，他就天天跟在我后面，我走到哪他跟到哪。', 'petition', '向我表白'],
    ['报警人称同学吴某跟她表白，她拒绝了，吴某现在天天在她宿舍楼下等她。', 'police110', 'a classmate, 跟她表白'],
    ['报警人称同事张某追她，她说了不行，张某现在每天在她单元门口等她。', 'police110', 'a colleague named, 追她…说了不行'],
  ])('%s: harassment after a refused relationship, orange (%s; %s)', (text, source) => {
    const r = source === 'petition' ? petition(text) : assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe('ex_partner');
    expect(r.riskLevel).toBe('orange');
  });

  it('a filing whose defendant is the plaintiff’s colleague who confessed to her: still orange', () => {
    const r = court('被告：钟某，男，原告同厂的同事。钟某去年向原告表白，原告当场拒绝。此后钟某每天下班跟在原告后面，一直跟到原告住处。');
    expect(r.familyRomantic).toBe(true);
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['报警人称同事王某跟领导表白了想法，领导没同意，王某就在办公室砸东西。', 'police110', 'a confession of views to a leader'],
    ['同事李某向领导表白了心意，我劝他别这样，他就天天跟着我骂我。', 'petition', 'his confession to someone else'],
    ['同事李某向我借钱，我拒绝了，他天天在单位门口堵我。', 'petition', 'a loan refused'],
    ['同事黄某追我要欠款，我说了不行，他天天在公司门口等我。', 'petition', 'a debt chased'],
  ])('%s: no family dispute (near-miss: %s)', (text, source) => {
    const r = source === 'petition' ? petition(text) : assess(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it('他向我表白我拒绝了，我老公知道后打了我一巴掌: the husband is the party, not the suitor (near-miss)', () => {
    const r = petition('他向我表白我拒绝了，我老公知道后打了我一巴掌。');
    expect(r.relation).toBe('spouse');
    expect(r.riskLevel).toBe('yellow');
  });
});

describe('round 23: a filing’s couple with the plaintiff’s given name or a bracketed description before 与被告 (our own sentences)', () => {
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初124号' }, [], RULES);

  it.each([
    ['原告蒋某（女）与被告温某于2021年开始同居，今年5月分开。分开后温某几乎天天到原告的店里闹，当着顾客的面摔东西。', 'partner'],
    ['原告柳某（女，29岁）与被告邹某于2022年开始同居，去年10月分开。分开后邹某天天到原告的店里闹，当着顾客的面骂她。', 'partner'],
    ['原告费某娟与被告韩某于2020年开始同居，去年8月分开。分开后韩某天天到原告的店里闹，当着顾客的面摔东西。', 'partner'],
  ])('%s: stalking after a separation between the parties, orange', (text, relation) => {
    const r = court(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe(relation);
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['原告某公司（法定代表人王某，董事长）与被告签订合同后，共同生活区的物业费一直未付。', 'a company, its representative in brackets'],
    ['原告丁某（男）与被告签订房屋租赁合同，被告拖欠房租半年。', 'a tenancy'],
  ])('%s: no family dispute (near-miss: %s)', (text) => {
    const r = court(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });
});

describe('round 24: harassment after a break-up, and a means swung, thrown or poured at her (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0001' }, [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初124号' }, [], RULES);
  const call = (source: string, text: string) => (source === 'court' ? court(text) : source === 'petition' ? petition(text) : assess(text));

  it.each([
    ['police110', '报警人称前男友分手后凌晨两点跑到她家门口用拳头捶门，喊她出来，她吓得不敢开门。', 'stalking', 'pounding at her door'],
    ['police110', '报警人称她跟男友分手后，对方天天发短信，说不会让她好过。', 'threat', 'a threatening message'],
    ['petition', '我和前男友分手后，他把我的聊天截图和住址发到了网上，还说我骗他的钱。', 'stalking', 'her chats and address posted'],
    [
      'court',
      '原告吴某（女）与被告鲁某于2022年经朋友介绍认识并恋爱，今年初原告提出分开。鲁某几次找原告想和好遭拒，便把原告的聊天记录发到原告单位的工作群里，还写了侮辱原告的话。',
      'stalking',
      'a filing’s couple told as 恋爱',
    ],
    [
      'court',
      '原告吴某与被告鲁某于2022年相恋，去年底原告说要分开。此后鲁某多次到原告单位门口堵原告，还在原告楼下守到半夜。',
      'stalking',
      'a filing’s couple told as 相恋',
    ],
    [
      'court',
      '原告韦某，女。被告施某，男。双方2020年起同居，未登记结婚。2024年底双方分开。此后被告多次到原告住处门口骂她。',
      'separation',
      '年底双方分开',
    ],
  ])('%s %s: harassment after a separation, orange (%s; %s)', (source, text, code) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain(code);
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['police110', '报警人称邻居喝多了在她家门外拿拳头擂门，嫌她家装修太吵。', 'none', 'a neighbour pounding'],
    ['police110', '报警人称老公没带钥匙，半夜在她家门外擂门，她开门后两人吵了几句。', 'blue', 'a husband without his key'],
    ['police110', '报警人称跟前男友分手后，对方发短信说不会再打扰她，让她好好过。', 'blue', 'a message that is no threat'],
    ['petition', '前男友分手后把我以前的自拍照发到闲鱼上卖二手相机。', 'blue', 'a sale ad'],
    ['court', '原告与被告于2015年恋爱，2016年登记结婚，婚后因琐事常吵架，原告起诉离婚。', 'blue', 'a marriage named: spouses'],
  ])('%s %s: %s (near-miss: %s)', (source, text, level) => {
    const r = call(source, text);
    expect(r.riskLevel).toBe(level);
    // A neighbour's pounding may be read as an act, but no family dispute; the others are no harassment at all.
    if (level === 'none') expect(r.familyRomantic).toBe(false);
    else expect(factorCodes(r).filter((c) => c === 'stalking' || c === 'threat')).toEqual([]);
  });

  it.each([
    ['police110', '报警人称老公喝醉了，抄起啤酒瓶朝她头上砸过去，她头上起了个包。', 'weapon', 'a beer bottle'],
    ['police110', '报警人称丈夫吵架时拿起烟灰缸往她脑袋上砸，她躲了一下砸在肩膀上。', 'weapon', 'an ashtray'],
    [
      'court',
      '原告蒋某与被告孟某系夫妻。二人为买房的事吵起来，被告拎起灶上滚烫的水壶，整壶朝原告身上浇，原告胳膊起了一片水泡。',
      'arson_poison',
      'boiling water poured',
    ],
  ])('%s %s: a means used on her, red (%s; %s)', (source, text, code) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain(code);
    expect(r.riskLevel).toBe('red');
  });

  it.each([
    ['police110', '报警人称老公在厨房拿菜刀切菜，两人因为做饭的事拌了几句嘴，老公摔门走了。', 'a kitchen knife cutting vegetables'],
    ['police110', '报警人称老公喝多了，把啤酒瓶朝墙上砸，又骂了她几句。', 'a bottle at a wall'],
    ['police110', '报警人称丈夫不小心把开水壶碰翻了，开水往她脚上流，烫红了一片，两人吵了几句。', 'an accident with hot water'],
    ['police110', '报警人称她端着滚烫的汤，没拿稳，往老公身上洒了一些，两人吵了起来。', 'soup spilled'],
  ])('%s %s: no weapon or means (near-miss: %s)', (source, text) => {
    const r = call(source, text);
    expect(factorCodes(r)).not.toContain('weapon');
    expect(factorCodes(r)).not.toContain('arson_poison');
    expect(r.riskLevel).not.toBe('red');
  });
});

describe('round 24 review: an outsider’s act, a fight pulled apart, a trade in 恋爱 (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0002' }, [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)豫1202民初125号' }, [], RULES);
  const call = (source: string, text: string) => (source === 'court' ? court(text) : source === 'petition' ? petition(text) : assess(text));

  it.each([
    ['petition', '离婚后我带孩子租房住，放贷的把我的身份证和住址发到网上了。', 'ex_spouse', 'blue', 'a lender posts her ID'],
    ['police110', '报警人称其已与丈夫分居，房东发信息说不会让她好过，要她马上搬走。', 'spouse', 'blue', 'a landlord’s message'],
    ['police110', '报警人称其与女友分手后，一名陌生男子在她家门外撞门。', 'ex_partner', 'blue', 'a stranger at her door'],
    ['police110', '报警人称其与丈夫在饭店吃饭时吵了几句，邻桌客人喝多了拿啤酒瓶朝她头上砸。', 'spouse', 'orange', 'a guest’s bottle'],
    ['police110', '报警人称其与老公在楼下和邻居吵起来，老公和邻居推了几下，后来双方分开了。', 'spouse', 'yellow', 'a fight pulled apart'],
    ['police110', '报警人称其与婆婆在饭店吃饭时吵了几句，服务员端着开水，一滑朝她身上倒了下来。', 'in_law', 'blue', 'a waiter slips'],
    ['petition', '我跟老公去饭店吃饭吵了起来，饭店的厨师拿起烧开的水直接往我身上泼。', 'spouse', 'yellow', 'a cook’s boiling water'],
  ])('%s %s: the family is read, the outsider’s act does not raise it (%s, %s; %s)', (source, text, relation, level) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe(relation);
    expect(r.riskLevel).toBe(level);
  });

  it('a guest’s bottle at her cousin’s wedding is not family red', () => {
    expect(assess('报警人称在表哥的婚宴上，一名宾客抄起啤酒瓶朝她头上砸。').riskLevel).not.toBe('red');
  });

  it.each([
    ['原告与被告签订恋爱咨询服务合同，被告收取服务费后未提供服务，原告请求退款。', 'a love-coaching contract'],
    ['原告王某与被告李某在网上散布原告恋爱经历一事发生纠纷，原告诉请赔礼道歉。', 'a defamation suit'],
  ])('court %s: 原告与被告…恋爱 of a trade or a rumour is no couple (%s)', (text) => {
    const r = court(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each([
    ['petition', '离婚后前夫把我的住址和身份证发到网上，天天有人来骚扰。', 'ex_spouse', 'orange'],
    ['police110', '报警人称前夫喝醉后跑到她家门口踹门，两人已离婚一年。', 'ex_spouse', 'orange'],
    ['police110', '报警人称与丈夫分居后，丈夫发短信说不会让她好过。', 'spouse', 'orange'],
    ['petition', '我和男友同居两年，去年年底两人分开了，他天天到我单位门口堵我。', 'partner', 'orange'],
    ['police110', '报警人称其男友喝醉后抄起凳子往她身上抡。', 'partner', 'red'],
    ['petition', '婆婆拿起滚烫的开水，直接朝我身上泼，我被烫伤了。', 'in_law', 'red'],
    ['police110', '报警人称丈夫和邻居吵完架，回家拿起开水朝她身上泼。', 'spouse', 'red'],
  ])('%s %s: the round’s reading kept (%s, %s)', (source, text, relation, level) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe(relation);
    expect(r.riskLevel).toBe(level);
  });
});

describe('round 25: an outsider’s act against someone’s relative (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0001' }, [], RULES);
  const call = (source: string, text: string) => (source === 'petition' ? petition(text) : assess(text));

  it.each([
    ['police110', '报警人称她老公在菜市场跟一个卖肉的吵起来，卖肉的拿着剔骨刀比划，还打了她老公一拳，嘴角都破了。', 'a vendor'],
    ['petition', '信访人反映：邻居孙某把电动车停在他家门口，他妻子让孙某挪开，孙某不挪，还推搡他妻子，打了她两拳。', 'a neighbour'],
    [
      'petition',
      '我父亲六十八岁，把门面租给一个卖水果的外地人。租客拖了三个月房租，父亲去要，那人推了我父亲一把，父亲摔倒把手腕摔骨折了。',
      'a tenant',
    ],
  ])('%s %s: no family dispute (%s acts, the relative only the one acted on)', (source, text) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it.each([
    ['police110', '报警人称她丈夫当着邻居的面打了她，邻居上前把他拉开了。', 'spouse', 'a husband, a neighbour watching'],
    ['police110', '报警人称她姐夫喝了酒，把她堵在楼道里打了一顿，她脸上都肿了。', 'in_law', 'her brother-in-law'],
    ['police110', '报警人称前夫雇了一个陌生男子打她，她脸上被打肿了。', 'ex_spouse', 'an ex who hired a stranger'],
    [
      'police110',
      '报警人称在侄子的婚宴上，她儿子被他爸当众打了一巴掌，嘴角流血了。',
      'parent_child',
      'a son hit by his father at a wedding',
    ],
    [
      'police110',
      '报警人称她老公喝多了跟一个卖肉的吵起来，回家后又打了她一巴掌。',
      'spouse',
      'a quarrel with a vendor, then a blow at home',
    ],
  ])('%s %s: still family (%s; near-miss: %s)', (source, text, relation) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe(relation);
    expect(HIGH).toContain(r.riskLevel);
  });
});

describe('round 26: a courtship refused, told after a workplace or in other words; pounding at her door (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0001' }, [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)民初1号' }, [], RULES);
  const call = (source: string, text: string) => (source === 'petition' ? petition(text) : source === 'court' ? court(text) : assess(text));

  it.each([
    [
      'petition',
      '信访人邹某（女）系某快递公司会计。她反映，去年仓库一个姓魏的男同事向她表白，她当场拒绝了。此后魏某天天在她住的小区门口等她，一等就是两个小时。',
      'a workplace with her post',
    ],
    [
      'court',
      '原告柴某与被告严某系同一家超市的同事。被告在年会后向原告表白，原告当即说了不行。从那以后，被告几乎每天下班尾随原告回家，还给原告发了两百多条短信。',
      'the parties colleagues of one shop',
    ],
    ['police110', '有个开出租的男的追我一年了，我跟他说了好几次不可能，这几天他天天跟在我后面，一直跟到我家门口。', '追我一年了'],
    ['police110', '追了她大半年的一个男的，她说了不可能，今天晚上这人拎着一把菜刀堵在她家门口。', 'the suitor named by his courtship'],
  ])('%s %s: a refused relationship, orange or red (%s)', (source, text) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe('ex_partner');
    expect(HIGH).toContain(r.riskLevel);
  });

  it.each([
    ['petition', '信访人邹某系某快递公司会计。她反映，快递公司拖欠她三个月工资，老板一直不给。', 'a wage claim against her employer'],
    ['police110', '有个同事追我要钱追了半年了，我跟他说了不可能一下子还清，他天天跟在我后面。', 'a debt chased, no courtship'],
    ['police110', '狗追了我一段路，我跟邻居说了不可能是我家的狗，邻居不信。', 'a dog chasing'],
  ])('%s %s: no refused relationship (near-miss: %s)', (source, text) => {
    const r = call(source, text);
    expect(r.relation).not.toBe('ex_partner');
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it.each([
    ['petition', '信访人反映，她和男友分手以后，前男友经常深更半夜跑到她住的楼下叫她，上楼使劲拍门，她不敢开。', 'after a separation'],
    ['police110', '报警人称离婚后前夫每晚都来敲她家的门，她不敢开。', 'after a divorce'],
  ])('%s %s: pounding at her door after coming to it is stalking, orange (%s)', (source, text) => {
    const r = call(source, text);
    expect(factorCodes(r)).toContain('stalking');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['police110', '老公天天半夜喝醉了回家砸门，我害怕。', 'a husband coming home'],
    ['police110', '楼上的邻居天天半夜来砸我家的门，说我家漏水。', 'a neighbour'],
  ])('%s %s: no stalking, not orange or red (near-miss: %s)', (source, text) => {
    const r = call(source, text);
    expect(factorCodes(r)).not.toContain('stalking');
    expect(HIGH).not.toContain(r.riskLevel);
  });
});

describe('round 26 review: a courtship, a workplace and pounding at her door not read of a deal, a customer or a caller (our own sentences)', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0001' }, [], RULES);
  const court = (main: string) => assessRisk({ ...event(main), source: 'court', sourceRef: '(2026)民初1号' }, [], RULES);
  const call = (source: string, text: string) => (source === 'petition' ? petition(text) : source === 'court' ? court(text) : assess(text));

  it.each([
    ['police110', '报警人称一个讨债的追了我半年了，我说了没钱还不可能，今天他拿着刀在我家楼下等我。', 'a debt collector'],
    ['police110', '报警人称催收公司的人追了我三个月了，我说了现在没钱，真的不可能，今天他们在我单位门口堵着我骂。', 'a collection agency'],
    ['petition', '信访人反映，一家装修公司的业务员追了她小半年了，她家房子不装修了，说了不可能，对方就天天打电话骚扰。', 'a salesman'],
    ['police110', '报警人称有个客户追了她两个月了，非要她把价格再降一半，她说了不行，这人今天在店里砸了东西。', 'a client haggling'],
    ['petition', '信访人反映，有个网贷平台追了她半年了，她说了真的还不了，不可能，平台就把她的照片发到通讯录里。', 'an online lender'],
    [
      'petition',
      '信访人吴某系某超市收银员。她反映，一个顾客因找零跟她发生争执，第二天带着他老婆到超市打了她。',
      'a customer at her shop, his wife',
    ],
  ])('%s %s: no family reading (%s)', (source, text) => {
    expect(call(source, text).familyRomantic).toBe(false);
  });

  it.each([
    [
      'police110',
      '报警人称她离婚后一个人带孩子住，经常半夜有催收公司的人跑来砸她家的门，说不还钱就别想睡。',
      'ex_spouse',
      'a debt collector',
    ],
    ['police110', '报警人称她离婚后一个人住，半夜有个喝醉的陌生男子跑来砸她家门。', 'none', 'a drunk stranger'],
    ['police110', '报警人称她与前夫离婚后，社区网格员经常来敲她家的门登记信息，她不想开门。', 'ex_spouse', 'a grid worker'],
    ['police110', '报警人称她和老公已经分居，派出所的人经常来敲她的门调查她老公的事。', 'spouse', 'the police'],
    ['court', '原告与被告已于2025年离婚，原告独自居住期间，小区管理处工作人员经常来敲原告家的门催交物业费。', 'spouse', 'property staff'],
    ['petition', '信访人反映，她离婚后租住在城中村，放高利贷的经常三更半夜跑来踹她家的门，让她还前夫欠的钱。', 'ex_spouse', 'a loan shark'],
    ['police110', '报警人称她离婚后，经常有推销的跑来敲她家的门，很烦。', 'ex_spouse', 'a salesman'],
    [
      'police110',
      '报警人称她和男朋友分手后，一个送水的师傅三天两头上楼来敲她的门，说送错了。',
      'ex_partner',
      'a delivery man at the wrong door',
    ],
  ])('%s %s: not orange or red (relation %s; near-miss: %s)', (source, text, relation) => {
    const r = call(source, text);
    expect(r.relation ?? 'none').toBe(relation);
    expect(HIGH).not.toContain(r.riskLevel);
  });

  it.each([
    ['police110', '报警人称她跟孩子他爸离婚以后，孩子他爸经常半夜跑来踹她家的门，要她复婚。', 'spouse', '孩子他爸'],
    ['police110', '报警人称她和前男朋友分手后，前男朋友天天半夜跑到她楼下，上楼使劲拍门。', 'ex_partner', '前男朋友'],
  ])('%s %s: pounding at her door after a separation, orange (%s, %s no relative or helper)', (source, text, relation) => {
    const r = call(source, text);
    expect(r.relation).toBe(relation);
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    [
      'petition',
      '信访人许某（女）系某物流公司文员。她反映，同事魏某追了她半年了，她说了好几次不可能，魏某最近天天在她家楼下堵她，说得不到她就杀了她。',
      'a colleague refused after a workplace',
    ],
    [
      'police110',
      '报警人称有个男的追了她半年了，请她吃饭花了不少钱，她说了不可能，今天这人喝了酒在她家门口砸门。',
      'money spent on courting her',
    ],
    ['police110', '报警人称有个男的追了她半年了，她说了不行，这人天天发短信骂她，还说要弄死她。', 'a refused suitor threatening'],
    [
      'police110',
      '报警人称她在奶茶店打工，前男友分手后经常半夜跑到她租的房子楼下喊她，上楼使劲拍门，她很害怕。',
      'an ex-partner after a workplace',
    ],
  ])('%s %s: the round kept, a refused or former partner, orange or red (%s)', (source, text) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe('ex_partner');
    expect(HIGH).toContain(r.riskLevel);
  });
});

describe('round 27: a courtship refused or broken off in other words, and stalking after it', () => {
  const petition = (main: string) => assessRisk({ ...event(main), source: 'petition', sourceRef: 'XF-2026-0270' }, [], RULES);
  const call = (source: string, text: string) => (source === 'petition' ? petition(text) : assess(text));

  it.each([
    [
      'police110',
      '报警人称同部门的一个男生跟她表白被拒后，每天晚上都在她租的房子楼下蹲着。',
      'ex_partner',
      'a declaration refused (表白被拒)',
    ],
    [
      'petition',
      '信访人汪某，女，某职业技术学院学生。今年3月同班的周某追求她，她当面跟他说了不可能。此后周某每天给她发上百条信息，还在宿舍楼下蹲到半夜。',
      'ex_partner',
      'a student’s school in the opening sentence',
    ],
    [
      'police110',
      '报警人称退了婚以后，男方隔三岔五就跑到她单位，在办公室大喊大叫要她出来。',
      'ex_partner',
      'a broken engagement, scenes at her work',
    ],
    [
      'petition',
      '信访人罗某，女。去年经人介绍跟许某订了婚，后来发现性格不合就退了。此后许某经常在她下班路上跟着她，还跑到她家楼下堵她。',
      'ex_partner',
      'an engagement broken off (订了婚…就退了)',
    ],
    [
      'police110',
      '报警人称和前男友分手后，对方把两人的亲密合影甩进了她的同学群。',
      'ex_partner',
      'private couple photos thrown into a group',
    ],
    [
      'petition',
      '信访人反映，她与前夫离婚后，前夫三天两头后半夜摸到她租住的小区，拿脚踹她家的铁门。',
      'ex_spouse',
      'kicking her iron door after 摸到',
    ],
  ])('%s %s: stalking after a separation or a refusal, orange (%s; %s)', (source, text, relation) => {
    const r = call(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(r.relation).toBe(relation);
    expect(factorCodes(r)).toContain('stalking_after_separation');
    expect(r.riskLevel).toBe('orange');
  });

  it.each([
    ['police110', '报警人称他跟女同学表白被拒后，女同学的男朋友天天打电话骂他。', 'the teller’s own declaration'],
    ['police110', '报警人称订了婚后买的家具质量不好，找商家退了，商家天天打电话骂她。', 'furniture returned after an engagement'],
    ['petition', '信访人夏某系某职业技术学院学生。她反映，学院拖欠她的奖学金，她男朋友去问也没人管。', 'a claim against her school'],
    ['police110', '报警人称楼上邻居隔几天就跑到她家门口骂，说她家漏水。', 'a neighbour every few days'],
  ])('%s %s: no family reading (near-miss: %s)', (source, text) => {
    expect(call(source, text).familyRomantic).toBe(false);
  });

  it.each([
    ['police110', '报警人称女儿订婚的酒店把定金退了，对方天天打电话来骂。', 'a deposit returned'],
    ['police110', '报警人称离婚后，前夫的债主隔三岔五半夜摸到她住的小区，拿脚踹她家的防盗门。', 'a creditor kicking her door'],
    ['police110', '报警人称同事把她和领导的合影发到了单位群里，说她俩有一腿。', 'a colleague posting a photo'],
  ])('%s %s: not orange or red (near-miss: %s)', (source, text) => {
    expect(HIGH).not.toContain(call(source, text).riskLevel);
  });
});

describe('round 28: family disputes a retrained high-risk head must not raise (our own sentences; the retrain was not kept, docs/evaluation.md#round-28)', () => {
  // Each stays below orange with the shipped weights and with round 28's H2 head (high-risk head on v2–v26, raise 0.7):
  // a quarrel, a debt or a gift asked back after a separation, nights away, clothes put out (the rubric's yellow at most).
  it.each([
    ['报警人称跟丈夫因为孩子上学的事吵了几句，丈夫摔门走了', 'a quarrel over school, a door slammed'],
    ['报警人称离婚后前夫打电话要她还两万块钱，她不想还', 'money asked back after a divorce'],
    ['报警人称老公最近经常不回家，两人为此吵架', 'nights away and a quarrel'],
    ['报警人称分手后前男友让她把送的手机还回来，她不肯', 'a gift asked back after a breakup'],
    ['报警人称和老公吵架后老公把她的衣服扔到了楼道里', 'her clothes put out (yellow)'],
  ])('%s: family, below orange (near-miss: %s)', (text) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(HIGH).not.toContain(r.riskLevel);
    expect(factorCodes(r)).not.toContain('model_high_risk');
  });
});

describe('round 30: a slap or a blow in everyday words, a split lip, a lock or a tracker, an order asked for in other words (our own sentences)', () => {
  // Each failed with `-44` (graded blue, yellow or none); docs/evaluation.md#round-30.
  it.each([
    ['报警人称丈夫嫌她饭做咸了，一巴掌扇过来，她嘴角裂了', 'orange', 'violence', 'a slap thrown over (一巴掌扇过来), a split lip'],
    ['报警人称丈夫拎着菜刀在外面砸门，她带着孩子躲在卫生间里', 'red', 'weapon', 'a kitchen knife brought to the door (砸门 one word)'],
    ['孩子报警说他爸把他妈的头往桌角上撞，他妈流了好多血', 'orange', 'violence', '他妈的 before a part of the body is his mother'],
    [
      '报警人称离婚后前夫总能找到她，她在自己车底下摸出来一个定位器',
      'orange',
      'stalking_after_separation',
      'a tracker found after a divorce',
    ],
    ['报警人称丈夫把她的手机和身份证都藏了起来，她跟娘家联系不上', 'orange', 'confinement', 'her phone and papers hidden'],
    ['报警人称丈夫每天出门都在大门外面挂一把锁，她出不去', 'orange', 'confinement', 'a lock hung outside, she cannot get out'],
    ['报警人称她上周递了保护令申请书，丈夫知道后天天打电话骂她', 'orange', 'protection_order_application', '递了保护令申请书'],
    ['报警人称丈夫经常打她，她已请求法院禁止丈夫靠近她', 'orange', 'protection_order_application', '请求法院禁止丈夫…'],
  ])('%s: %s, with %s (%s)', (text, level, code) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain(code);
    expect(r.riskLevel).toBe(level);
  });

  it('老公管孩子动不动就扇耳光: the slap is violence (扇耳光 is one word)', () => {
    expect(codes('老公管孩子动不动就扇耳光')).toContain('violence');
  });

  it.each([
    ['邻居把她家的门砸了', 'a neighbour smashing a door'],
    ['汽车定位器不好用，商家不给退', 'a car tracker returned to a shop'],
    ['她把孩子的手机收了起来', 'a mother taking her child’s phone'],
    ['她骂了句他妈的，老公就摔门走了', 'the curse said, nobody hit'],
  ])('%s: no confinement, stalking or violence (near-miss: %s)', (text) => {
    const c = codes(text);
    for (const code of ['confinement', 'stalking', 'violence']) expect(c).not.toContain(code);
  });

  it.each([
    ['老公喝多了拎着斧头去劈柴', 'an axe at its work'],
    ['老公在卧室外面砸门，要她把他的手机还给他', 'a door pounded for his own phone'],
    ['老公一脚踹过去，凳子都踢翻了', 'a kick at a stool'],
  ])('%s: not orange or red (near-miss: %s)', (text) => {
    expect(HIGH).not.toContain(assess(text).riskLevel);
  });

  it('老公一脚踹过去，凳子都踢翻了: the kick at a thing is no violence', () => {
    expect(codes('老公一脚踹过去，凳子都踢翻了')).not.toContain('violence');
  });
});

describe('round 31: a household told by its neighbours, a brother as a party, a suicide threat or harassment in other words (our own sentences)', () => {
  // Each failed with `-45` (graded blue or none, read as a neighbours' dispute, or without the factor named);
  // docs/evaluation.md#round-31.
  it.each([
    [
      '反映人是社区网格员。辖区独居老人的大儿子常年无业，隔三岔五回来要钱，不给就打，老人身上经常青一块紫一块。老人不敢说，邻居也多次看见。',
      'orange',
      'injury',
      'a neighbour who saw it many times is a witness',
    ],
    ['报警人称楼下那户人家的男人经常打他闺女，今天又打了', 'orange', 'violence', '楼下那户人家 (那/户/人家) locates the household'],
    [
      '原告王某，男，1970年生。被告王某某，男，1974年生，系原告胞兄。两家为宅基地边界争吵多年，今年5月被告抡起锄头砸在原告肩上，原告锁骨骨折住院。',
      'red',
      'weapon',
      'a brother (胞兄) is the party, the land only what they quarrel over',
    ],
    [
      '报警人称跟丈夫提了离婚，丈夫爬到窗台外面坐着，说要是离就跳',
      'orange',
      'suicide_threat',
      'climbing out of a window to stop a divorce',
    ],
    ['女友说要分手，男友在微信上说她要是分手他就喝百草枯', 'orange', 'suicide_threat', 'a poison he says he will drink if she leaves'],
    [
      '报警人称分手后前女友天天半夜给他打电话，一晚上两百多个',
      'orange',
      'stalking_after_separation',
      'two hundred calls a night after a break-up',
    ],
    ['报警人称离婚后前夫经常在她家楼道里守着', 'orange', 'stalking_after_separation', 'waiting in her stairwell after a divorce'],
    ['报警人称分手以后前男友天天到她店里坐着不走', 'orange', 'stalking_after_separation', 'sitting in her shop day after day'],
    [
      '报警人称一个同事追求她，被她拒绝后天天跟着她下班',
      'orange',
      'stalking_after_separation',
      'a refused suitor, the refusal after a comma',
    ],
    ['报警人称丈夫嫌她回来晚了，抄起遥控器就打，她血流了一脸', 'orange', 'injury', 'a face of blood (血流了一脸)'],
    ['报警人称老婆一吵架就上手挠他，胳膊上全是她挠的血印子', 'orange', 'injury', 'scratches that bled (血印子)'],
    ['弟弟抡起拳头打我脑袋，头顶起了个核桃大的包', 'orange', 'injury', 'a lump the size of a walnut'],
  ])('%s: %s, with %s (%s)', (text, level, code) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain(code);
    expect(r.riskLevel).toBe(level);
  });

  it.each([
    ['她一走他就喝酒', 'drinking, not a threat (a suicide threat with `-45`)'],
    ['她说要是分手了他就死心了', 'giving up hope (死心)'],
    ['她一走他就跳起来骂人', 'jumping up to curse (review of round 31)'],
    ['她走了他就喝了一瓶啤酒', 'a beer (review of round 31)'],
    ['你敢走就死定了', 'a threat to her, not to himself (review of round 31)'],
    ['孩子翻到阳台栏杆外面去捡球', 'a child fetching a ball'],
  ])('%s: no suicide threat (near-miss: %s)', (text) => {
    expect(codes(text)).not.toContain('suicide_threat');
  });

  it.each([
    ['孩子爬到窗台外面去拿风筝', 'a child fetching a kite'],
    ['工人爬上楼顶外面修水箱', 'a worker at his job'],
  ])('%s: no suicide threat (near-miss: %s)', (text) => {
    expect(codes(text)).not.toContain('suicide_threat');
  });

  it('我和老婆在夜市吃烧烤，邻桌一个喝醉的男子抄起酒瓶朝我头上砸: an outsider’s blow aimed at the teller, his wife only beside him', () => {
    expect(assess('我和老婆在夜市吃烧烤，邻桌一个喝醉的男子抄起酒瓶朝我头上砸，我头上缝了五针').familyRomantic).toBe(false);
  });

  it('男朋友一生气把我手机砸碎了: a thing of hers smashed by her partner is still their quarrel', () => {
    expect(assess('男朋友翻我手机，一生气把我手机砸碎了').familyRomantic).toBe(true);
  });

  it('女友说不想分手，只是男友一天打几十个电话让她受不了: harassment while together, not after a separation', () => {
    const r = assess('女友说不想分手，只是男友一天打几十个电话让她受不了');
    expect(factorCodes(r)).toContain('stalking');
    expect(factorCodes(r)).not.toContain('separation');
    expect(HIGH).not.toContain(r.riskLevel);
  });
});

describe('round 32: a separation in other words, a party named in the identity line, a marriage told as a teller says it (our own sentences)', () => {
  // Each failed with `-47` (graded blue, yellow or none, or without the factor named); docs/evaluation.md#round-32.
  it.each([
    [
      '报警人称跟前男友分开半年了，他总能找到她，今天在她电动车坐垫下面找出一个定位器',
      'orange',
      'stalking_after_separation',
      '分开 from a partner',
    ],
    [
      '我跟陶某是今年春天分的，分了以后他天天在我公司门口等我下班',
      'orange',
      'stalking_after_separation',
      'a break-up with a named person (是…分的)',
    ],
    ['报警人称和男朋友分了以后，他把两人的聊天截图剪成视频发到网上', 'orange', 'stalking', 'the two people’s chats posted'],
    ['报警人称前男友分手以后天天来她店里坐着，死盯着她', 'orange', 'stalking_after_separation', 'sitting and staring in her shop'],
    [
      '原告：钱某，女。被告：吴某，男，原告的前未婚夫。去年双方退了婚，此后被告常骑电动车远远跟着原告',
      'orange',
      'stalking_after_separation',
      'a four-character relation in the identity line, following from afar',
    ],
    [
      '申请人孔某兰，女，1990年生；被申请人曹某，男，1988年生，孔某兰之夫，同住。曹某一喝酒就动手打人',
      'orange',
      'violence',
      'the other party named by name as an item of the identity line',
    ],
    ['原告诉称：我和被告是在工地上认识的，2018年结的婚。被告一喝酒就打我', 'orange', 'violence', '结的婚 as a teller says it'],
    [
      '原告范某与被告牛某2021年在网上认识，不久便确定恋爱关系。今年原告说要分开，被告把原告反锁在屋里两天',
      'red',
      'detention',
      'the courtship after a comma (不久便)',
    ],
    ['报警人称她爸把农药瓶往她妈嘴里塞，嚷着要一起死', 'red', 'arson_poison', 'a poison pushed at her mouth'],
    ['男子在婚介所认识一名女子，与其交往数月后将对方杀害', 'red', 'lethal_violence', 'dating after a matchmaker’s introduction'],
  ])('%s: %s, with %s (%s)', (text, level, code) => {
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(factorCodes(r)).toContain(code);
    expect(r.riskLevel).toBe(level);
  });

  it.each([
    ['老公一晚上给我打了上百个电话', 'violence', 'calls counted, no blow'],
    ['怀孕两个月了，老公说这个孩子不能要，让我去打孩子', 'violence', 'an abortion, no blow'],
    ['我跟合伙人孙某是去年分的', 'separation', 'business partners parting'],
    ['老公把农药塞进柜子里锁好，怕孩子够到', 'arson_poison', 'a poison put away'],
  ])('%s: no %s (near-miss: %s)', (text, code) => {
    expect(codes(text)).not.toContain(code);
  });

  it.each([
    ['她怀孕了，老公还打她', 'violence', 'a blow on a pregnant woman stays one'],
    ['老公喝醉了打孩子', 'violence', 'a child beaten'],
  ])('%s: %s kept (near-miss: %s)', (text, code) => {
    expect(codes(text)).toContain(code);
  });

  it('他与一男子交往多年，后因欠款将其打伤: dealings between men are no courtship', () => {
    expect(assess('他与一男子交往多年，生意上有往来，后因欠款将其打伤').familyRomantic).toBe(false);
  });
});

describe('round 33: a question about a rule is no dispute between anyone (our own sentences)', () => {
  // Each read as a family matter with `-48`; the consultations read again call such questions none (LABELLING.md,
  // 2026-12-06); docs/evaluation.md#round-33. Asked in a petition, as the consultations are; a 110 call is not read so.
  it.each([
    ['离婚需要准备什么材料？', 'the papers a divorce needs'],
    ['分居几年才能起诉离婚？', 'how long a separation must last'],
    ['婚内出轨违法吗？', 'whether an affair is unlawful'],
    ['起诉离婚要交多少钱？', 'what a divorce suit costs'],
  ])('%s: no family dispute (%s)', (text) => {
    expect(asked(text).familyRomantic).toBe(false);
  });

  it.each([
    ['我想离婚，需要准备什么材料？', 'the asker’s own divorce'],
    ['想要离婚，需要准备什么手续？', 'a divorce wanted, told without 我'],
    ['起诉离婚收到法院传票，下一步怎么办？', 'a summons received: a case under way'],
    ['结婚三年了，老公要离婚，孩子归谁？', 'a marriage and a husband of the asker’s'],
    ['老公打我，我能离婚吗？', 'a blow told'],
  ])('%s: still a family matter (near-miss: %s)', (text) => {
    expect(asked(text).familyRomantic).toBe(true);
  });

  it('离婚需要准备什么材料？ in a 110 call: the rule reads petitions only', () => {
    expect(assess('离婚需要准备什么材料？').familyRomantic).toBe(true);
  });
});

describe('round 34: a registration or a status named with no dispute is no family dispute (our own sentences)', () => {
  // Each read as a family matter with `-49` from the registration alone (领结婚证, 准生证, 婚假, 再婚, 婚姻登记); the
  // consultations read again call such questions none (LABELLING.md, 2026-12-06); docs/evaluation.md#round-34.
  it.each([
    ['请问今年刚满二十二周岁，可以去领结婚证吗？', 'the age to register a marriage'],
    ['怀孕四个月了，准生证还没办下来，怎么办？', 'a birth permit'],
    ['我们这里的婚假是几天？晚婚还有假吗？', 'a wedding leave'],
    ['父亲再婚以后，户口要迁到哪里？', 'a household register after a remarriage'],
    ['去婚姻登记处领证排了三个小时，工作人员态度很差，请求加强管理。', 'a complaint about the registry office'],
  ])('%s: no family dispute (%s)', (text) => {
    const r = asked(text);
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it('报警人称在公交车上捡到一本结婚证: a certificate found in a 110 call is no dispute either', () => {
    expect(assess('报警人称在公交车上捡到一本结婚证，想交给派出所').familyRomantic).toBe(false);
  });

  it.each([
    ['我和老公领结婚证三年了，现在想离婚', 'a divorce named beside it'],
    ['我要再婚，子女坚决反对，把户口本藏起来了', 'the remarriage fought over'],
    ['父母不同意我们领结婚证', 'the registration refused by parents'],
    ['没领结婚证，有个孩子，分开后孩子归谁？', 'who gets the child'],
    ['老公把结婚证撕了，要跟我离婚', 'a divorce and a certificate torn'],
  ])('%s: still a family matter (near-miss: %s)', (text) => {
    expect(asked(text).familyRomantic).toBe(true);
  });

  it('原告与被告于2015年登记结婚: a court filing tells the marriage of its parties, read as before', () => {
    expect(assessRisk({ ...event('原告与被告于2015年登记结婚，婚后生育一子'), source: 'court' }, [], RULES).familyRomantic).toBe(true);
  });
});

describe('round 36: an estate contested among kin is a family dispute (our own sentences)', () => {
  // docs/evaluation.md#round-36-the-lead-an-estate-contested-among-kin-validated-on-v6: with `-50` no matter of family law
  // named an estate.
  it.each([
    ['petition', '外婆留下的存折一直在舅舅手里，舅舅说钱都是他的，我妈和小姨都不同意，请求帮忙调解分遗产。', 'an uncle keeps the savings'],
    [
      'court',
      '原告：周某兰、周某芳。被告：周某强。三人系兄妹。母亲于2022年病故，留有存款八万元，未立遗嘱。被告取走存款，拒绝与原告协商分配。请求依法继承被继承人遗产。',
      'savings taken, a share refused',
    ],
    ['petition', '爷爷的老宅拆迁了，叔叔占着补偿款，说出嫁的姑姑没份，这份遗产该怎么分？', 'an uncle holds the compensation'],
    ['petition', '父亲走后，哥哥说家产全归他，我们姐妹一分钱也没有份。', 'a brother claims the family property'],
  ])('%s %s: a family dispute (%s)', (source, text) => {
    const r = told(source, text);
    expect(r.familyRomantic).toBe(true);
    expect(r.domain).toBe('婚姻家庭');
    expect(r.domainEvidence.map((e) => e.text)).toContainEqual(expect.stringMatching(/遗产|遗嘱|继承|家产/));
  });

  it.each([
    ['petition', '父亲去世后留下一套老房子，大哥说他是长子，遗产全归他，我和姐姐都不同意。', 'the eldest claims it all'],
    ['petition', '奶奶的遗嘱写了房子给我爸，可小叔不承认，还把锁换了，请求村里主持公道。', 'a will denied'],
  ])('%s %s: a family dispute, read so before as well (%s)', (source, text) => {
    expect(told(source, text).familyRomantic).toBe(true);
  });

  it.each([
    ['petition', '我在一户人家当保姆三年，老人去世后他儿子说等遗产分完再给工钱，到现在也不给。', 'a housekeeper’s wages'],
    ['court', '原告系老人的护工，老人生前立遗嘱将存款遗赠给原告，其侄子拒绝交付。', 'a bequest to a carer'],
    ['petition', '父母去世了，留下一套房子，遗产继承需要去哪里办手续？', 'a procedure, no contest'],
    ['petition', '父亲抢救无效去世，留下的遗产怎么分？', '抢 in 抢救 is no fight'],
    ['petition', '邻居说我家老宅的遗产有他一份，不同意我们卖房。', 'a neighbour claims a share'],
  ])('%s %s: no family dispute (near-miss: %s)', (source, text) => {
    expect(told(source, text).familyRomantic).toBe(false);
  });
});

describe('round 37: a question about a rule asked with a greeting, an asking formula or other question words is no dispute (our own sentences)', () => {
  // Each read as a family matter with `-52`: round 33's bare question missed the asker's formula (我想问一下, 律师您好) read
  // as a party and as 想, and questions asked with 多久, 多少钱, 哪个, 还是; docs/evaluation.md#round-37.
  it.each([
    ['律师您好，我想问一下起诉离婚要准备哪些东西？', 'a greeting and an asking formula'],
    ['请问协议离婚一般要多久才能办下来', 'how long, no question mark'],
    ['我想咨询一下，离婚官司请律师大概多少钱', 'what it costs'],
    ['离婚是去民政局办，还是去法院起诉', 'where to go, asked with 还是'],
    ['你好，我可以问一下离婚冷静期的规定吗', 'the cooling-off period'],
    ['您好，我想了解一下，如果一方不同意离婚，要怎么办', 'a refusal put as a condition'],
  ])('%s: no family dispute (%s)', (text) => {
    expect(asked(text).familyRomantic).toBe(false);
  });

  it.each([
    ['我想问一下，我老公不同意离婚怎么办？', 'the asker’s husband'],
    ['你好，我想咨询一下离婚的事，另一方不同意离婚怎么办', 'the other side of the asker’s own divorce'],
    ['律师您好，想离婚，需要多少钱？', 'the asker’s own divorce, 想 outside the formula'],
    ['请问结婚五年了，离婚的话孩子归谁？', 'a marriage of the asker’s told'],
    ['我想问一下，他昨晚又打了我，能离婚吗？', 'a blow told'],
  ])('%s: still a family matter (near-miss: %s)', (text) => {
    expect(asked(text).familyRomantic).toBe(true);
  });

  // The review's near-misses (helper-218): a harm named, a formula inside a story, question words in a statement.
  it.each([
    ['你好，我想咨询一下，拿刀威胁要离婚，怎么办？', 'a knife threat'],
    ['拿刀威胁要离婚，怎么办？', 'a knife threat with no formula (round 33 read it none)'],
    ['您好，想问一下，逼着签离婚协议，不签就不让出门，怎么办', 'kept in to force a divorce agreement'],
    ['你好，我想问问，要离婚不同意就扬言跳楼，怎么办', 'a suicide threat'],
    ['彩礼钱拿走不还，也不告诉我去向，去哪里告', '告诉我 inside a story'],
    ['因彩礼退还问题协商不成，还是闹到要拼命', '还是 as "still"'],
    ['离婚抚养权争执不下，哪怕上法院也不让步', '哪怕'],
    ['彩礼退还协商不成，多少次调解都不行，请求处理', '多少次'],
    ['抚养费拖欠几年，请求督促支付', '几年 told, not asked'],
    ['你好，我想问一下，婚内出轨还转移财产，离婚财产怎么分？', 'property moved away'],
    ['你好，我想咨询一下，离婚协议签完不履行，房子不肯过户，去哪个法院起诉', 'an agreement not kept'],
    ['您好，我想问一下，彩礼退不退，闹到要拼命，哪里能调解？', 'a fight over a bride price'],
  ])('%s: still a family matter (review near-miss: %s)', (text) => {
    expect(asked(text).familyRomantic).toBe(true);
  });

  it('你好，我想咨询一下，拿刀威胁要离婚，怎么办？ keeps its grade: a weapon is red', () => {
    expect(asked('你好，我想咨询一下，拿刀威胁要离婚，怎么办？').riskLevel).toBe('red');
  });

  it('律师您好，我想问一下起诉离婚要准备哪些东西？ in a 110 call: the rule reads petitions only', () => {
    expect(assess('律师您好，我想问一下起诉离婚要准备哪些东西？').familyRomantic).toBe(true);
  });
});

describe('round 39 and its review: a role of the law (夫妻, 父母, 子女) telling a matter stays a family matter (our own sentences)', () => {
  // Round 39 (`-55`) read a short question put with the law's roles as a question about a rule; its review (helper-219)
  // found it turned the writer's own support, property and coercion cases into 非纠纷, and `-56` took it back
  // (docs/evaluation.md#round-39). These hold the line.
  it.each([
    ['子女卖掉父母的房子，父母没地方住怎么办？', 'a house sold off'],
    ['子女抢走父母的存折，能要回来吗？', 'a bankbook seized'],
    ['父母逼子女嫁人，怎么办？', 'a marriage forced'],
    ['夫妻分居，一方偷偷转走存款，怎么追回？', 'savings moved away'],
    ['父母年老多病，子女不赡养，怎么办？', 'support refused'],
    ['子女霸占父母养老钱，怎么办？', 'money taken over'],
    ['配偶赌博欠债，要离婚，孩子归谁？', 'gambling debts and a divorce'],
    ['男方出轨，女方要求离婚，孩子归谁？', 'the parties told as 男方 and 女方'],
    ['老人没人赡养怎么办？', 'an old person without support'],
  ])('%s: a family matter (%s)', (text) => {
    expect(asked(text).familyRomantic).toBe(true);
  });

  // Found on the way: 夫妻俩 was no relation word (jieba keeps it whole), so the couple's fight was 其他 (夫妻二人 is cut
  // 夫妻/二人 and was read).
  it.each([['夫妻俩天天吵架'], ['夫妻俩为孩子上学的事吵起来了']])('%s: the couple named as one word is a family matter', (text) => {
    expect(assess(text).familyRomantic).toBe(true);
  });
});

describe('round 40: harassment after a break-up or a refused courtship is orange (our own sentences)', () => {
  // Each graded below orange with `-56` (docs/evaluation.md#round-40): a refused courtship told as 说了不可能在一起 or with the
  // suitor named by a role the rules read as an outsider (保安, and 物业 in the disposition), a blind date refused (没看上),
  // a colleague's courtship in a protection-order application, a posting with the group named first, a tracker he admits
  // fitting with a 不 in between, and a knife found on him.
  it.each([
    ['报警人称她跟同校一个男生说了不可能在一起，那人现在天天在她宿舍楼下转悠。', '已联系学校保卫处约谈该男生。', 'orange'],
    ['报警人称小区门口一个保安追她，她说了不行，后来那人每晚在她楼下等。', '民警约谈该保安，并通知物业。', 'orange'],
    ['报警人称有人给她介绍了个对象，她没看上，那男的现在天天跑到她摊子前杵着不走。', undefined, 'orange'],
    ['报警人称前男友分手后在她单位的工作群里发了她的私密照片。', undefined, 'orange'],
    ['报警人称分手后她在车底找到一个定位器，前男友承认是他趁她不注意装上的。', undefined, 'orange'],
    ['报警人称她拒绝了一个男生的追求，那人在她宿舍楼下等了一晚上，保安从他兜里搜出一把匕首。', undefined, 'red'],
  ])('%s: a romantic matter, %s', (main, disposition, level) => {
    const r = call(main, disposition);
    expect([r.domain, r.riskLevel]).toEqual(['恋爱情感', level]);
  });

  it.each([
    '申请人：冯某，女，某银行职员。被申请人：邹某，男，同单位同事。邹某约冯某吃饭时说喜欢她，冯某当场回绝。此后邹某天天在单位楼下等她，冯某请求法院出具保护令。',
    '原告与被告原系恋人。被告在原告老家的微信群里发了原告的私密照片，还配上侮辱的话。',
  ])('%s: a filing of harassment after a refusal or a break-up is orange', (main) => {
    const r = filed(main);
    expect([r.domain, r.riskLevel]).toEqual(['恋爱情感', 'orange']);
  });

  it.each([
    ['报警人称邻居追着她骂，她说了不行，还天天在她家门口堵着。', 'a neighbour chasing her to scold is no courtship'],
    ['报警人称同事追她被拒后就再没联系过。', 'a refusal and nothing after it'],
    ['报警人称她拒绝了推销员，那人天天在她店门口等着。', 'a salesman refused is no suitor'],
  ])('%s: no romantic matter (near-miss: %s)', (main) => {
    expect(call(main).domain).not.toBe('恋爱情感');
  });

  it('同事追过她，她拒绝了，后来她结婚了，今天她老公推了她一把: the husband is the party, not the old suitor', () => {
    expect(call('报警人称同事追过她，她拒绝了，后来她结婚了，今天她老公推了她一把。').relation).toBe('spouse');
  });
});

describe('round 40 review: the refused-courtship reading and the widened words kept to what the suitor did (helper-224’s sentences)', () => {
  // Each read wrongly with `-57` as first written (docs/evaluation.md#round-40, its review): harm by someone else, a chase
  // or a deal, a current partner or husband, and words widened past what they meant.
  it.each([
    [
      'police110',
      '报警人称楼下邻居因漏水跟她吵起来，邻居把她推倒在地，胳膊擦破了皮。她说前几天有人给她介绍了个对象，她没看上，跟这事没关系。',
    ],
    ['police110', '报警人称她今天相亲回来，在小区门口被一陌生男子抢包，男子持刀划伤她手臂。她说相亲的那个男的人挺好，只是不合适。'],
    ['police110', '报警人称工友张某一直追求进步，被班长拒绝推荐评优后，在厂门口拿刀威胁班长。'],
    ['police110', '报警人称同村李某要跟她合伙养鸡，她说不可能和他合伙，李某就拿锄头把她家鸡棚砸了，还扬言要弄死她。'],
    ['police110', '报警人称她弟弟去相亲，女方说不合适。回来后弟弟与同村王某因浇地顺序争吵，王某用铁锹把弟弟打伤。'],
    ['police110', '报警人称女儿班上有个男生追她，女儿拒绝了。今天女儿在学校被另一个女生因为借钱的事打了一巴掌，脸肿了。'],
    [
      'court',
      '原告经媒人介绍与被告见过一面，后因不合适未再来往。被告向原告借款五万元到期不还，原告催要时被告持刀威胁。原告请求判令被告归还借款。',
    ],
    [
      'court',
      '原告与被告系邻居。被告之子曾追求原告之女，被拒绝。2026年3月，双方因排水沟问题发生争执，被告用木棍将原告打伤，经鉴定为轻微伤。原告请求赔偿医疗费。',
    ],
    ['petition', '信访人反映：相亲时女方说不合适，此事已过去。现小区物业因停车费纠纷多次派保安到信访人家门口堵着骂，还推搡信访人。'],
    ['police110', '报警人称邻居家的狗追她，她要求邻居赔偿，邻居拒绝了，还把她推倒在地。'],
    ['police110', '报警人称小区保安追王某，王某拒绝停下，并掏出刀威胁保安。'],
  ] as const)('%s %s: no romantic matter', (source, main) => {
    expect(told(source, main).domain).not.toBe('恋爱情感');
  });

  it.each([
    ['police110', '报警人称与对象因为彩礼吵架，对象打了她一巴掌。她说之前有个同事追她，她拒绝了。', 'partner', 'yellow'],
    [
      'court',
      '申请人：李某，女。被申请人：王某，男。申请人婚前有同事追求，申请人拒绝。婚后王某多次殴打申请人，申请人请求法院出具人身安全保护令。',
      'spouse',
      'orange',
    ],
    ['police110', '报警人称与丈夫因家务吵架，丈夫推了她一下。民警到场后检查，男方口袋里没搜出刀具。', 'spouse', 'yellow'],
    ['police110', '报警人称与男友吵架，男友推了她一把。民警在围观的一名路人身上搜出一把水果刀，该路人与双方无关。', 'partner', 'yellow'],
    ['police110', '报警人称前夫在朋友群里发了他新女友的亲密合照，她看了心里难受，打电话骂了前夫。', 'ex_spouse', 'blue'],
    ['court', '原告与被告系夫妻，育有一子张某某。被告每天下班都在学校门口等张某某。原告以感情破裂为由起诉离婚。', 'spouse', 'blue'],
    ['police110', '报警人称与前夫因孩子抚养费吵架。她说城管天天来她摊子前杵着，让她搬走。', 'ex_spouse', 'blue'],
  ] as const)('%s %s: read as before round 40 (%s, %s)', (source, main, relation, level) => {
    const r = told(source, main);
    expect([r.relation, r.riskLevel]).toEqual([relation, level]);
  });
});

describe('round 41: a filing that states its other party is no kin (a neighbour, a landlord, a patient’s relative, a stranger) (our own sentences)', () => {
  // The relative named is the filer's household, harmed or beside the act; the dispute is between the filer and the other
  // party. The first five read as family with `-58`.
  it.each([
    '原告：韦某，女，1975年生。被告：钱某，男，1970年生，系原告西邻。两家因排水沟的事多次争吵，今年6月被告手持铁锹冲进原告院里，将原告丈夫打伤住院，缝了九针。原告请求判令被告赔偿医疗费。',
    '原告：郑某，男。被告：许某，男，系原告楼上邻居。被告家阳台堆放杂物掉落砸坏原告车辆，原告的妻子上楼理论，被告把她推下楼梯，右腿骨折。原告请求赔偿。',
    '原告宋某夫妇租住被告黄某的房屋，合同到期后被告拒不退还押金，还带人把原告的东西扔到门外，推搡原告妻子致其摔伤。请求判令被告退还押金并赔偿损失。',
    '原告：冯某，女，某医院护士。被告：孔某，男，该院住院病人的女婿。被告嫌原告换药慢，冲进护士站打了原告两个耳光，原告鼓膜穿孔。原告请求赔礼道歉、赔偿损失。',
    '原告：吕某，男。被告：某物流有限公司、司机严某。严某驾驶货车将原告儿子撞伤，后又下车殴打原告，原告头部缝了五针。原告请求二被告连带赔偿。',
    '原告：范某，男。被告：祁某，男，二人此前并不认识。原告陪妻子在夜市吃饭时，被告喝醉后上前骚扰原告妻子，原告制止，被告用酒瓶砸伤原告头部。原告请求赔偿。',
    '原告：卓某。被告：柏某，原告同村村民。被告放话要烧了原告家的房子，原告父亲被吓得住进医院。原告请求判令被告停止侵害。',
  ])('%s: no family dispute', (main) => {
    expect(filed(main).familyRomantic).toBe(false);
  });

  // Near-misses: the other party is the filer's relative or partner however else the filing places them.
  it.each([
    ['原告：韦某，女。被告：钱某，男，系原告丈夫。被告经常酒后殴打原告，今年6月用铁锹将原告打伤住院。原告请求离婚。', 'spouse'],
    ['原告：韦某，女。被告：钱某，男，与原告系邻居，2020年起二人恋爱同居。今年6月被告酒后用铁锹将原告打伤住院。原告请求赔偿。', 'partner'],
    [
      '原告：韦某，女。被告：钱某，男，原告前夫，现住原告楼下。离婚后被告多次上门纠缠，今年6月持刀威胁原告。原告请求人身安全保护令。',
      'ex_spouse',
    ],
    ['原告宋某与丈夫租住被告黄某的房屋。今年5月原告丈夫酒后在出租屋内殴打原告，致原告肋骨骨折。原告请求判令丈夫赔偿医疗费。', 'spouse'],
    [
      '申请人：何某，女。被申请人：何某某，男，系申请人之子，无业。被申请人长期酗酒，多次殴打申请人，扬言要杀了申请人。申请人请求人身安全保护令。',
      'parent_child',
    ],
    ['原告：郑某，男。被告：许某，女，系原告妻子，与原告同住某公司宿舍。被告多次用菜刀威胁原告，原告头部被砍伤。原告请求离婚。', 'spouse'],
  ] as const)('%s: a family dispute (%s)', (main, relation) => {
    const r = filed(main);
    expect([r.familyRomantic, r.relation]).toEqual([true, relation]);
  });
});

describe('round 41 review: a filing that states its other party is the filer’s relative, or a tie said of someone else (helper-225’s sentences)', () => {
  // Each read as no family dispute with `-59` as first written (docs/evaluation.md#round-41, its review): a relative's post
  // or status (某公司职工, 包工头, 闲散人员, 业主), a bystander (邻居报警, 保安劝阻), a couple's home (租住), her former boyfriend.
  it.each([
    [
      'petition',
      '来访人反映：其儿子被告周某长期酗酒打骂来访人，法院判决后仍不悔改，现周某在某公司打工，回家后仍用棍子打来访人，致来访人多处受伤。请求政府帮助。',
      'parent_child',
    ],
    ['petition', '我丈夫就是被告，他在一家公司当保安，天天喝酒打我，上个月把我打得住院了，法院判了还是打。', 'spouse'],
    ['petition', '信访人反映，她儿子是被告，在公司上班，每次回家都问她要钱，不给就打她，上个月把她的胳膊打骨折了。', 'parent_child'],
    ['court', '被告赵某系原告丈夫，与原告同为某小区业主，被告经常殴打原告，致原告多处软组织挫伤。', 'spouse'],
    ['court', '被告孙某系原告女婿，受雇于某公司，被告经常殴打原告女儿，原告上门劝阻时被被告推倒致骨折。', 'in_law'],
    ['court', '被申请人陈某系申请人的父亲，系某公司法定代表人，多次殴打申请人，并用皮带抽打申请人致伤。', 'parent_child'],
    ['court', '被告郑某与原告系邻居，被告系原告弟弟的妻子，被告经常辱骂原告并将原告打伤。', 'spouse'],
    ['court', '被告吴某系原告丈夫，常在隔壁包间与人赌博，输钱后回家殴打原告，致原告耳膜穿孔。', 'spouse'],
    ['court', '被申请人刘某系申请人丈夫，申请人的邻居，多次殴打申请人致伤。', 'spouse'],
    [
      'court',
      '经审理查明：原告与被告系父子关系。2023年5月12日晚，被告酒后回家向原告要钱，原告不给，被告便殴打原告及原告妻子，邻居听到后报警，原告妻子被送医治疗。',
      'spouse',
    ],
    [
      'court',
      '原告：丁某，女。被告：丁某某，男，系原告胞弟。被告与原告相邻而居，被告因宅基地问题多次与原告丈夫发生争吵，今年将原告丈夫打成轻伤。',
      'spouse',
    ],
    [
      'court',
      '申请人：景某，女。被申请人：景某某，男，系申请人之子。被申请人长期殴打申请人及申请人丈夫，邻居多次报警，今年6月被申请人持刀砍伤申请人丈夫。',
      'spouse',
    ],
    [
      'court',
      '原告：邢某，女。被告：邢某某，男，系原告之父，包工头。被告长期在外打工，每次回家都殴打原告母亲，原告劝阻时被被告用板凳砸伤头部。',
      'parent_child',
    ],
    [
      'court',
      '申请人：车某，女。被申请人：车某某，男，系申请人的丈夫，在某公司任职，被申请人多次殴打申请人，致申请人肋骨骨折住院。',
      'spouse',
    ],
    [
      'court',
      '申请人：于某，女。被申请人：万某，男，系申请人丈夫，受雇于某运输公司，被申请人长期殴打申请人及女儿，今年6月将女儿打伤。',
      'spouse',
    ],
    ['court', '被申请人闻某系申请人的女婿，系某公司员工，多次殴打申请人女儿，申请人前去劝阻时被被申请人推倒致骨折。', 'in_law'],
    ['court', '原告：马某，女。被告：马某某，男，系原告公公，某公司退休职工，被告多次用拐杖殴打原告，致原告头部受伤。', 'in_law'],
    [
      'police110',
      '报警人李某称其儿子是法院判决的被告，今天回家向她要钱，不给就把她推倒在地，现在腰动不了，邻居帮忙报的警。',
      'parent_child',
    ],
    [
      'court',
      '原告：小某，男，6岁，法定代理人刘某（原告母亲）。被告：孔某，男，系原告父亲，被告与受雇于原告家的保姆一起多次殴打原告，致原告全身多处淤青。',
      'parent_child',
    ],
    [
      'court',
      '原告：濮某，女。被告：某建筑公司、濮某某（原告丈夫），被告濮某某在被告公司工地上当众殴打原告，致原告头部受伤住院。',
      'spouse',
    ],
    ['court', '原告：池某，女。被告：池某某，男，系原告丈夫，被告长期与闲散人员来往，多次殴打原告，致原告肋骨骨折。', 'spouse'],
    [
      'court',
      '原告：尤某，女。被告：尤某某，男，系原告父亲，被告多次到原告所在公司要钱，不给就在公司门口殴打原告，致原告面部受伤。',
      'parent_child',
    ],
    ['court', '被告系原告丈夫，原告与被告租住在某村，被告经常殴打原告，致原告多处受伤。', 'spouse'],
    ['court', '被告系原告的儿子，原告系某小区业主，被告为索要房产多次殴打原告，致原告骨折住院。', 'parent_child'],
    ['court', '被申请人系申请人原男友，现租住在申请人楼下，申请人提出断绝来往后，被申请人每天跟踪申请人，扬言要同归于尽。', 'partner'],
    ['court', '原告：利某，女。被告：利某某，男，系原告公公，被告经常到原告承租的门面闹事，今年5月将原告打伤。', 'in_law'],
    ['court', '原告：蒯某，女。被告：蒯某某，男，系原告丈夫，被告与不认识的女子来往，原告询问时被告用椅子砸伤原告头部。', 'spouse'],
  ] as const)('%s %s: a family dispute (%s)', (source, main, relation) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.relation]).toEqual([true, relation]);
  });

  it.each([
    ['court', '原告：黎某，女。被告：常某，女，二人系同一小区业主。被告因遛狗问题与原告丈夫发生争执，抓伤原告丈夫面部。原告请求赔偿。'],
    ['court', '被告王某系原告东邻，因排水问题与原告发生争执，将原告丈夫打伤住院。'],
    ['court', '被告王某与原告此前并不认识，被告在公交车上辱骂原告母亲，并将原告母亲推倒致骨折。'],
    ['court', '原告：冉某，女。被告：郜某，男，系原告西邻，被告因排水沟问题与原告丈夫争吵，用铁锹将原告丈夫打伤住院。'],
    ['court', '原告：全某，男。被告：某餐饮公司员工厉某，厉某在餐厅内与原告父亲发生争执，将原告父亲推倒致其髋部骨折。'],
  ] as const)('%s %s: no family dispute (a neighbour, a stranger, a restaurant’s employee)', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 43: family violence in words the rules did not hold (a miswritten kick, twisting, keys taken, 婆媳, a kin identity with no line, a place under her window) (our own sentences)', () => {
  // Each read as no family dispute with `-60`.
  it.each([
    ['police110', '报警人称她爸喝了酒一脚揣倒了她妈，她妈头磕在桌角上流了血。', 'parent_child'],
    ['police110', '报警人称丈夫把她的手机和钥匙都收走了，不准她出门，她是借隔壁的电话报的警。', 'spouse'],
    ['police110', '我姐拿着菜刀要砍我，就因为爸妈留下的那间老房子。', 'sibling'],
    [
      'court',
      '原告田某与被告田某某系婆媳关系。被告因琐事多次辱骂原告，今年3月揪住原告头发往墙上撞，致原告头部血肿。原告请求赔偿医疗费。',
      'in_law',
    ],
    ['court', '原告吴某，被告吴某某系原告之岳父。被告酒后用木棍打伤原告左臂，原告在镇卫生院缝了四针。原告请求赔偿。', 'in_law'],
    ['police110', '报警人称女婿喝醉了跑到她家楼下骂，说要拿刀把她们一家都砍了。', 'in_law'],
  ] as const)('%s %s: a family dispute (%s), orange or red', (source, main, relation) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.relation, ['red', 'orange'].includes(r.riskLevel)]).toEqual([true, relation, true]);
  });

  // Near-misses: a screw twisted, a neighbour downstairs, keys lost, a company's employee.
  it.each([
    ['police110', '报警人称她老公在楼下修车时拧螺丝把手划破了，想问问哪里能打破伤风针。'],
    ['police110', '报警人称楼下的邻居因为漏水跟她吵起来，把她推倒在地，她老公刚好不在家。'],
    ['police110', '报警人称她和老公出门时钥匙丢了，进不了家门，请求帮忙开锁。'],
    ['court', '原告周某系被告公司的员工，2025年3月在车间被机器轧伤右手，请求判令被告赔偿医疗费和误工费。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 43 review: carrying, a sprain, a tap twisted, a ban on an outing, a school’s keys read as family harm (helper-226’s sentences)', () => {
  // Each read wrongly with `-61` as first written (docs/evaluation.md#round-43, its review).
  it.each([
    ['police110', '报警人称她哥揣着一把刀出门了，说要去砍跟他有矛盾的工友。', false],
    ['police110', '报警人称她老公在她胳膊上使劲拧，胳膊上青一块紫一块的。', true],
    ['police110', '报警人称她家水管的阀门是她老公拧的，拧坏了现在一直漏水，请求帮忙找维修。', false],
    ['police110', '报警人称她老公搬煤气罐的时候把腰拧了，疼得站不起来，需要救护车。', false],
    ['police110', '报警人称她儿子打篮球时拧了胳膊，现在肿得很厉害，想问附近哪家医院开门。', false],
    ['police110', '报警人称她女儿在舞蹈班练劈叉时把大腿拧伤了，老师没及时送医。', false],
    ['police110', '报警人称她老板不准她出去吃饭，让她一直加班，她老公来接她被保安拦住了。', false],
    ['police110', '报警人称学校把她儿子的手机和宿舍钥匙都收走了，她儿子打电话跟她哭诉。', false],
    ['police110', '报警人称我哥打车回家的路上跟出租车司机吵起来了，司机把我哥打了。', false],
    ['police110', '报警人称我姐打电话跟她说，她姐的房东带人上门把她姐打了。', false],
    ['police110', '报警人称我弟揣着刀去找欠他工钱的包工头了，怕出人命。', false],
    ['police110', '报警人称她妈下楼梯把腰拧了，动不了，需要救护车。', false],
    ['police110', '报警人称她爸在她大腿上狠狠拧了几下，腿上全是紫印子。', true],
    ['police110', '报警人称是她老公拧的煤气阀，现在厨房全是煤气味，她老公人不在家。', false],
    ['police110', '报警人称她女儿跳舞时把腰拧了一下，疼得直哭，舞蹈老师不让她休息。', false],
    ['police110', '报警人称她儿子搬家具时把手臂拧了，胳膊抬不起来，要去医院。', false],
    ['police110', '报警人称她奶奶在床上翻身时把大腿拧了，现在腿肿了。', false],
    ['police110', '报警人称她婆婆生病了，医生说不许出家门吹风，婆婆不听非要出去。', false],
    ['police110', '报警人称她家钥匙被她儿子拿走了，儿子出去玩了联系不上，她进不了家门，请求开锁。', false],
  ] as const)('%s %s: family dispute %s', (source, main, family) => {
    expect(told(source, main).familyRomantic).toBe(family);
  });

  it.each([
    ['police110', '报警人称她老公不许她出去打麻将，两人吵了起来，没有动手。'],
    ['police110', '报警人称她儿子要去寺庙出家，她不许他出家，儿子跟她吵了一架后离家出走了。'],
    ['police110', '报警人称医生让她老公卧床休息，一个月不准出门，她老公不听，两人吵了起来。'],
    ['police110', '报警人称她婆婆让她坐月子期间不准出门，她想出去买东西，婆婆就跟她吵。'],
    ['police110', '报警人称她妈不许她出去跟同学玩，她跟她妈顶了几句嘴，她妈骂了她。'],
    ['police110', '报警人称她儿子不许她出去跳广场舞，母子俩吵起来了。'],
  ] as const)('%s %s: a family quarrel over an outing, a custom or a doctor’s order, no confinement (below orange)', (source, main) => {
    expect(['red', 'orange']).not.toContain(told(source, main).riskLevel);
  });
});

describe('round 46: violence and a protection-order application in words the rules did not read (打倒, a count of blows, 对着 her, an application handed in) (our own sentences)', () => {
  // Each read below its grade with `-62`: 打倒 was no act word, a count of blows after the verb (几拳) ended the act's
  // reading, 对着 (cut 对/着) was not toward a person, and an application handed in was read only as 交…保护令申请.
  it.each([
    ['police110', '报警人称丈夫喝了酒把妻子打倒在地上，妻子怎么叫都不醒。', 'red'],
    ['police110', '报警人称她爸把她妈打倒在地，她妈失去了知觉。', 'red'],
    ['court', '原告诉称：被告酒后对着原告的头连打几拳，原告当场昏迷，被送到医院抢救。原告请求离婚。', 'red'],
    ['court', '原告诉称：被告冲着原告的肚子踹了两脚，原告下身出血，被送医治疗。原告请求离婚。', 'red'],
  ] as const)('%s %s: a family dispute, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  it.each([
    ['police110', '报警人称她把人身安全保护令申请书交到法院了，丈夫知道后在家里大声骂她。'],
    ['petition', '上个月我把保护令的申请材料递到了县法院，前夫知道后在我家楼下骂了半宿。'],
    ['police110', '报警人称她前天去法院递了人身保护令的申请，今天老公打电话骂她，逼她撤回。'],
    ['police110', '报警人称老公天天骂她，她已经申请了人身保护令。'],
  ] as const)('%s %s: a protection-order application, orange', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel, factorCodes(r).includes('protection_order_application')]).toEqual([true, 'orange', true]);
  });

  // Near-misses: a thing knocked over, blows on a sandbag, an application advised, asked about or not yet handed in, a leg gone numb.
  it.each([
    ['police110', '报警人称她老公把暖水瓶打倒了，热水洒了一地，两人为此吵了几句。'],
    ['police110', '报警人称她老公在阳台上对着沙袋连打几拳，说是在练拳，她嫌吵跟他拌了几句嘴。'],
    ['police110', '报警人称和老公吵架了，民警建议她把保护令申请书交到法院。'],
    ['petition', '老公经常骂我，我能申请人身保护令吗？'],
    ['petition', '老公经常骂我，申请人身保护令需要什么材料？'],
    ['police110', '报警人称她还没把保护令申请书交到法院，丈夫就来吵了。'],
    ['police110', '报警人称她老公蹲久了腿麻得没了知觉，两人为谁做饭吵了几句。'],
  ] as const)('%s %s: below orange', (source, main) => {
    expect(['red', 'orange']).not.toContain(told(source, main).riskLevel);
  });
});

describe('round 46 review: a thing knocked over, a gesture or a photo toward her, an application planned, forgotten or refused, a numbness or an illness read as her harm (helper-231’s sentences)', () => {
  // Each read wrongly with `-63` as first written (docs/evaluation.md#round-46, its review): no act on her, no application.
  it.each([
    ['police110', '报警人称丈夫把她的花盆打倒了，两人发生争吵。'],
    ['police110', '报警人称丈夫喝醉了把她的水杯打倒了，她骂了几句。'],
    ['police110', '报警人称丈夫冲着她的猫踢了一脚。'],
    ['police110', '报警人称丈夫冲着她推了推眼镜，说不同意离婚。'],
    ['police110', '报警人称儿子冲着她踢了一下球，她骂了儿子几句。'],
    ['petition', '我老公照着我的方法打了一遍太极拳，还说我教得不对，跟我吵。'],
    ['police110', '报警人称丈夫对着她的照片打了几拳，两人吵了起来。'],
  ] as const)('%s %s: no violence', (source, main) => {
    expect(factorCodes(told(source, main))).not.toContain('violence');
  });

  it.each([
    ['petition', '老公推了我，我如果把保护令申请书交到法院，他会不会更生气？'],
    ['petition', '老公推了我，我忘了把保护令申请书交到法院。'],
    ['court', '原告与被告系夫妻，被告推搡原告，法院驳回了原告递交的人身保护令的申请。'],
    ['petition', '老公推了我，法院不受理我递交的人身保护令的申请。'],
  ] as const)('%s %s: no application', (source, main) => {
    expect(factorCodes(told(source, main))).not.toContain('protection_order_application');
  });

  // Applications made, which the first mend's 能/打算 block missed.
  it.each([
    ['petition', '我老公天天骂我，我能忍的都忍了还是申请了保护令。'],
    ['petition', '老公推了我，能做的我都做了还是申请了保护令。'],
    ['court', '申请人诉称，申请人与被申请人系夫妻，申请人因打算离婚遭被申请人辱骂而申请人身安全保护令。'],
  ] as const)('%s %s: an application', (source, main) => {
    expect(factorCodes(told(source, main))).toContain('protection_order_application');
  });

  it.each([
    ['petition', '婆婆中风后没了知觉，老公嫌我照顾不好推了我一把。'],
    ['petition', '老公推了我一把，我本来就有糖尿病，脚早就没了知觉。'],
    ['police110', '报警人称丈夫推搡她，她做手术打了麻药后下半身没了知觉。'],
    ['police110', '报警人称丈夫推了她，她的手麻得都没了知觉。'],
    ['police110', '报警人称丈夫打了她一拳，她差一点就没了知觉。'],
  ] as const)('%s %s: no serious injury', (source, main) => {
    expect(factorCodes(told(source, main))).not.toContain('serious_injury');
  });

  it.each([
    ['police110', '报警人称丈夫打她头部，她当场没了知觉。'],
    ['police110', '报警人称男友踢了她几脚，她一度没了知觉。'],
    ['police110', '报警人称前夫扇了她几巴掌，她倒在地上没了知觉，几分钟后才醒。'],
  ] as const)('%s %s: unconsciousness after blows, red', (source, main) => {
    expect(told(source, main).riskLevel).toBe('red');
  });
});

describe('round 49: a relative named by a name (二儿子高某, 继子范某) acts as that relative wherever the name acts (our own sentences)', () => {
  // Each read 非纠纷 with `-64`: any name with 某 was an outsider wherever it acted, even one introduced with a kin word.
  it.each([
    ['petition', '来访人称，大儿子柴某要他把房子过户。上周柴某喝了酒上门要房本，他不给，柴某把他按在地上掐住脖子。', 'red'],
    ['court', '原告诉称：原告与长子尤某同住，尤某多次索要钱财，今年三月尤某把原告推倒在地，原告头部出血，被送医治疗。', 'red'],
    ['petition', '我家二儿子管某成天赌博，上个月管某把我推倒在院子里，我腰摔伤了住了院。', 'red'],
    ['police110', '报警人称继子范某向她要钱，她不给，范某把她按在沙发上扇耳光。', 'yellow'],
  ] as const)('%s %s: a family dispute, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Near-misses: a name introduced as someone else's relative or with an outsider's role, read alike by `-64`.
  it.each([
    ['petition', '邻居的儿子王某喝了酒，王某把我按在地上打。'],
    ['court', '原告诉称：原告的房东秦某与原告发生争执，秦某把原告推倒在地。原告的丈夫随后报警。'],
    ['police110', '报警人称她丈夫的同事伍某来家里喝酒，伍某把她推倒在地。'],
    ['petition', '我儿子的同学钟某来家里玩，钟某把我儿子打了。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 49 review: a name followed by 的 describes someone else, a name met before the act on a relative, 刘某某 (helper-236’s sentences)', () => {
  // Read as family with `-65` as first written: 郝某的债主 read as the husband acting (的 taken for a given name).
  it.each([
    ['police110', '报警人称丈夫郝某的债主到家里要钱，郝某的债主把她推倒了。'],
    ['police110', '报警人称儿子高某的同学来家里，高某的同学把她推倒了。'],
    ['police110', '报警人称儿子韩某带着两个朋友回家要钱，韩某的朋友把她推倒了。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Read as no dispute by `-64` and `-65`: the name before an act on a relative, and 刘某某 (cut 刘/某某), were outsiders.
  it.each([
    ['police110', '报警人称她爸张某喝酒后打她妈，张某还拿菜刀威胁要杀人。', 'red'],
    ['police110', '报警人称他爸爸朱某喝醉了打他妈妈，朱某还拿着刀。', 'red'],
    ['police110', '报警人称她儿子刘某某在家里发酒疯，刘某某把他爸打了，他爸头上流血。', 'orange'],
  ] as const)('%s %s: a family dispute, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });
});

describe('round 50: a filing whose parties are stated as kin makes every conflict between them theirs, land or not (our own sentences)', () => {
  // Each read 邻里 with `-66`: the parties' tie (兄弟) was the relation linked, no named party of the act, and land beside it.
  it.each([
    ['court', '原、被告系兄弟，因宅基地发生纠纷，被告拿出斧头朝原告劈过来，原告头部被砍伤，送医缝了八针。', 'red'],
    ['court', '原告与被告是亲兄弟，因宅基地发生纠纷。被告拿出斧头朝原告劈过来。', 'red'],
  ] as const)('%s %s: a family dispute, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Sworn brothers are no kin (family with `-66`); a neighbour's or a colleague's tie stated as the parties' stays theirs.
  it.each([
    ['court', '原告与被告是拜把子兄弟，合伙承包了一片果园。被告把果子卖了不分钱，原告去问，被告骂了原告。'],
    ['court', '原告与被告系邻居，因宅基地界线发生纠纷，被告拿出斧头朝原告劈过来。'],
    ['court', '原告与被告系同事，因借款发生纠纷，被告把原告推倒在地。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 50 review: a call that says 被人打 keeps the act its disposition pairs with the stated tie; sworn ties in other words (helper-241’s sentences)', () => {
  // Read 其他 with `-67` as first written: the parties' reading took the call's 被人打 as the conflict between them.
  it.each([
    ['报警人称其父亲被人打了。', '经查双方系父子，儿子酒后打了父亲一巴掌，父亲无伤，已劝解。'],
    ['报警人称其被人打了，鼻子流血。', '经查双方系夫妻，丈夫酒后殴打妻子，已出具告诫书。'],
    ['报警人称被人打了。', '经查双方系兄弟，因宅基地纠纷，弟弟用木棍打伤哥哥头部，已送医。'],
  ] as const)('%s ‖ %s: a family dispute', (main, disposition) => {
    expect(call(main, disposition).familyRomantic).toBe(true);
  });

  it('原告与被告系义兄弟: sworn, no kin', () => {
    expect(filed('原告与被告系义兄弟，因宅基地纠纷被告将原告打伤。').familyRomantic).toBe(false);
  });
});

describe('round 51: a blow given or dealt as a count (给了她一巴掌, 照脸就是一巴掌) (our own sentences)', () => {
  // Each read no violence with `-68`: a count of blows with no act verb was no act.
  it.each([
    ['police110', '报警人称丈夫给了她一巴掌。'],
    ['police110', '报警人称丈夫甩了她一巴掌。'],
    ['police110', '报警人称丈夫冲着她脸上就是一巴掌。'],
    ['police110', '报警人称丈夫照着她肚子就是一脚。'],
    ['police110', '报警人称男友对着她就是一顿拳脚。'],
  ] as const)('%s %s: violence', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, factorCodes(r).includes('violence')]).toEqual([true, true]);
  });

  // Near-misses, read alike by `-68`: a thing struck, a threat, a figure of speech, a car's pedal.
  it.each([
    ['police110', '报警人称丈夫对着门就是一脚，两人吵了几句。'],
    ['police110', '报警人称丈夫在阳台对着沙袋就是几拳，她嫌吵跟他拌了几句嘴。'],
    ['police110', '报警人称丈夫说这事就是一巴掌的事，两人吵了几句。'],
    ['police110', '报警人称丈夫上来就是一脚油门，两人吵了几句。'],
  ] as const)('%s %s: no violence', (source, main) => {
    expect(factorCodes(told(source, main))).not.toContain('violence');
  });
});

describe('round 51 review: a count of blows read only toward a person or dealt at once, not at a thing, in a saying, a size, a dare or a threat (helper-242’s sentences)', () => {
  // Read as violence with `-69` as first written (就是 + a count after anything but a listed thing).
  it.each([
    ['police110', '报警人称丈夫冲着冰箱就是一脚，冰箱门坏了。'],
    ['police110', '报警人称丈夫喝多了，对着轮胎就是两脚。'],
    ['police110', '报警人称和老公吵架，调解员说夫妻吵架就是一个巴掌拍不响。'],
    ['police110', '报警人称家里就是一巴掌大的地方，丈夫还把他母亲接来住，两人吵起来。'],
    ['police110', '报警人称丈夫说你有本事给我一拳试试，两人争吵。'],
    ['police110', '报警人称丈夫嫌孩子吵，给了孩子一个拳头大的苹果，她说会噎着，两人争吵。'],
    ['police110', '报警人称丈夫开车时她给了他一脚刹车，两人吵起来。'],
    ['police110', '报警人称丈夫下楼时就是一脚踩空，摔倒了，她叫了救护车。'],
    ['police110', '报警人称丈夫说她要是再敢跟男同事吃饭，就是一顿拳脚。'],
  ] as const)('%s %s: no violence', (source, main) => {
    expect(factorCodes(told(source, main))).not.toContain('violence');
  });

  // Read no violence by `-68` and `-69`: whom the blow is given to, or a place between 对着 and 就是.
  it.each([
    ['police110', '报警人称女婿和岳母吵架，给了岳母一巴掌。', 'yellow'],
    ['police110', '报警人称男方给了女方一巴掌，女方报警。', 'yellow'],
    ['police110', '报警人称丈夫在车里对着我就是一拳，我鼻子流血了。', 'orange'],
  ] as const)('%s %s: a family dispute, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel, factorCodes(r).includes('violence')]).toEqual([true, level, true]);
  });
});

describe('round 52: the teller’s spouse told acting as 他 clauses after the relation word, a neighbour named elsewhere (our own sentences)', () => {
  // Each read 邻里/none with `-70`: relation and act far apart, so every word of another domain counted against them.
  it.each([
    ['我老公脾气不好，说话很冲，家里大事小事都得听他的，我不听他就动手打我，胳膊上都是淤青。去年他还跟楼下邻居为了漏水的事吵过。'],
    [
      '我叫田秀芬，丈夫在镇上开修车铺，这几年他喝酒越来越凶，我不顺着他他就动手打我，脸上经常青一块紫一块。他还为宅基地跟邻居打过架，村里人都怕他。',
    ],
    [
      '我老公疑心重，说我在外面有人，这半年他把我的身份证和手机都收走了，出门就把门从外面反锁，我出不去。我是趁他不在，借楼上邻居的电话打的热线。',
    ],
    ['我对象爱喝酒，这半年喝多了就找茬，上个月他把我按在墙上打，眼角缝了三针。他前些天又跟楼下邻居因为停车位动了手。'],
  ] as const)('%s: a family dispute, orange or red', (main) => {
    const r = asked(main);
    expect([r.familyRomantic, ['orange', 'red'].includes(r.riskLevel)]).toEqual([true, true]);
  });

  // Near-misses, read alike by `-70`: someone else named before the relation or between it and the act.
  it.each([
    ['我老公在工地干活，工头拖欠工钱，他去要钱时被工头打了。'],
    ['我和我老公在小区里停车，邻居说占了他的车位，他上来就推我。'],
    ['我老公和邻居老刘因为宅基地吵了好几年，昨天他拿铁锹把我家院墙砸了个洞。'],
  ] as const)('%s: no family dispute', (main) => {
    expect(asked(main).familyRomantic).toBe(false);
  });
});

describe('round 52 review: the pronoun stands for the spouse only where it can stand for no one else (helper-246’s sentences)', () => {
  // Read as the couple's dispute by `-71` as first written: someone named before the relation, the spouse away, the couple
  // one side, the pronoun of the other gender, acted on or the spouse acting on an outsider, another's spouse.
  it.each([
    ['petition', '物业经理姓孙，态度很差。上周我和我老公去交物业费，说了几句，他就把我推出门外，我摔在地上。'],
    ['petition', '老王是我们楼的业主代表，跟我家因为车位的事吵过。我老公那天不在，他跑到我家门口骂人，还把我推了一个跟头。'],
    [
      'petition',
      '我家楼上住着一个小伙子，天天半夜弹吉他，吵得睡不着。我老公上去说过几次，他不听，昨晚他又弹，我上去敲门，他把我推下了楼梯。',
    ],
    ['petition', '房东说我们欠他两个月房租，让我们还钱，说我们欠钱不还。我和我老公上门去讲理，他不但不听，还把我推下台阶，膝盖磕破了。'],
    ['petition', '催收的那个人姓赵，说我们的欠款越滚越多，必须马上还钱。我老公不在家，他天天上门，昨天他把我推倒在地上。'],
    ['petition', '刘姐是我们小区的保洁，说我家垃圾乱扔，跟物业告了好几次状。我老公那天上夜班，她就跑到我家门口吵，把我推倒在楼梯上。'],
    ['petition', '我们村的支书占了我家的宅基地，还把我家院墙推倒了。我老公去找他讲理，他不听，还把我老公打了一顿。'],
    ['petition', '二房东今天来收房租，说我们欠钱不还，还欠着水电费要还钱。我老公上班去了，他把我的东西扔了出去，还推了我一把。'],
    ['petition', '隔壁的大刘跟我们因为宅基地和排水的事吵了很多年。我老婆那天在院子里晒衣服，他冲过来，把她推倒在地上。'],
    ['petition', '楼下装修，噪音大，吵得睡不着，跟楼下说了好几次也不停。我老公那天下夜班回来，睡不着觉，他冲下楼去，把人家的门踹坏了。'],
    ['petition', '宅基地的事跟隔壁吵了好几年，院墙也被推倒过。我老公那天喝了酒，越想越气，他拿着铁锹冲过去，把他打得头破血流。'],
    ['petition', '对门那家人欠我们家三万块借款，一直不还钱。我老公去要了几次，昨天又去，门刚开，他就被推下了楼梯。'],
    ['petition', '我发小老公在外面借了很多高利贷，欠款还不上，还找我借钱。我不借，他就天天来我家闹，前天他把我推倒在门口。'],
    ['petition', '我表妹男朋友欠了我两万块借款，一直不还钱。我去找他要，他不但不还，还把我推出门外，说再来就打我。'],
    ['petition', '网约车司机绕路多收钱，还说我欠他车费要我还钱，欠钱不给就不让下车。我和我老公不给，他就把车门锁了，不让我们下车。'],
    ['petition', '我们单位的组长老是扣我工资，说要辞退我，还在外面说我坏话。我老公那天来接我下班，他就当着我老公的面，把我推到墙上。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Read right by the round and kept: the spouse the first person named, acting on the teller.
  it.each([
    [
      'petition',
      '我对象比我大十岁，我们没领证，住在一起三年。他在外面欠了高利贷，让我去借钱，我不同意，他就把我关在出租屋里不让我出门，手机也收走了。',
    ],
    ['petition', '我老公疑心重，说我上班是去会男人，从上个月起他把我手机收了，出门就把防盗门从外面锁死。楼上楼下的邻居都说听见我哭。'],
    ['petition', '我男朋友欠了网贷，天天有人打电话催收，要他还钱。我劝他找份正经工作，他嫌我啰嗦，昨晚他把我推倒在地上，用脚踢我的肚子。'],
    ['police110', '报警人称：我老公在外面欠了高利贷，讨债的来过好几次，他今天回来又跟我要钱，我不给，他就把我推倒在地，用脚踹我。'],
  ] as const)('%s %s: a family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(true);
  });
});

describe('round 53: a filing’s parties stated as a couple in words the patterns missed (our own sentences)', () => {
  // Read no family dispute with `-72` (and the third 婚姻家庭): 与申请人曾同居三年 in an identity line, a meeting told before the
  // cohabitation across a comma, an introduction (经同事撮合开始交往).
  it.each([
    [
      '申请人：韩某，女，1998年生，在超市做收银。被申请人：鲁某，男，1995年生，开货车，与申请人曾同居三年。今年三月申请人搬回单位宿舍，鲁某先是每天打几十个电话，后来找到宿舍，拿着一把菜刀在门口砸门，说不开门就等到天亮。申请人请求法院禁止鲁某骚扰、接触申请人。',
      '恋爱情感',
      'red',
    ],
    [
      '原告：邵某，女，27岁，美甲店店员。被告：贺某，男，30岁。原、被告于2022年在健身房认识，2023年春开始同居，租住在城郊。2025年5月原告想搬走，被告把原告的身份证藏起来，用锁把门从外面锁上，原告两天没能出门，后来向邻居求救才出来。原告请求被告返还借款并赔偿精神损失。',
      '恋爱情感',
      'orange',
    ],
    [
      '申请人冯某，女，三十岁，幼儿园老师。被申请人石某，男，三十二岁，跑外卖。二人2021年经同事撮合开始交往，2024年申请人跟他断了来往。此后石某隔三岔五到幼儿园门口堵她，上个月拎着一桶汽油到她住处踹门，喊着不开门就放火。特向法院申请人身安全保护令。',
      '恋爱情感',
      'red',
    ],
  ] as const)('%s: %s, %s', (main, domain, level) => {
    const r = filed(main);
    expect([r.familyRomantic, r.domain, r.riskLevel]).toEqual([true, domain, level]);
  });

  // Near-misses, read alike by `-72`: partners in business, a shared room.
  it.each([
    ['原告：钱某，男。被告：孙某，男。原、被告于2020年在工地认识，2021年开始合伙开店。后因分账不均，被告拿扳手把原告打伤。'],
    ['原告：吕某，女。被告：严某，男。原、被告于2019年在老乡会上认识，后来一直是生意伙伴。2024年因货款纠纷，被告拿刀威胁原告。'],
    ['申请人：陶某，女。被申请人：季某，男，与申请人曾经同居一室的室友。季某多次深夜敲申请人房门，还拿刀吓唬申请人。'],
  ] as const)('%s: no family dispute', (main) => {
    expect(filed(main).familyRomantic).toBe(false);
  });
});

describe('round 53 review: a couple only where the words close the parties’ own tie (helper-248’s sentences)', () => {
  // Read as a couple by `-73` as first written: a shared room in other words (同居一处, 一寝室, 同居住), a tie word of someone
  // else (已结婚的儿子, 恋爱期间的介绍人), a clause after the comma that tells another's tie, each one's own or a denial, 两人 after
  // someone's girlfriend.
  it.each([
    [
      'court',
      '原告：庄某，男。被告：贺某，男，1985年生，与原告曾同居一处出租屋，系合租室友。原告诉请被告赔偿医疗费1.2万元，被告将原告打致鼻骨骨折。',
    ],
    ['court', '原告：符某，男。被告：聂某，男，与原告一直同居住在一个村，系同村村民。被告因宅基地纠纷用锄头打伤原告。'],
    ['court', '原告：戈某，男。被告：霍某，男，与原告曾同居一个房间，系工友。被告将原告打成轻伤。'],
    ['court', '原告：钱某，女，1962年生。被告：伏某，男，1975年生，原告已结婚的儿子的合伙人。原告诉请被告偿还借款，被告扬言要弄死原告。'],
    ['court', '原告：卫某，男。被告：桂某，男，原告恋爱期间的介绍人。原告诉请被告退还介绍费5000元，被告推搡原告。'],
    [
      'court',
      '原告：邢某某，男，1990年生。被告：某某婚恋服务有限公司，系原告恋爱交友服务的提供方。原告诉请被告退还服务费2.6万元，被告员工推搡原告。',
    ],
    ['court', '原告：赖某，男。被告：蓝某，男。原、被告于2015年认识，次年其与前女友同居，向原告借款5万元未还。被告持刀威胁原告。'],
    ['court', '原告：戚某，男。被告：路某，男。原、被告于2010年在部队结识，后来各自结婚。2023年因合伙经营纠纷，被告持刀捅伤原告。'],
    ['court', '原告：储某，男。被告：饶某，男。两人于2012年认识，当时均已结婚，后合伙开办饭店。被告持刀砍伤原告。'],
    ['court', '原告：瞿某，男。被告：简某，男。双方于2015年在工地结识，2016年李某与王某结婚时二人同为伴郎，后因欠款被告持刀砍伤原告。'],
    ['court', '原告：暴某，男。被告：充某，男。原、被告于2017年认识，同年一起结婚旅行社工作，后因工资纠纷被告打伤原告。'],
    [
      'court',
      '原告：敖某，男。被告：凤某，男。原被告于2020年在职校认识，毕业后同居于一间出租屋，系室友关系。被告因原告未付房租将其打伤，原告住院治疗。',
    ],
    [
      'court',
      '原告：房某，男，房东。被告：封某，男，租户。被告与其女友两人于2022年认识，2023年起同居，租住原告房屋。被告拖欠房租，并持刀威胁原告。',
    ],
    [
      'court',
      '原告：米某，女。被告：廉某，男。原、被告于2019年认识，但从未同居，也未恋爱。被告多次上门辱骂并打了原告一巴掌，原告诉请被告偿还借款3万元。',
    ],
    ['court', '原告：谢某，女。被告：巢某，男。原、被告于2019年认识，一直未恋爱，被告向原告借款5万元未还，还扬言要弄死原告。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // A courtship told before their marriage: spouses (as `-72` read the first two; the third read 恋爱情感 by both before).
  it.each([
    [
      'court',
      '原告：雷某，女。被告：欧某，男。原、被告于2016年在老家相识，2017年开始恋爱，2018年结婚。被告一喝酒就打原告，2024年一次殴打致原告肋骨骨折。原告诉请离婚。',
    ],
    ['court', '原告：祁某某，女。被告：邓某，男。原、被告经朋友介绍认识后开始交往，2021年登记结婚，被告将原告打成轻伤，原告诉请离婚。'],
    ['court', '原告：宗某，男。被告：荣某，女。原、被告于2013年在老乡会上认识，2014年成为恋人，2016年结婚，后被告离家出走。原告诉请离婚。'],
  ] as const)('%s %s: 婚姻家庭', (source, main) => {
    expect(told(source, main).domain).toBe('婚姻家庭');
  });

  // Read right by the round and kept.
  it.each([
    [
      'court',
      '申请人：姚某，女，1985年生。被申请人：钟某，男，1983年生，与申请人已经结婚十年。被申请人将申请人锁在卧室内三天不让出门，并掐其脖子。',
    ],
    ['court', '原告：单某，女。被告：柏某，男。两人于2018年在大学认识，毕业后结婚。被告赌博欠债后将原告反锁在家中，不让其外出。'],
    ['petition', '信访人反映，二人2019年经熟人介绍认识后领证，对方婚后长期家暴，派出所处理不力。'],
    ['court', '原告：喻某，女。被告：谌某，男，与原告恋爱未果。被告多次跟踪原告，并扬言要泼汽油烧死原告。'],
    [
      'court',
      '原告：孟某，男，1990年生。被告：葛某，女，1992年生，与原告一直同居至2024年。原告诉请被告返还同居期间原告支付的购房款20万元。',
    ],
    ['court', '原告：龚某，男，1995年生。被告：严某，女，1996年生，与原告曾恋爱两年。原告诉请被告返还恋爱期间转账的8万元。'],
  ] as const)('%s %s: a family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(true);
  });
});

describe('round 54: the teller’s own relative quarrelling with the teller or told acting as 他, beside words of land (our own sentences)', () => {
  // Read 邻里/none with `-74`: the relative the subject of a quarrel with the teller (跟他 in a call of its caller, 跟我), or
  // the teller's own brother told as 他 sentences later.
  it.each([
    ['police110', '报警人称弟弟因为分宅基地跟他吵了起来，随后拿起镰刀砍伤了他的胳膊。'],
    [
      'petition',
      '我是石桥村村民刘桂兰，嫁到外村十多年了。我弟说我是泼出去的水，没资格分娘家的宅基地，还把我种的菜全拔了。我去找他评理，他抄起扁担就往我身上打，胳膊被打骨折了。',
    ],
    ['petition', '我哥跟我为了宅基地吵了好几年，昨天他拿铁锹朝我头上拍，缝了五针。'],
  ] as const)('%s %s: a family dispute, red', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'red']);
  });

  // Near-misses, read alike by `-74`: a neighbour, a relative's friend, an official named between, a foreman.
  it.each([
    ['police110', '报警人称邻居为了宅基地的事跟他吵，抄起斧头砍了他一下。'],
    ['police110', '报警人称弟弟的朋友为了车位跟他吵，把他推倒了。'],
    ['petition', '我是村里的会计，我哥说村委账目有问题，村主任听说后跑到我家，他抄起板凳朝我砸过来。'],
    ['petition', '我哥在工地上班，包工头欠他工钱，他去要钱，被包工头打伤住院。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 54 review: 跟我 the whole other side, 跟他 the caller only where no one else is named, money between kin a debt, the relative acting on the teller (helper-249’s sentences)', () => {
  // Read as family by `-75` as first written: speech (跟我说), someone of the teller's (跟我朋友), one side against another
  // (我哥和我跟邻居), 他 introduced before (邻居老张…跟他吵) or owning someone (跟他女朋友: a romance), the brother away or acting
  // at large or at an outsider, and money between siblings.
  it.each([
    ['petition', '我哥跟我说邻居又来闹了，让我回去看看。'],
    ['petition', '我哥和我跟邻居为了地界吵起来，邻居拿刀出来了。'],
    ['petition', '我哥跟我朋友吵架，他拿刀砍了我朋友。'],
    ['petition', '我哥跟我们村主任为了地吵了起来，他拿刀要砍村主任。'],
    ['police110', '报警人称弟弟跟他说邻居在门口闹事，让他赶紧回来。'],
    ['police110', '报警人称邻居老张喝多了，弟弟为了宅基地的事跟他吵。'],
    ['police110', '报警人称弟弟跟他女朋友吵架，女朋友闹着要跳楼。'],
    ['petition', '我哥去广东打工了，前天晚上他拿刀威胁我。'],
    ['petition', '我哥喝醉了，他拿刀在街上乱砍。'],
    ['petition', '我哥说有人要占我们家的地，他拿着刀去了地里。'],
    ['police110', '报警人称弟弟为了借钱的事跟他吵，还打了他一拳。'],
    ['petition', '我哥借了我五万块钱一直不还，我去要，他打了我一巴掌。'],
    ['petition', '我弟跟我合伙做生意亏了钱，他说都怪我，拿刀砍了我一刀。'],
    ['petition', '我哥欠了我三万块钱，我去要，他拿刀砍我。'],
  ] as const)('%s %s: no family dispute between the relative and the teller', (source, main) => {
    const r = told(source, main);
    expect(r.familyRomantic && r.domain === '婚姻家庭').toBe(false);
  });

  // Read right by the round and kept (kin named as owners, 妈的那块地, 父母的养老钱, are no party).
  it.each([
    ['petition', '我哥说我嫁出去了就没资格种娘家的地，我去找他理论，他抡起锄头就打我。'],
    ['petition', '我哥跟我为了宅基地吵了好几年，村里调解了几次都没用。'],
    ['petition', '俺哥跟俺为了老宅基地闹了好几年，村干部也管不了。'],
    ['petition', '本人李明，系王庄村民，我哥占了我家的宅基地，我去找他说，他拿铁锹拍我。'],
    ['petition', '我妹跟我为了妈的那块地吵了三年，请领导给个说法。'],
    ['petition', '我哥跟我为了父母的养老钱吵，他打了我一拳。'],
    ['police110', '报警人称哥哥与他为了父母的宅基地吵了起来。'],
    ['petition', '我哥占了老屋，我去找他理论，他拿刀砍我。'],
  ] as const)('%s %s: a family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(true);
  });
});

describe('round 55: harassment after a separation or a refused courtship tied to the pair (our own sentences)', () => {
  // Read below orange or as no family dispute by `-76`: a break-up said as 掰了 after a time, 散伙 or 搬了出来; private images as
  // 私房照; a suitor who 看上/看中 her; the parties' cohabitation told as 申请人与被申请人…同居; neighbours woken (被吵醒) as witnesses;
  // the ex-partner's own name acting in the next sentence.
  it.each([
    ['police110', '报警女子称，跟男朋友掰了以后，他把她的私房照发到了她老家的亲戚群里。'],
    ['police110', '报警人称单位一个男同事说看上她了，她明确没答应，此后那人天天在她宿舍楼下等她，还跟到她家门口。'],
    ['police110', '报警女子称和男友散伙后，对方天天打几十个电话骚扰她。'],
    ['petition', '我跟对象处了两年，他脾气太坏，今年春节后我搬了出来。他就把我的私房照发到了我们村的微信群里，我都不敢出门了。'],
    ['police110', '报警女子称，和男朋友散伙半年了，对方昨晚把两人的亲密视频发进了她的同学群。'],
    ['police110', '报警人称厂里一个保安说看中她了，她没答应，这半个月那人每天下班跟在她后面，还跑到她出租屋门口守着。'],
    [
      'court',
      '申请人：罗某，女，29岁。被申请人：贺某，男，31岁。申请人与被申请人2022年起同居，今年5月申请人提出分开并搬到单位宿舍。从6月起，贺某经常后半夜跑来砸宿舍的门，一砸就是十几分钟，楼上楼下都被吵醒。申请人请求禁止贺某靠近其住处。',
    ],
    [
      'court',
      '申请人与被申请人2021年开始同居，2024年初申请人提出分开并回了老家。此后被申请人隔三岔五深夜跑来敲她的门，一边敲一边喊她的名字，隔壁邻居都被惊醒。',
    ],
    [
      'petition',
      '邹某反映，她与前男友宁某同居两年，去年秋天分开。这两个月宁某总能准准地等在她去的地方，她把车送去修理厂检查，车底吸着一个定位器，宁某在电话里承认是他装的。',
    ],
  ] as const)('%s %s: a romantic or family dispute, orange', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'orange']);
  });

  // Near-misses, read alike by `-76`: a couple's noise woke the neighbours (their complaint), her refusal with nothing after it,
  // a partnership in business, a plot of land liked, maize snapped, a project broken off, a landlord, a neighbour's act and a
  // garage's word after the separation.
  it.each([
    ['police110', '报警人称邻居两口子半夜在楼道吵架，楼上楼下都被吵醒了。'],
    ['police110', '报警女子称她没看上同村一个男的，那人现在见了她就绕着走。'],
    ['petition', '我和合伙人散伙后，他把公司的账目照片发到了群里，还欠我三万块钱。'],
    ['police110', '报警人称他看上了她家的那块地，想要买下来，被拒绝后天天来敲门。'],
    ['police110', '报警人称玉米地里的玉米被人掰了，怀疑是邻居干的。'],
    ['court', '原告与被告系同事关系。去年年底两人合作的项目掰了，被告此后多次在单位群里发布原告的隐私照片。'],
    ['police110', '报警女子称她搬了出来住以后，房东天天上门催房租。'],
    ['petition', '孔某反映，她与前男友钱某同居三年，去年底分开。最近她的车被邻居刮了，邻居承认是他刮的。'],
    ['petition', '孔某反映，她与前男友钱某同居三年，去年底分开。最近她的车底被人装了一个定位器，修理厂老板说是4S店装的防盗定位。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 55 review: 掰了, 散伙 and 搬了出来 of a couple only, 分开并 after a wish, her own images, a liking of her and no job, the application’s parties in their own clause, neighbours who come and act, a name that only helps (helper-253’s sentences)', () => {
  // Read wrong by `-77` as first written (a thing snapped, kin or partners in business fallen out, a household or a thing moved,
  // kept apart, images she took or sent herself, a plot, a shop or a job liked, the teller's own liking, a courtship taken up,
  // a denied or a shared room, a guard, neighbours who come up and act, a name that only helps); read here as `-76` reads them.
  it.each([
    ['police110', '报警人称，她和丈夫两人在地里掰玉米，上午已经掰了两亩，丈夫嫌她干得慢，推了她一把。', true, 'yellow'],
    ['police110', '报警人称夫妻两人下午在院里掰苞米，后来掰了一大筐，因为卖价的事吵了起来，丈夫推了她一下。', true, 'yellow'],
    ['police110', '报警人称她和丈夫两人种了十亩玉米，后来就掰了一半卖了，丈夫嫌卖便宜了，推了她一下。', true, 'yellow'],
    ['police110', '报警人称她和丈夫两人最后掰了一个多小时的手腕，丈夫输了，推了她一下。', true, 'yellow'],
    ['police110', '报警人称她和姐姐两人去年就掰了，平时不来往，今天姐姐来家里为老人房子的事和她吵，推了她一把。', true, 'yellow'],
    ['police110', '报警人称她和小姑子两人前年掰了，今天小姑子来家里拿东西，跟她吵了几句，推了她一下。', true, 'yellow'],
    ['police110', '报警人称婆媳两人早就掰了，今天婆婆又上门骂她，推了她一把。', true, 'yellow'],
    ['police110', '报警人称丈夫和他弟弟两人早就掰了，今天弟弟来家里借钱，丈夫不借，弟弟推了丈夫一把。', true, 'yellow'],
    ['petition', '我老公和他朋友合伙做生意，去年就掰了，老公回家就拿我撒气，打了我两巴掌。', true, 'yellow'],
    ['police110', '报警人称其丈夫今年三月和张某散伙后一直在家闲着，昨天因为琐事推了她一把。', true, 'orange'],
    ['police110', '报警人称她跟王某散伙以后，王某天天到她店里闹，说她欠他钱。', false, 'none'],
    ['police110', '报警人称丈夫跟那个人散伙以后，丈夫心情一直不好，今天回家踹了她一脚。', true, 'yellow'],
    ['police110', '报警人称我儿子和他散伙两个月了，他今天跑到我家门口骂我儿子，还把我儿子推倒了。', true, 'yellow'],
    ['police110', '报警人称房东要收回房子，她们一家三口从出租屋搬了出来，丈夫为找房子的事跟她吵，推了她一下。', true, 'yellow'],
    ['police110', '报警人称儿子上周从学校宿舍搬了出来，今天在家和他爸为玩手机的事吵起来，推了他爸一把。', true, 'yellow'],
    ['police110', '报警人称丈夫把冰箱从厨房搬了出来，说要卖掉，两人吵了起来，丈夫推了她一下。', true, 'yellow'],
    ['police110', '报警人称公司宿舍到期，她从宿舍搬了出来，今天她老公嫌她回家晚，打了她一巴掌。', true, 'yellow'],
    ['police110', '报警人称丈夫推了她一下，民警劝说双方要分开并各自回屋，后双方表示不再争吵。', true, 'yellow'],
    ['police110', '报警人称婆婆嫌她做饭不卫生，说生肉熟肉要分开并且单独放，两人吵了起来，婆婆推了她一下。', true, 'yellow'],
    ['police110', '报警人称丈夫提出两个孩子要分开并各带一个，两人吵了起来，丈夫推了她一把。', true, 'yellow'],
    ['police110', '报警人称妻子把自己拍的私房照发到了朋友圈，丈夫看到后和她大吵一架。', true, 'blue'],
    ['police110', '报警人称她拍了一组私房照发给丈夫，丈夫嫌她乱花钱，两人吵了一架。', true, 'blue'],
    ['police110', '报警人称女儿把自己拍的私房照发给了男朋友，她知道后和女儿吵了一架。', true, 'blue'],
    ['police110', '报警人称开发商看上我们村那块地，我们没答应，他们天天派人到我家门口堵着。', false, 'none'],
    ['court', '被告看中原告承包的鱼塘，多次要求转包，原告拒绝后被告多次到鱼塘闹事，拦截原告。', false, 'none'],
    ['court', '被告看上原告经营的门面，多次要求原告转让，原告拒绝后，被告多次到原告店铺门口堵截原告。', false, 'none'],
    ['police110', '报警人称饭店老板看中我了，让我去当店长，我没答应，他天天打电话催，还到我家门口等我。', false, 'none'],
    ['police110', '报警人称市里的教练看上她了，想招她进体校，她没答应，教练每天到她学校门口等她。', false, 'none'],
    ['police110', '报警人称有家公司的经理看中我了，想挖我过去，我拒绝了，他每天给我打几十个电话。', false, 'none'],
    ['police110', '报警人称我看上她了，她没答应，今天她哥就跑来把我打了一顿。', false, 'none'],
    [
      'police110',
      '报警人称她相了个亲，两人觉得挺合适，处了半年对象，后来男方要她辞职，她拒绝了，男方就天天到她单位门口等。',
      true,
      'yellow',
    ],
    ['court', '申请人与被申请人无任何亲属关系，从未同居，被申请人因债务问题多次到申请人家中吵闹，推搡申请人。', false, 'none'],
    [
      'court',
      '申请人与被申请人于2020年离婚，此后未再共同生活，被申请人仍多次到申请人单位纠缠，申请人请求法院裁定禁止被申请人骚扰。',
      true,
      'orange',
    ],
    ['court', '申请人与被申请人同居一室，系大学室友，被申请人多次辱骂申请人，并将申请人的被褥扔出门外。', false, 'none'],
    ['police110', '报警人称保安都被吓坏了，那个男的在小区门口打了保安，还骂她。', false, 'none'],
    ['police110', '报警人称邻居被吵醒后骂了几句，报警人丈夫就出去和邻居打起来了。', false, 'none'],
    ['police110', '报警人称楼上邻居被吵醒，下来找他理论，楼上男子动手打了报警人。', false, 'none'],
    ['police110', '报警人称儿子半夜在家练鼓，楼下邻居都被吵醒了，上来踹门，把她儿子推倒在地。', false, 'none'],
    [
      'petition',
      '孔某反映，她与前男友钱某同居三年，去年底分开。上周钱某帮她洗车时，在车底发现了一个定位器，是修车行的学徒装的。',
      false,
      'none',
    ],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });

  // Read right by the round and kept.
  it.each([
    ['police110', '报警人刘女士称，她和男友两人谈了三年，去年年底掰了，男方最近每天晚上到她租住的小区楼下守着不走。', 'orange'],
    ['police110', '报警人称她跟前男友恋爱两年，早就掰了，对方现在一天给她发几十条短信。', 'orange'],
    ['court', '原、被告于2022年相识并恋爱，2024年3月掰了，此后被告多次到原告住处纠缠，原告不堪其扰。', 'orange'],
    ['police110', '报警人称两人经人介绍处了半年对象，后来就掰了，男方不甘心，今晚又跑到她家门口使劲砸门。', 'orange'],
    ['petition', '我女儿跟那个男的谈恋爱谈了一年多，最后掰了，他就把我女儿的照片发到了她们公司群里。', 'orange'],
    ['police110', '报警人称她和男友散伙后，对方天天到她公司楼下堵她，还给她打了一百多个电话。', 'orange'],
    ['police110', '报警人称其与女友散了伙以后，女友每天给他发几十条信息骂他，他很害怕。', 'orange'],
    ['police110', '报警人称她从男朋友家搬了出来以后，对方一直跟着她，今天又在她公司楼下等她。', 'orange'],
    ['police110', '报警人称前男友把她的私房照发到了她的同学群里，还说要发给她单位领导。', 'orange'],
    ['police110', '报警人称同村的王某说看上她了，托人上门提亲，她没答应，此后王某天天到她家门口转悠。', 'orange'],
    ['police110', '报警人称厂里一个男同事看中了她，她拒绝以后，那人每天下班都跟在她后面。', 'orange'],
    ['petition', '村里一个光棍说看上我了，我没答应，他就隔三岔五跑到我家门口骂，还说要让我不得好死。', 'orange'],
    ['police110', '报警人称她上个月相了个亲，见面后觉得不合适就拒绝了，对方此后每天到她单位门口等她。', 'orange'],
    ['police110', '报警人称邻居家两口子吵架，楼上楼下都被吵醒了。', 'none'],
    ['police110', '报警人称其儿子唐某在外地读大学。今天唐某放假回家的路上，有两名男子一路尾随报警人到小区门口。', 'none'],
    ['police110', '报警人称网上认识的一个男的说看中她了，她没答应，对方每天给她发几十条信息骂她。', 'orange'],
    ['police110', '报警人称她相了个亲，没看上对方，对方就天天到她上班的超市门口守着，还跟着她回家。', 'orange'],
    ['police110', '报警人称她跟男朋友散伙以后，对方把她的私房照发到了她公司群里。', 'orange'],
    ['court', '原告向被告提出分开并要求返还彩礼，被告不同意，此后多次到原告家门口辱骂原告。', 'orange'],
    ['police110', '报警人称丈夫把她的私房照发到了家族群里，两人还在一起生活。', 'yellow'],
    ['police110', '报警人称她看上我了，我没答应，她每天给我打几十个电话，还到我单位门口等我。', 'orange'],
    ['court', '被告看中了原告，多次向原告示好，原告明确拒绝，被告此后每天到原告单位门口守候，还跟踪原告回家。', 'orange'],
    ['police110', '报警人称和女朋友散伙后，女朋友把两人的亲密视频发进了他的同事群。', 'orange'],
    ['police110', '报警人称她跟前男友去年散了伙，对方最近每天晚上到她家门口踹门，楼上楼下都被吵醒了。', 'orange'],
  ] as const)('%s %s: %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([level !== 'none', level]);
  });
});

describe('round 56: acts told in words the engine did not read as acts (our own sentences)', () => {
  // Read lower or as no family dispute by `-78`: a blow taken (挨了丈夫几拳), a confinement (把我关屋里，不许我出去), the parties told
  // 原告X是被告Y的儿媳, a woman dragged into a car, two relatives as the quarrel's sides (她哥跟爸…吵), boiling water thrown 冲我兜头.
  it.each([
    ['petition', '我上个月挨了丈夫一顿拳头，又挨了他几脚，肋骨断了两根，住了半个月医院。', 'red'],
    ['police110', '报警女子称，昨晚挨了男朋友好几拳，眼睛肿得睁不开。', 'orange'],
    ['petition', '我老公怕我回娘家，把我关屋里，不许我出去，已经关了一下午了。', 'orange'],
    [
      'court',
      '原告冯某是被告卢某的儿媳，双方同住一个院子。今年五月，卢某因为鸡跑进菜园的事骂原告，随后打了原告一拳，原告眼眶青紫。',
      'orange',
    ],
    ['police110', '有群众报警称，一名男子把一个年轻女孩往车后座上拽，女孩一直在哭喊。经查男子系女孩前男友，二人上月已分手。', 'red'],
    ['police110', '报警人称她哥跟爸为了宅基地吵起来，把爸从屋里推了出去，爸摔在院子里起不来。', 'yellow'],
    ['court', '原告诉称：我和被告结婚八年，上个月为孩子上学的事吵了几句，被告拎起暖瓶里的开水冲我兜头浇下来。原告请求离婚。', 'red'],
  ] as const)('%s %s: a family or romantic dispute, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Near-misses, read alike by `-78`: a neighbour's blows, a figure of speech, a child kept in to do homework, a boss, a nanny,
  // a neighbour's son, luggage, hot water spilled by accident, a colleague.
  it.each([
    ['police110', '报警人称他挨了邻居两拳，邻居是因为停车的事动的手。'],
    ['petition', '我反映的问题一直没人管，我就像挨了一闷棍似的。'],
    ['police110', '报警人称她把孩子关在屋里写作业，孩子哭着要出去。'],
    ['police110', '报警人称公司领导不许她出去吃饭，要她加班。'],
    ['court', '原告系被告雇的保姆，负责照顾被告的母亲，去年原告在被告家摔伤。'],
    ['police110', '报警人称邻居的儿子跟他爸吵架，把家里的玻璃砸了。'],
    ['police110', '报警人称司机把行李往车上拖的时候把她的脚砸了。'],
    ['police110', '报警人称她不小心把开水洒在了丈夫手上，丈夫烫伤了，两人吵了几句。'],
    ['court', '原告冯某是被告卢某的同事，双方同在一个车间。卢某打了原告一拳，原告眼眶青紫。'],
  ] as const)('%s %s: not red or orange', (source, main) => {
    expect(['red', 'orange'].includes(told(source, main).riskLevel)).toBe(false);
  });
});

describe('round 56 review: a blow taken from a relative or a party only, 出去 ending its clause, boiling water held and thrown, a car and no help, two relatives as the two sides, kin objects of a push or a blow (helper-255’s sentences)', () => {
  // Read wrong by `-79` as first written (a foreman's or a cow's blows, a figure of speech, 不许她出去买菜, a flask that burst, a
  // drunk friend helped into a taxi, two relatives on one side, wages between cousins, 把老公叫回来打扫); read here as `-78` reads them.
  it.each([
    ['police110', '报警人称老公说要跟她离婚，她像挨了当头一棒，两人在家大吵了一架。', true, 'blue'],
    ['police110', '报警人称老公炒股亏了二十万，说自己挨了一闷棍，回家就跟她吵，嫌她乱花钱。', true, 'blue'],
    ['police110', '报警人称物业挨个敲了两下门收物业费，丈夫被吵醒后跟她吵了起来。', true, 'blue'],
    ['police110', '报警人称她老公去催要工钱时挨了包工头几拳，鼻子出血了。', false, 'none'],
    ['police110', '报警人称母亲住院输液，护士扎了好几次没扎上，母亲挨了四五下，她跟护士吵了起来。', false, 'none'],
    ['police110', '报警人称其丈夫在外面喝酒，挨了人家一闷棍，怀疑是债主干的。', false, 'none'],
    ['police110', '报警人称老人在小区摔倒，老人的儿子赶到后说是她把老人撞倒的，双方吵了起来。', true, 'blue'],
    ['police110', '报警人称丈夫喝醉倒在路边，她和儿子把丈夫拖回了家，丈夫醒后跟她吵。', true, 'blue'],
    ['police110', '报警人称她把老公叫回来打扫卫生，老公不愿意，两人吵了几句。', true, 'blue'],
    ['police110', '报警人称闺蜜喝醉了在路边哭，她和老公把她往出租车里塞，闺蜜的男友赶来说他们绑人，双方吵了起来。', true, 'blue'],
    ['police110', '报警人称老婆羊水破了，他赶紧把老婆往车上拉，路上跟岳母吵了几句。', true, 'blue'],
    ['police110', '报警人称丈夫在停车场跟她吵，把她往车门上推，她后背撞青了。', true, 'orange'],
    ['police110', '报警人称她新冠阳性在家，丈夫怕传染孩子，不许她出去买菜，两人吵了起来。', true, 'blue'],
    ['police110', '报警人称台风天丈夫不许她出去，她非要去店里看看，两人吵了几句。', true, 'blue'],
    ['police110', '报警人称妻子嫌他晚上不着家，不准他出去打牌，两人发生争吵。', false, 'none'],
    ['police110', '报警人称暖瓶胆突然炸了，开水冲她身上浇下来，老公怪她做事毛躁，两人吵了起来。', true, 'blue'],
    ['police110', '报警人称家里热水器坏了，洗澡时滚烫的水冲她身上浇下来，她怪丈夫一直没修，两人大吵。', true, 'blue'],
    ['police110', '报警人称家里的猫把暖壶碰倒了，开水冲她身上浇了下来，丈夫说她不看好猫，吵了起来。', true, 'blue'],
    ['police110', '报警人称她哥跟她表弟为了工地上的工钱打起来了。', false, 'none'],
    ['police110', '报警人称我爸和我哥跟邻居为了宅基地吵起来了，邻居拿铁锹拍了我爸。', false, 'none'],
    ['police110', '报警人称她妈和她姨去村委会吵，说征地补偿少了。', false, 'none'],
    ['police110', '报警人称她姐和她姐夫跟对方司机吵起来了，对方打了她姐夫一拳。', false, 'none'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });

  // Read right by the round and kept.
  it.each([
    ['police110', '报警人刘某称其昨晚和丈夫因孩子上学的事争吵，挨了丈夫好几拳，现在胳膊还疼。', true, 'yellow'],
    ['court', '原告诉称，2024年5月因家庭琐事，原告挨了被告数拳，后至派出所报警。', false, 'none'],
    ['police110', '报警人称儿子回家要钱，她不给，挨了儿子一巴掌。', true, 'yellow'],
    ['petition', '我婆婆每次来都挑我的刺，前天我顶了一句嘴，挨了我公公一棍子。', true, 'yellow'],
    ['police110', '报警人称她弟弟挨了他媳妇几脚，弟媳闹着要离婚。', true, 'orange'],
    ['petition', '我老伴脾气暴，昨天为了买菜的钱我又挨了他好几下，儿女都不管。', true, 'yellow'],
    ['police110', '报警人称儿媳妇和婆婆吵架，婆婆挨了儿媳好几下，额头起了个包。', true, 'orange'],
    ['police110', '报警人称她挨了舅舅两下，因为外婆的房子分配问题吵起来了。', true, 'yellow'],
    ['police110', '报警人称老公把她关房里两个多小时，刚才趁他睡着才跑出来报警。', true, 'orange'],
    ['police110', '报警人称丈夫不许她出去，把家门锁了，她已经一整天没出门。', true, 'orange'],
    ['police110', '报警人称婆婆和丈夫把她锁进房间里，不让她回娘家。', true, 'orange'],
    ['police110', '报警人称前男友把她关进卫生间里，拿走了她的手机。', true, 'orange'],
    ['police110', '报警人称丈夫不准她出去，说出去就打断她的腿。', true, 'orange'],
    ['police110', '报警人称丈夫把她锁家里了，她从窗户喊邻居帮忙报警。', true, 'orange'],
    ['police110', '报警人称丈夫因琐事与其争吵，端起一壶开水冲她身上泼过来，她手臂烫伤。', true, 'red'],
    ['police110', '报警人称婆婆拿着刚烧开的水冲我兜头浇下来，头皮烫起了泡。', true, 'red'],
    ['petition', '我男人喝了酒就发疯，上回端起热油锅冲我劈头倒过来，我脖子上留了疤。', true, 'red'],
    ['court', '原告诉称，被告将滚烫的开水冲原告泼去，致原告面部烫伤。', false, 'none'],
    ['police110', '报警人称婆婆烧了一壶开水冲我泼过来，好在我躲开了。', true, 'red'],
    ['police110', '报警人称前夫拎着热油冲她当头泼下来，她脸上起了水泡。', true, 'red'],
    ['police110', '报警人称前夫开车堵在她单位门口，把她往后座上拖，被保安拦下。', true, 'red'],
    ['police110', '报警人称丈夫要带她回老家，把她硬往车里塞，她不肯。', true, 'red'],
    ['police110', '报警人称男友在饭店门口把她往车上拉，她不愿意跟他走，被饭店保安拦下。', true, 'red'],
    ['police110', '报警人称她不愿意回婆家，丈夫和公公把她往车上架，她咬了丈夫一口才挣脱。', true, 'red'],
    ['petition', '我姐跟我妈因为老房子拆迁款吵了好几年，上个月还动了手。', true, 'blue'],
    ['police110', '报警人称她叔跟她奶奶为宅基地吵起来，她叔动手打了奶奶。', true, 'yellow'],
    ['court', '原告陈某是被告李某的女婿，2024年被告将原告推倒在地，原告头部受伤。', true, 'orange'],
    ['court', '原告邱某是被告戴某的女婿，被告将原告的车砸坏。', true, 'yellow'],
    ['police110', '报警人称丈夫把老婆摔在地上，老婆的胳膊擦破了皮。', true, 'orange'],
    ['police110', '报警人称丈夫和她吵架，抄起桌上的开水壶冲她泼了过来，她脖子烫起了泡。', true, 'red'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });
});

describe('round 57: an implement or a fist brought down on the body, a suicide threat from a height or on going to court, forced sex told plainly (our own sentences)', () => {
  // Read lower by `-80`: 拿衣架抽 (抽 guarded against 抽烟) and 青印子, 抡起拳头照脑袋砸 (read as property damage), 站到楼顶的女儿墙上 and
  // "你前脚进法院，我后脚就从这儿跳" (a court, the clause before, a quote), 被他强行睡了.
  it.each([
    ['court', '原告诉称：被告是原告的弟弟，双方因宅基地争执，被告抡起拳头照原告脑袋砸了好几下，原告头上起了个大包。', 'orange'],
    ['police110', '报警女子称分居的丈夫半夜闯进来，把她按在床上强行睡了，她的手腕被掐得青紫。', 'red'],
    [
      'court',
      '原告是九岁的刘某，由母亲代为起诉，被告是原告父亲。原告每次去被告家过周末，回来腿上都是青印子，孩子说爸爸拿衣架抽他。请求变更抚养关系。',
      'orange',
    ],
    [
      'court',
      '原告起诉离婚。被告知道后站到自家楼顶的女儿墙上，给原告打电话喊"你前脚进法院，我后脚就从这儿跳"，原告不敢再去法院。',
      'orange',
    ],
    ['police110', '报警人称分居中的老公晚上翻窗进屋，硬把她压在床上，最后还是被他强行睡了。', 'red'],
    ['court', '原告起诉离婚。被告给原告打电话喊"你前脚进法院，我后脚就从这儿跳"，原告不敢再去法院。', 'orange'],
  ] as const)('%s %s: a family dispute, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Near-misses, read alike by `-80`: a broom for sweeping, a hanger for washing, a fist on a table, a worker on a parapet, 强行要她
  // 陪他喝酒, a punchbag, a colleague.
  it.each([
    ['police110', '报警人称丈夫拿扫把扫地时跟她吵了几句。'],
    ['police110', '报警人称她拿衣架晾衣服时和婆婆拌了几句嘴。'],
    ['police110', '报警人称丈夫抡起拳头砸了桌子，两人吵了一架。'],
    ['police110', '报警人称工人站在楼顶的女儿墙边上干活，没系安全绳，邻居看到后报警。'],
    ['police110', '报警人称老公晚上强行要她陪他去喝酒，她不去，两人吵了起来。'],
    ['police110', '报警人称儿子在拳击馆打了几拳沙袋就喊累，跟他爸吵了起来。'],
    ['court', '原告茅某系被告程某的同事，两人在车间发生口角，被告打了原告几拳。'],
  ] as const)('%s %s: not red or orange', (source, main) => {
    expect(['red', 'orange'].includes(told(source, main).riskLevel)).toBe(false);
  });
});

describe('round 57 review: an implement or a fist on a person or the body, a count of blows dealt to a person, a jump or a death told of the teller or a party, a parapet and no work, forced sex and not a room, a card or a third person (helper-256’s sentences)', () => {
  // Read wrong by `-81` as first written (a broom on cobwebs, 皮带打孔, a fist on a punchbag or raised and stopped, 对着镜子打了几拳,
  // a child's 跳了起来 across the comma, 死了这条心, 坐在天台边上抽烟, 强行要了她的手机号, 强行让孩子睡了); read here as `-80` reads them.
  it.each([
    ['police110', '报警人称丈夫拿扫把打屋顶上的蜘蛛网，她嫌灰大，两人吵了起来。', true, 'blue'],
    ['police110', '报警人称与妻子吵架，起因是妻子拿拖鞋打蟑螂时把他的茶杯碰到了地上。', true, 'blue'],
    ['police110', '报警人称老公拿皮带打孔时弄花了她的新桌子，两人因此争吵。', false, 'none'],
    ['police110', '报警人称丈夫拿了一条新皮带打算退货，她不同意，两人吵了一架。', true, 'blue'],
    ['police110', '报警人称丈夫拿扫把揍了闯进院子的小偷，她怕惹事，两人吵了起来。', true, 'blue'],
    ['police110', '报警人称妻子怀孕七个月，丈夫举起拳头要打她，被婆婆拦住了，没打着。', true, 'yellow'],
    ['police110', '报警人称丈夫攥紧拳头忍了半天最终没打她，摔门走了。', true, 'blue'],
    ['police110', '报警人称妻子说要离婚，丈夫攥紧拳头给自己打气，说一定要把她追回来。', true, 'blue'],
    ['police110', '报警人称丈夫攥紧拳头打算冲过去，被民警拦下，双方未发生肢体接触。', false, 'none'],
    ['police110', '报警人称丈夫每晚在客厅抡起拳头砸沙袋，吵得孩子睡不着，两人为此争吵。', true, 'blue'],
    ['police110', '报警人称与丈夫在车里争吵，丈夫抡起拳头砸在方向盘上，喇叭响个不停。', true, 'blue'],
    ['police110', '报警人称儿子在拳击课上举起拳头打教练，教练打电话告诉了她。', false, 'none'],
    ['police110', '报警人称两人吵架后丈夫跑到阳台对着沙包打了几拳发泄，她嫌吵报警。', true, 'blue'],
    ['police110', '报警人称丈夫对着镜子打了几拳，镜子碎了，她很害怕。', true, 'blue'],
    ['police110', '报警人称与丈夫看拳击比赛时争吵，丈夫说那个选手打了几拳就倒了是假赛，两人越吵越凶。', true, 'blue'],
    ['police110', '报警人称丈夫在饭店跟朋友划拳打了几拳输了，回家跟她吵。', true, 'blue'],
    ['police110', '报警人称与丈夫吵架，她说要出门，孩子就跳了起来抱住她的腿。', true, 'blue'],
    ['police110', '报警人称她一走，家里的狗就跳了出来追她，丈夫骂她没关门。', true, 'blue'],
    ['police110', '女子报警称与男友分手，她说：“你要是走，我就死了这条心。”男友却一直骂她。', true, 'blue'],
    ['police110', '报警人称丈夫要是再起诉，她就死了心，同意离婚，两人在家吵。', true, 'blue'],
    ['police110', '报警人称儿子说：“你要是出门，我就跳”，说完在床上跳个不停，丈夫怪她惯孩子。', true, 'blue'],
    ['police110', '报警人称下大雪后丈夫爬上房顶边上扫雪，她让他下来他不听，两人吵了起来。', true, 'blue'],
    ['police110', '报警人称丈夫每晚坐在天台边上抽烟喝酒，两人为此争吵。', true, 'blue'],
    ['police110', '报警人称前夫强行要了她的手机号，天天打电话。', true, 'orange'],
    ['police110', '报警人称丈夫强行要了她五千块钱去打牌，两人吵了起来。', true, 'blue'],
    ['police110', '报警人称前夫强行在她家睡了一晚，赶都赶不走。', false, 'none'],
    ['police110', '报警人称丈夫强行在客厅睡了，不肯回卧室，两人吵了一架。', true, 'blue'],
    ['police110', '报警人称丈夫喝醉后强行睡我床上，我只能睡沙发。', true, 'blue'],
    ['police110', '报警人称婆婆强行睡了她的房间，说房子是她儿子的，两人争吵。', true, 'blue'],
    ['police110', '报警人称婆婆强行让孩子睡了，说她哄不好孩子，两人争吵。', true, 'blue'],
    ['police110', '报警人称婆婆强行让我们同房，说想抱孙子，两人吵了起来。', true, 'blue'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });

  // Read right by the round and kept.
  it.each([
    ['police110', '报警人称其成年儿子拿尺子敲她的头，嫌她唠叨。', true, 'yellow'],
    ['police110', '报警人称丈夫操起扫帚砸在她背上，随后摔门离开。', true, 'yellow'],
    ['police110', '报警人称小区保洁员拿扫帚打了她家孩子，孩子吓得直哭。', false, 'none'],
    ['court', '原告诉称被告因琐事抡起拳头捶打原告胸口，原告要求离婚。', true, 'orange'],
    ['petition', '我老公一喝酒就攥起拳头往我身上擂，我想离婚。', true, 'orange'],
    ['police110', '报警人称丈夫掐她胳膊，胳膊上有青印子。', true, 'orange'],
    ['police110', '报警人称老公推了她一把，腿撞到茶几上，现在还有个青印。', true, 'orange'],
    ['police110', '报警人称丈夫在电话里说：“你前脚进法院，我后脚就从这儿跳。”现丈夫在小区楼顶。', true, 'orange'],
    ['police110', '女子报警称丈夫爬上楼顶的女儿墙，哭着说她要是离婚他就不活了。', true, 'orange'],
    ['police110', '报警人称丈夫站到自家楼顶的栏杆上，说她敢去法院就跳。', true, 'orange'],
    ['police110', '报警人称她一去法院，他就跳了河，被路人救起。', false, 'none'],
    ['police110', '报警人称前夫闯进她家，强行睡了她，现已离开。', true, 'red'],
    ['police110', '女子报警称丈夫酒后不顾她反对强行同房。', true, 'red'],
    ['court', '申请人称被申请人多次强行要了她，申请人不同意也不行。', false, 'none'],
    ['petition', '我被他强行睡了，他是我前男友，我该怎么办。', true, 'red'],
    ['police110', '报警人称男友昨晚强行睡她，她不同意也没用。', true, 'red'],
    ['police110', '报警人称丈夫喝醉后坐在楼顶的女儿墙上，说她不回来他就不下来。', true, 'orange'],
    ['court', '原告诉称，被告称原告要是起诉，被告就喝农药。', false, 'none'],
    ['police110', '报警人称女儿说要是父母分开，她就死了算了，夫妻俩吵了一晚上。', true, 'orange'],
    ['police110', '报警人称丈夫半夜强行睡了她，她说不愿意也没用。', true, 'red'],
    ['police110', '报警人称前夫上门后强行睡我，我拼命反抗。', true, 'red'],
    ['police110', '报警人称她要起诉离婚，丈夫说：“你前脚去法院，我后脚就从这儿跳。”', true, 'orange'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });
});

describe('round 58: an old parent harmed by a grown son, told by a village, a police station or a neighbour (our own sentences)', () => {
  // Read as no family dispute by `-82`: a sender's header read as a claim against an authority, a villager owning the son
  // read as an outsider acting, the first 其母亲 weighed against 宅基地 instead of the 母亲 the blow lands on, a neighbour
  // household's own son taken for someone else's, 老人 acted on a sentence after the parent is named.
  it.each([
    [
      'petition',
      '来信单位：北坡村村委会。本村龚大爷，七十八岁，跟大儿子龚某一起住。龚某游手好闲，要不到钱就对老人动手，老人手上有伤。',
      true,
      'yellow',
    ],
    ['petition', '辖区居民贾某因其母亲不同意把宅基地过户给他，与母亲争吵，随手抄起扁担朝母亲打去，打在母亲头上。', true, 'yellow'],
    ['petition', '居民孔某与母亲同住。孔某酗酒，喝多了就打老人，邻居多次看见老人额头带伤。', true, 'orange'],
    ['police110', '报警人称邻居家老太太被她儿子关在柴房里，不让出门。', true, 'orange'],
    ['police110', '报警人称隔壁家老汉被他儿子打了，脸上都是血。', true, 'orange'],
    ['police110', '报警人称楼下王家老太太被她儿子推倒在楼道里，起不来了。', true, 'yellow'],
    ['police110', '报警人称邻居家儿子被他爸打了，她听见孩子一直哭。', true, 'orange'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });

  it('儿子经常打骂老父亲 in the subject: the son acting on his father, though the letter first tells the villager’s son 不务正业', () => {
    const r = letter('村民代表反映：村民钱某的儿子钱某某三十多了不务正业，隔三岔五回家跟老父亲要钱，不给就上手。', '儿子经常打骂老父亲');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'orange']);
  });

  // Near misses, read alike by `-82`: the act is an outsider's, on the teller, or the header names no letter's sender.
  it.each([
    ['police110', '报警人称邻居家儿子把我打了。'],
    ['petition', '来信单位：城东街道办。反映小区物业乱收费，物业经理还动手推了业主。'],
    ['police110', '报警人称邻居家老汉被小偷打了，头上流血。'],
    ['petition', '居民吴某因其母亲住院，在医院跟护士吵起来，抡起木棍打护士。'],
    ['police110', '报警人称丈夫朝母亲笑了笑，转身打了路人一拳。'],
    ['petition', '县公安局转来材料：某公司拖欠工人工资，工人到公司讨薪时被保安推倒。'],
    ['petition', '镇派出所转来材料：居民周某与其父亲一起去菜市场，被摊主推倒。'],
    ['petition', '居民孔某与母亲同住。孔某在工地跟工友吵架，打了工友一拳。'],
    ['petition', '我母亲住在养老院。护工嫌她事多，动手打老人，老人胳膊上有淤青。'],
    ['petition', '我父亲七十多了。上周邻居为了排水的事跟老人吵，推了老人一把。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  it('邻居经常打骂老父亲 in the subject: the neighbour acts, no family dispute', () => {
    expect(letter('村民代表反映：村民钱某的儿子钱某某游手好闲，常在村口跟人打架。', '邻居经常打骂老父亲').familyRomantic).toBe(false);
  });
});

describe('round 58 review: the act aimed at a relative done by no outsider, 被 + pronoun + relative only for a blow told right after it and not denied, no subject line over its letter, a name of no known tie (helper-261’s sentences)', () => {
  // Read as family disputes by `-83` as first written (an outsider's blow aimed at a mother, a denied blow, the creditor's son,
  // 打疫苗, a subject line over its letter, 村里的王某…打老人); read here as `-82` reads them.
  it.each([
    ['police110', '报警人称，邻居老汉没有被他儿子打，是自己在院子里摔倒的，儿子一直在照顾。'],
    ['police110', '报警人称，债主刘某带着儿子上门找王某讨债，王某的母亲被他儿子推倒在地。'],
    ['police110', '报警人称，摊主因为价格问题冲着母亲砸了一个西瓜，母亲腿部被砸伤。'],
    ['police110', '报警人称，邻居因停车问题推倒了母亲，母亲手腕骨折。'],
    ['police110', '报警人称，其母亲与邻居因琐事吵架，邻居拿起扫把朝母亲打去。'],
    ['police110', '报警人称，其父母在棋牌室打麻将时与牌友发生争吵，牌友掀了桌子还推倒了母亲。'],
    ['police110', '报警人称，其父亲昨天回了老家。村里的王某因为地界纠纷打老人，老人被打伤。'],
    ['police110', '报警人称，邻居家老太太被她儿子带去打疫苗了，她家的鸡跑到报警人院子里啄坏了菜。'],
    ['police110', '报警人称，其父亲在家门口乘凉。对面楼的王某拿着扫把打老人，说老人占了他的车位。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
  it.each([
    ['来信人反映，村民袁某的儿子袁某某不务正业，在集市上打骂卖菜的老母亲，老人是外村人。', '邻居儿子打骂老母亲'],
    ['来信人反映，村民邱某的儿子邱某某不务正业，到来信人家偷东西，被发现后推倒了来信人的父亲。', '儿子推倒了父亲'],
  ] as const)('petition %s (subject %s): no family dispute', (main, subject) => {
    expect(letter(main, subject).familyRomantic).toBe(false);
  });

  // Read right by the round and kept.
  it.each([
    ['police110', '报警人称，邻居家老汉被他儿子打了，头上流了很多血，现在躺在院子里。', true, 'orange'],
    ['police110', '报警人称，邻居老太太被她女婿推了一把，摔在门口，没看到受伤。', true, 'yellow'],
    ['petition', '来信人反映，村民张某和老伴一起生活，张某经常酒后打骂老伴，老伴多次跑到邻居家躲避。', true, 'orange'],
    ['police110', '报警人称，居民赵某与女儿同住，赵某经常打女儿，孩子身上有伤。', true, 'orange'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });
});

describe('round 59: land, a yard or an old house contested between relatives, not a neighbours’ dispute (our own sentences)', () => {
  // Read 邻里 by `-84`: a word of land (宅基地, 院墙, 地界) counted against a relative who is not a syntactic party of the act.
  it.each([
    ['petition', '我和二嫂两家共用一道院墙，为院墙往哪边挪吵了一年多，请村里给划清楚。', true, 'blue'],
    ['police110', '报警人称跟亲弟弟在老家为宅基地的事吵起来，弟弟推了她一把。', true, 'yellow'],
    [
      'court',
      '原告龙某甲与被告龙某乙系亲兄弟。父亲生前将宅基地分给二人各一半，被告在原告一侧砌墙占地，双方多次争吵。原告请求判令被告拆除围墙。',
      true,
      'blue',
    ],
    // 扬言 a suit is no threat of harm.
    ['police110', '报警人称哥哥扬言要去法院起诉她，两人为房子的事吵了起来。', true, 'blue'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });

  // Near misses, read alike by `-84`: a neighbour, another household or another village's man is the other side; a threat to kill.
  it.each([
    ['police110', '报警人称和邻居为宅基地吵架，邻居推了她一把，她丈夫在旁边拉架。', false, 'none'],
    ['police110', '两家人为地界上的一棵枣树吵架，对方家儿子把报警人的父亲推倒了。', false, 'none'],
    ['petition', '我哥和邻组的王老五为宅基地旧账吵起来，王老五拿砖头砸了我哥的头。', false, 'none'],
    ['police110', '报警人称丈夫扬言要打死她，还把菜刀拿出来了。', true, 'red'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });
});

describe('round 59 review: no land between relatives where a stranger, a villager, a body or a sworn tie is the other side (helper-266’s sentences)', () => {
  // Read as family disputes by `-85` as first written; read here as `-84` reads them.
  it.each([
    ['police110', '报警人称她跟婆婆在家，一名男子因排水问题上门闹事踹门。'],
    ['court', '原告刘某与被告陈某系同村村民，原告与其兄弟共同继承的宅基地被被告占用。'],
    ['court', '原告甲与原告乙系亲兄弟，二原告诉称被告某村村民委员会未经同意在其宅基地上修建道路。'],
    ['court', '原告诉称，原告与被告系干姐妹，双方合资购买的房屋院墙倒塌后，被告拒绝分担修缮费用。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Read right by the round and kept.
  it.each([
    ['police110', '报警人称姐弟二人因父亲留下的老房子宅基地分配不均争执，弟弟扇了她两耳光，脸部红肿。', true, 'orange'],
    ['police110', '报警人称亲兄弟俩因翻盖房子占了他家地界吵架，弟弟拿着菜刀在门口骂，说要砍死他。', true, 'red'],
    ['police110', '报警人称姑嫂俩为老宅的院墙谁出钱修吵起来，小姑子推了嫂子一把。', true, 'yellow'],
    ['court', '原告诉称，原告与被告系妯娌，两家房屋相邻，被告家排水管直接对着原告家院墙，导致墙体开裂。', true, 'blue'],
    ['court', '原告刘某诉称，被告刘某某系其胞弟，被告建房超出地界，遮挡原告采光，要求恢复原状。', true, 'blue'],
    ['police110', '报警人称男友扬言要去派出所告她骗钱，双方在电话里吵了一架。', true, 'blue'],
    ['police110', '报警人称儿子扬言要去法院告她，要求把老房子过户给他，母子俩在家中争吵。', true, 'blue'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });
});

describe('round 60: grown or adopted children who will not support an old parent, told in everyday words (our own sentences)', () => {
  // Read as no dispute by `-86`: no conflict word and no matter of family law the rules knew (赡养) is named.
  it.each([
    ['petition', '我和老伴都七十多了，两个儿子成家后谁都不管我们，看病的钱都拿不出来。'],
    ['petition', '母亲住院花了五万多，我们姐弟三个，二姐不肯出钱，弟弟说他在外地管不了。'],
    ['petition', '父亲瘫痪在床，兄弟姐妹四人只有我一人照顾，其他人都不管，请求村里调解。'],
    ['petition', '我和老伴当年收养的儿子成家后就不来往了，逢年过节电话也不打。'],
    ['petition', '三个儿子都说自己困难，一分钱不出，老人看病全靠借。'],
  ] as const)('%s %s: family, blue', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'blue']);
  });

  // Near misses, read alike by `-86`: the school, the departments or a driver that does not care; animals taken in; children
  // who visit.
  it.each([
    ['petition', '我儿子在学校被同学打了，学校不管。'],
    ['petition', '各部门互相推诿，谁都不管我们。'],
    ['petition', '我女儿在公交车上被陌生人骚扰，司机不管。'],
    ['petition', '我们小区收养了几只流浪狗，物业不让喂。'],
    ['petition', '儿子工作忙，周末才回来看我们，平时都是邻居帮忙照看。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 60 review: children the subject of the refusal, an old parent named, no institution’s adoption (helper-267’s sentences)', () => {
  // Read as family disputes by `-87` as first written (an outsider's 不管, an honorific 大姐, pupils, agencies' 推诿, 不管 of
  // "regardless" or of chores, friends who will not pay, a home's adoption, a hedgehog, an employer's 生活费); read here as
  // `-86` reads them.
  it.each([
    ['police110', '报警人称其儿子被人打伤，对方家长不管，拒绝赔偿。'],
    ['police110', '报警人称一位卖菜的大姐在路边摔倒了，路人都不管。'],
    ['police110', '报警人称幼儿园的孩子们食物中毒，园方不闻不问。'],
    ['court', '原告诉称，原告儿子的交通事故赔偿，被告甲和被告乙互相推诿。'],
    ['court', '原告诉称，原告儿子不管被告如何推脱，多次上门催要货款。'],
    ['police110', '报警人称他女儿在饭店请客，朋友都不肯出钱，女儿跟朋友吵了起来。'],
    ['petition', '来信人反映，本地福利院收养了二十多名孤儿，但经费长期不足，请求政府加大投入。'],
    ['police110', '报警人称他家收养的两只刺猬被人偷走了。'],
    ['petition', '来信人反映，我在外地打工，公司不给生活费，拖欠工资半年。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Read right by the round and kept.
  it.each([
    ['police110', '报警人称自己八十多岁了，儿子女儿都不管，住在漏雨的老房子里，要求派出所出面。', true, 'blue'],
    ['police110', '报警人称母亲住院需要交押金，大哥二哥都不肯出钱，双方在医院走廊争吵。', true, 'blue'],
    ['police110', '报警人称老母亲生病，兄弟几个互相推诿不肯送医，老人在家疼了一夜。', true, 'blue'],
    ['police110', '报警人称其邻居收养了一个女孩，经常打骂，孩子身上有伤。', true, 'orange'],
    ['court', '原告诉称，原告现年八十二岁，丧偶独居，五个子女互相推诿，均不愿意出钱为原告支付护理费用。', true, 'blue'],
    ['court', '原告诉称，原告二十年前收养了被告，现被告以非亲生为由拒绝照顾原告。', true, 'blue'],
    ['petition', '来信人反映，其父亲的养老费由兄弟三人分摊，二哥已经两年拒不支付养老费。', true, 'blue'],
    ['petition', '来信人反映，其外公有五个子女，子女们都不愿意管外公，外公现在一个人住在村头的破房子里。', true, 'blue'],
  ] as const)('%s %s: family %s, %s', (source, main, family, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([family, level]);
  });
});

describe('round 61: a marriage annulled between its spouses (our own sentences; the review’s read as -88 reads them)', () => {
  // The first two read as no dispute by `-88` (撤销…婚姻 between the parties was no matter of family law); the third, read
  // family by `-88` through its 表兄妹, stays so.
  it.each([
    ['court', '原告：鲁某，女。被告：包某，男。诉讼请求：撤销原、被告之间的婚姻。理由：被告婚前隐瞒重病。'],
    ['court', '原告请求依法撤销双方2023年登记的婚姻，被告婚前隐瞒了欠下巨额赌债的事实。'],
    ['court', '原告请求确认原、被告之间的婚姻无效，被告与原告系表兄妹，婚前隐瞒。'],
  ] as const)('%s %s: family, blue', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'blue']);
  });

  // Near misses, read alike by `-88`: a decision or a contract annulled; a year that is no marriage's. Then the review's
  // (helper-268) sentences that the round's first form read as family: 撤销 of an agency, a room, a decision over marital
  // status or a record near 婚姻; 无效婚姻 as a topic or a question; someone else's marriage; a 俺 marriage year beside
  // another dispute (the first form let 俺 tell a marriage's year; taken back).
  it.each([
    ['court', '原告请求撤销被告公司作出的处罚决定。'],
    ['court', '原告请求撤销双方签订的房屋买卖合同，被告未按期付款。'],
    ['petition', '我们村2009年修的路，现在坏了没人管。'],
    ['petition', '俺是2009年来的这个厂，厂里拖欠工资。'],
    ['petition', '来信人反映：我去年投诉一家婚姻中介骗钱，对方退了钱，我就撤销了对婚姻中介的投诉，结果他们又去骗别人。'],
    ['petition', '来信人反映：区妇联撤销了我们街道的婚姻家庭调解室，群众有矛盾都没地方调解了。'],
    ['court', '诉讼请求：撤销被告某公司作出的以原告隐瞒婚姻状况为由解除劳动合同的决定。'],
    ['police110', '报警人称在网上看到有人发帖称可以花钱撤销婚姻记录，怀疑是诈骗，要求核实。'],
    ['petition', '来信人反映：某村干部违规为未满法定婚龄的村民开具证明，造成多起无效婚姻，要求追究其责任。'],
    ['petition', '来信人咨询：婚姻无效有哪些法定情形？可撤销婚姻的请求期限是多久？'],
    ['petition', '来信人反映：我们村张某与李某的婚姻是父母包办的，请求政府撤销他们的婚姻。'],
    ['petition', '俺2008年结的婚，婚后户口一直落不下来，派出所非要男方村委会开证明。'],
    ['petition', '俺2005年结的婚，俺男人前年在工地上摔死了，包工头到现在也不给赔偿。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 62: a teller introduced as 女子 or 男子 is not the agent of the act she reports (our own sentences)', () => {
  // Read as no dispute by `-90`: a clause opening with 把 took its agent from the clause before, whose first word, the
  // teller (女子称, 男子说), was read as a stranger acting on her.
  it.each([
    ['police110', '女子称老公喝多了，把她打了。', 'orange'],
    ['police110', '女子称丈夫喝多了，把她推倒了。', 'orange'],
    ['police110', '男子来电称老婆发脾气，把他的手机摔了。', 'yellow'],
    ['police110', '女子反映丈夫赌输了钱，把家里电视砸了。', 'yellow'],
    ['police110', '女子称儿子要钱不给，把她推倒了。', 'yellow'],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Near misses, read alike by `-90`: the one told after the word of saying is an outsider, or an outsider's (老公的朋友:
  // the person is the word after 的), or the act lands on an outsider.
  it.each([
    ['police110', '女子称老公的朋友喝多了，把她打了。'],
    ['police110', '女子称老公的债主上门，把她推倒了。'],
    ['police110', '男子称房东来收房租，把他推倒了。'],
    ['police110', '女子称邻居喝多了，把她打了。'],
    ['police110', '女子说保安拦着不让进，把她推倒了。'],
    ['police110', '女子称老公喝多了，把邻居打了。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 62 review (helper-273, 234 sentences: 77 changed, 50 right, 21 wrong, 6 debatable)', () => {
  // Wrong in the first form, back as `-90` reads them: the subject after the word of saying is someone else's relative or
  // a modifier of someone (她哥哥的同学, 老公公司的老板, 被告的儿子, 闺蜜的男朋友), the relative is an object, a beneficiary or
  // a companion (替老公去讨工钱, 几个陌生人围住她老公), or a second word of saying brings in an outsider (老公说其朋友…).
  it.each([
    ['police110', '女子称她哥哥的同学喝多了，把她打了。'],
    ['police110', '女子称老公公司的老板，把她的车砸了。'],
    ['police110', '女子称老公单位的领导喝多了，把她推倒了。'],
    ['police110', '女子称儿子学校的老师，把儿子打了。'],
    ['police110', '女子称闺蜜的男朋友喝多了，把她打了。'],
    ['police110', '男子称对方的老婆，把他的车砸了。'],
    ['police110', '女子称几个陌生人围住她老公，把他打伤了。'],
    ['police110', '女子称老公说其朋友喝多了，把她打了。'],
    ['police110', '男子说老婆称其同事喝多了，把她打了。'],
    ['police110', '女子称替老公去讨工钱，把她打了。'],
    ['police110', '女子称帮儿子去要账，把她打伤了。'],
    ['police110', '女子称带儿子在公园玩时，把她推倒了。'],
    ['police110', '女子称和老公去吃饭时遇到一醉汉，把她打了。'],
    ['police110', '女子称听说老公在外面欠了钱，把她家门砸了。'],
    ['police110', '女子称邻居说有个醉汉，把她女儿打了。'],
    ['police110', '男子称保安队长的儿子，把他打了。'],
    ['police110', '女子称村长的老婆，把她骂了一顿。'],
    ['court', '原告诉称被告的儿子驾车，把原告撞伤。'],
    ['court', '原告诉称被告的妻子在店内，把原告推倒。'],
    ['court', '原告诉称被告的母亲在庭院中，把原告推倒致骨折。'],
    ['court', '原告诉称被告的女婿，把原告家的树砍了。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Right in the first form and kept: the teller's relative told after her word of saying, after a time or a place, owned
  // (其, 她的, 自己的, 原告的) or a relative's relative (老公的妈妈).
  it.each([
    ['police110', '女子称丈夫酒后回家，把她打伤了，头部流血。'],
    ['police110', '女子说老公赌博输了钱，把她打了一顿。'],
    ['police110', '女子介绍男朋友平时脾气暴躁，把她打过多次。'],
    ['police110', '女子称老公拿菜刀，把她砍伤了。'],
    ['police110', '男子称儿子吸毒后，把他打进了医院。'],
    ['police110', '女子称丈夫喝多后，把她的衣服扔出门外。'],
    ['police110', '女子称她的丈夫喝多了，把她打了。'],
    ['police110', '女子称自己的老公喝醉了，把她打了。'],
    ['police110', '女子称老公的妈妈嫌她不干活，把她赶出家门。'],
    ['police110', '女子称老公的弟弟来家里借钱不成，把她推倒了。'],
    ['police110', '女子报警称老公喝多了，把她打了。'],
    ['police110', '女子向民警称丈夫酒后，把她打了。'],
    ['police110', '女子对民警说老公喝多了，把她打了。'],
    ['police110', '女子称女儿嫌她唠叨，把她推倒在地。'],
    ['police110', '男子称继父喝多了，把他打了。'],
    ['police110', '女子称同居男友喝多了，把她打伤了。'],
    ['police110', '女子称昨晚老公喝多了，把她打了。'],
    ['police110', '女子称今天下午在家中丈夫喝多了，把她打了。'],
    ['court', '原告诉称丈夫婚后经常酗酒，把原告打得遍体鳞伤。'],
    ['court', '原告诉称原告的丈夫因琐事，把原告打伤。'],
    ['court', '原告诉称婆婆经常辱骂原告，把原告赶出家门。'],
    ['court', '被害人陈述称丈夫酒后，把她打伤。'],
    ['police110', '老太太称儿子喝多了，把她打伤了。'],
  ] as const)('%s %s: family', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(true);
  });
});

describe('round 63: a quarrel or a lock-out told in split words (our own sentences)', () => {
  // Read as no dispute by `-91`: 拌嘴 split by what was said, 换锁 told the other way round, the one whose absence 趁 takes
  // read as the agent, a party described through her late husband (系原告已故丈夫的父亲).
  it.each([
    ['police110', '报警人称下班回家发现门锁被老公换了，钥匙打不开。', 'yellow'],
    ['police110', '报警人称回家发现门锁换了，是老公换的。', 'yellow'],
    ['police110', '报警人称儿子把家里的锁换了，她进不了家。', 'yellow'],
    ['police110', '报警人称前天和老公拌了几句嘴，老公就出门了，三天没回家，电话也关机。', 'blue'],
    ['police110', '报警人称老伴跟他拌了两句，拎着包出去了，到现在还没回来。', 'blue'],
    ['court', '婆婆嫌原告不做饭，趁原告回娘家把门锁换了。', 'yellow'],
    ['court', '婆婆嫌原告不做饭，趁原告不在把原告打了。', 'yellow'],
    ['court', '原告：卞某，女。被告：陶某，男，系原告已故丈夫的父亲。被告趁原告回娘家时把门锁换了。', 'yellow'],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Near misses, read alike by `-91`: a landlord, a locksmith or a neighbour changes the lock; a quarrel with a colleague;
  // an outsider acting after 趁.
  it.each([
    ['police110', '报警人称房东把门锁换了，不让她进去拿东西。'],
    ['police110', '报警人称出门忘带钥匙，请开锁师傅把门锁换了。'],
    ['police110', '报警人称和同事拌了几句嘴，同事把她推倒了。'],
    ['court', '邻居趁原告不在把原告家的门锁换了。'],
    ['court', '原告的丈夫出差，邻居王某趁原告回娘家把原告打了。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 63 review (helper-277, 231 sentences: 68 changed, 51 right, 13 wrong, 4 debatable)', () => {
  // Wrong in the first form, back as `-92` reads them or now read right: a lock changed by a relative's creditor,
  // friend, boss or landlord (丈夫的债主, 婆婆的房东: the relative before 的 names whose the agent is), 前任业主 and
  // 前任房东 (no ex-partner), a relative's 拌几句嘴 with an outsider (与同事, 与隔壁桌, 与房东).
  it.each([
    ['police110', '报警人称老公和他哥们在外面喝酒时与隔壁桌拌了几句嘴，双方打了起来。'],
    ['police110', '报警人称前任业主把门锁换了，房子已过户给她却拿不到钥匙。'],
    ['police110', '报警人称其丈夫与同事拌了几句嘴，现在在单位僵持不下。'],
    ['police110', '报警人称前任房东把门锁换了，押金也不退。'],
    ['police110', '报警人称丈夫的债主把她家门锁换了，说不还钱就不给钥匙。'],
    ['police110', '报警人称已故丈夫的朋友把她家门锁换了。'],
    ['police110', '报警人称其丈夫的老板把宿舍门锁换了，丈夫进不去。'],
    ['police110', '报警人称婆婆的房东趁婆婆回老家把门锁换了。'],
    ['police110', '报警人称儿子的房东把锁换了，儿子的东西拿不出来。'],
    ['police110', '报警人称其姐姐与房东拌了几句嘴，房东把门锁换了。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Right in the first form and kept.
  it.each([
    ['police110', '报警人称与丈夫拌了几句嘴，现双方情绪激动，要求民警到场处理。', true],
    ['police110', '报警人称与老婆拌了两句，老婆摔门而出，至今未归。', true],
    ['police110', '报警人称和婆婆拌了一句嘴，婆婆就坐在她家门口哭闹不走。', true],
    ['court', '原、被告婚后常因生活琐事拌几句嘴，感情尚可。', true],
    ['police110', '报警人称与出租车司机拌了几句嘴，司机拒绝让其下车。', false],
    ['police110', '报警人称与房东拌了两句嘴，房东让她马上搬走。', false],
    ['police110', '报警人称与快递员拌了几句嘴，快递员将其包裹扔在地上。', false],
    ['police110', '报警人称与室友拌了几句嘴，室友把她的东西扔出宿舍。', false],
    ['police110', '报警人称门锁被老公换了，她现在进不了家门。', true],
    ['police110', '报警人称下班回家发现大门锁换了，丈夫电话不接，她进不去家。', true],
    ['police110', '报警人称前夫换了锁，她的衣物还在屋里拿不出来。', true],
    ['petition', '我丈夫趁我住院把家门锁换了，我出院后无家可归。', true],
    ['police110', '报警人称与妻子吵架后，妻子把房门锁换掉了。', true],
    ['police110', '报警人称她出门买菜回来，家门锁被丈夫换掉了。', true],
    ['police110', '报警人称丈夫偷偷换了新锁，不给她钥匙。', true],
    ['police110', '报警人称儿媳把房门锁换了，不让她这个婆婆进门。', true],
    ['petition', '我嫁过来十年，丈夫去世后婆家人把房门锁换了，把我和孩子赶出来。', true],
    ['police110', '报警人称公司把宿舍门锁换了，他的行李还在里面。', false],
    ['police110', '报警人称老板趁员工放假把厂房门锁换了，拖欠工资不给。', false],
    ['police110', '报警人称大门锁被人换了，不知道是谁换的，家里人都没换。', false],
    ['court', '被告趁原告上班之机，将双方居住房屋的门锁换掉，原告多次敲门被告均不开门。原、被告系夫妻。', true],
    ['court', '房东趁原告回娘家把门锁换了，将原告物品堆放在楼道。', false],
    ['court', '被告系原告已故丈夫的母亲，其趁原告外出把房门锁换了。', true],
    ['police110', '报警人称与房东拌了几句嘴，房东就把门锁换了。', false],
  ] as const)('%s %s: family %s', (source, main, family) => {
    expect(told(source, main).familyRomantic).toBe(family);
  });
});

describe('round 64: a marriage or a divorce told in a filing’s everyday words (our own sentences)', () => {
  // Read as no family dispute by `-94`: 成家 (the parties' marriage) and 判离 (a divorce asked of the court).
  it.each([
    ['court', '原告何某与被告唐某二人2012年成家。唐某喝醉后把电视砸了。', 'yellow'],
    ['court', '原告与被告2008年结婚。2019年被告出国打工，2021年以后就联系不上。原告请法院判离。', 'blue'],
    ['court', '原、被告2015年成的家，婚后被告常年在外，原告请求判离。', 'blue'],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Near misses, read alike by `-94`: 成家立业 of colleagues, 判离职, other people's children married, a son's marriage
  // as the time a debt is due.
  it.each([
    ['court', '原告与被告系同事。原告请求判令被告归还借款。二人2012年成家立业后来往少了。'],
    ['court', '法院判离职员工胜诉，公司不服上诉。'],
    ['court', '原告与被告系邻居，二人的子女都已成家，因排水沟发生纠纷。'],
    ['court', '原告诉称被告拖欠货款，被告说等儿子成家后再还。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 64 review (helper-279, 201 sentences: 52 changed, 32 right, 17 wrong, 3 debatable)', () => {
  // Wrong in the first form, back as `-94` reads them: 判离谱, someone else's 判离 (父母被法院判离, 同事刚被法院判离, 律师广告
  // 称保证判离), a bare question (判离需要多久) and news: 判离 is read only as asked or agreed by a party (请求…判离, 要求法院判离,
  // 同意判离).
  it.each([
    ['petition', '信访人称法院判离谱，欠钱不还还判他败诉。'],
    ['police110', '报警人称其父母十年前被法院判离，今天其在小区停车时与保安发生争执。'],
    ['petition', '信访人咨询：判离需要多久？'],
    ['police110', '报警人咨询起诉多久能判离。'],
    ['petition', '据报道，某县法院去年共判离婚姻案件300余件。'],
    ['police110', '报警人称同事刚被法院判离，心情不好在单位喝酒闹事。'],
    ['police110', '报警人称租客夫妻已被判离，现欠房租三个月未交。'],
    ['petition', '信访人反映，我爸妈当年被法院判离，现在想问我的户口跟谁。'],
    ['police110', '报警人称朋友说起诉多久能判离的事，两人因此吵了起来。'],
    ['police110', '报警人称在网上看到律师广告称保证判离，交了5000元后律师失联。'],
    ['court', '案外人王某与其妻已被法院判离，本案系原告与被告之间的买卖合同纠纷。'],
    ['petition', '信访人反映，姐姐去年被判离后，前姐夫欠信访人的钱一直不还。'],
    ['court', '原告要求法院判离谱的借条无效。'],
    ['police110', '报警人称有人在网上冒充律师称能帮他判离，骗了他3000元。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Right in the first form and kept.
  it.each([
    ['court', '原、被告2015年成的家，婚后被告经常酗酒殴打原告，致原告多处软组织挫伤。', true],
    ['court', '二人2016年成家后一直未生育子女，被告长期在外地打工不回家。', true],
    ['court', '原告请法院判离，孩子归原告抚养。', true],
    ['court', '原告要求法院判离，并依法分割夫妻共同财产。', true],
    ['court', '被告下落不明已两年，原告要求判离。', true],
    ['court', '原告第一次起诉被驳回，现再次起诉要求判离。', true],
    ['court', '原告诉称，被告长期赌博，感情已破裂，请求法院判离，婚生女由原告抚养。', true],
    ['court', '被告同意判离，但对孩子归谁抚养有争议。', true],
    ['court', '原告要求判离，房产归原告所有，债务由被告承担。', true],
    ['court', '原告因被告长期家暴要求判离，被告曾用菜刀砍伤原告手臂。', true],
    ['court', '被告下落不明，原告请求法院公告送达并判离。', true],
    ['court', '原告请求法院依法判离，孩子归谁由法院决定。', true],
    ['court', '原告要求判离并分割房产一套、存款20万元。', true],
    ['court', '原告要求判离，被告去年出国后一直未回，也不寄钱回家。', true],
    ['court', '原告要求法院判离，被告于庭审中表示同意。', true],
    ['court', '原告诉至本院，请求判离，并由被告支付孩子抚养费每月1500元。', true],
    ['court', '被告辩称不同意判离，称双方感情尚未破裂。', true],
    ['court', '原告请求判离，理由是被告婚后经常打骂原告，曾将原告打至住院。', true],
    ['police110', '报警人称丈夫又动手打她，她已经去法院起诉要求判离。', true],
    ['police110', '报警人称妻子已向法院起诉要求判离，今天回家拿东西时双方发生口角。', true],
    ['police110', '报警人称她在请法院判离，男方今天到她单位闹事，砸了她的电脑。', true],
    ['police110', '报警人称老婆要求法院判离，现在把孩子藏起来不让他见。', true],
    ['petition', '信访人反映，其妻子出走五年下落不明，其多次请法院判离未果。', true],
    ['petition', '信访人反映丈夫长期家暴，请法院判离后丈夫仍纠缠她。', true],
  ] as const)('%s %s: family %s', (source, main, family) => {
    expect(told(source, main).familyRomantic).toBe(family);
  });
});

describe('round 65: the parties’ tie told in a filing’s everyday words (our own sentences)', () => {
  // Read as no family dispute by `-95`: 离的婚 (former spouses), 住在一起 (partners), a time between 双方 and 系恋人, 婚后 after
  // the named pair.
  it.each([
    [
      'court',
      '原告与被告2023年在民政局离的婚，当时写好各自的车各归各。今年3月被告来原告楼下要车，原告不给，被告拿出一把锤子把电动车砸烂了。',
      'yellow',
    ],
    ['court', '原告尹某，女；被告滕某，男。两人2021年起住在一起，没领证。今年6月两人吵起来，滕某把尹某的笔记本电脑往地上一摔。', 'yellow'],
    [
      'court',
      '原告邹某，男，1993年生，摄影师。被告岑某，女，1995年生。双方2022年至2024年系恋人，曾一起住在岑某租的公寓里。分手时邹某的相机留在公寓，岑某说邹某还欠她分摊的房租，拒不归还。请求岑某返还相机，或折价赔偿2.3万元。',
      'blue',
    ],
    [
      'court',
      '原告卓某（女）与被告宫某婚后签了一份书面协议。今年宫某想把商铺抵押，原告不同意，宫某把原告的笔记本电脑摔在地上踩烂。',
      'yellow',
    ],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Near misses, read alike by `-95`: roommates living together, colleagues in one workshop for a time.
  it.each([
    ['court', '原告与被告系室友，两人2021年起住在一起，被告拖欠房租。'],
    ['court', '原告与被告系同事，双方2022年至2024年系同一车间工人，被告借款未还。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 65 review (helper-280, 192 sentences: 16 changed, 9 right, 6 wrong, 1 debatable)', () => {
  // Wrong in the first form, back as `-96` reads them: 住在一起 of workmates, comrades or a neighbour couple (living together
  // makes a couple only where the text tells them unwed or courting and names no other tie), 离了婚 of one party (the two
  // parties' divorce told in one clause), a bank before 婚后 (a name holds 某).
  it.each([
    ['court', '原告与被告系同学，原告离了婚后向被告借款10万元，现被告起诉要求归还。'],
    ['court', '原告与被告同在某电子厂打工，两人住在一起，2023年5月被告将原告打伤。'],
    ['court', '原告与被告同在工地打工，两人在工棚住在一起，后因工钱发生争执，被告用铁锹打伤原告。'],
    ['court', '原告与被告系战友，退伍后二人住在一起跑运输，后因车辆归属发生纠纷。'],
    ['court', '原告某银行与被告徐某婚后购房的按揭贷款发生逾期，现原告要求被告偿还。'],
    ['police110', '报警人称邻居家夫妻二人离了婚还住在一起，经常吵架，吵得无法休息。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Right in the first form and kept.
  it.each([
    ['court', '原告与被告2018年离的婚，此后被告多次到原告住处砸门，砸坏了门锁和窗户。'],
    ['court', '原告张某与被告李某2016年离了婚，婚生子随被告生活，现原告要求变更抚养关系。'],
    ['court', '原告与被告离了婚以后，被告把原告的衣物扔出门外，不让原告进门。'],
    ['court', '两人2021年起住在一起，没领证，后被告因琐事用菜刀砍伤原告。'],
    ['court', '原告卓某（女）与被告宫某婚后签了协议，约定房屋归原告所有，现被告反悔。'],
    ['court', '原告李某与被告王某婚前购买的房屋登记在被告名下，现原告要求分割。'],
    ['court', '原告孙某与被告郑某婚后感情不和，被告将原告赶出家门。'],
    ['court', '原告杨某与被告何某婚后第三年，被告将原告打伤住院。'],
    ['court', '原告蒋某与被告沈某离婚后的房屋由被告出租给案外人，原告要求分得租金。'],
  ] as const)('%s %s: family', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(true);
  });
});

describe('round 66: a caller’s own parent or sibling told in the third person, in a quarrel with the caller (our own sentences)', () => {
  // Read as 其他 by `-97`: the caller left out before 跟他爸, or her brother quarrelling with her (她哥…跟她闹).
  it.each([
    ['police110', '报警人称跟他爸因为装修吵起来了。', 'blue'],
    ['police110', '报警人称跟她哥为爸妈留下的房子吵起来了。', 'blue'],
    ['police110', '报警人称他弟跟他闹着要分家产。', 'blue'],
    ['police110', '报警人称跟他爸因为新房装修吵起来，老爷子推了他一把，他也推了回去。', 'yellow'],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Near misses, read alike by `-97`: someone else quarrels with 他爸; her brother quarrels with a colleague.
  it.each([
    ['police110', '报警人称邻居老王跟他爸吵起来了。'],
    ['police110', '报警人称快递员跟她爸吵起来了。'],
    ['police110', '报警人称她哥跟同事闹矛盾。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 66 review (helper-281, 243 sentences: 67 changed, 39 right, 16 wrong, 12 debatable)', () => {
  // Wrong in the first form, back as `-98` reads them: 跟/和 of going together (跟他哥去找房东…吵了起来), a relative who only
  // describes the outsider quarrelled with (跟她姐家的租客, 和他爸单位的领导, 跟他爸合伙开店的老张), 跟她说, a child's 闹着要买玩具
  // or 闹着玩, and a 跟 clause whose subject is an outsider named before it in the sentence.
  it.each([
    ['police110', '报警人称一男子在她店里闹事，跟她爸吵起来了'],
    ['police110', '报警人称她妹跟她闹着要买玩具'],
    ['police110', '报警人称她哥跟她一起去找开发商闹'],
    ['police110', '报警人称和她妈在超市跟收银员吵起来了'],
    ['police110', '报警人称跟他哥去找房东要押金时吵了起来'],
    ['police110', '报警人称跟她姐家的租客吵架'],
    ['police110', '报警人称和他爸单位的领导吵了起来'],
    ['police110', '报警人称跟他哥合伙的朋友因为分钱闹翻了'],
    ['police110', '报警人称他爸跟他单位领导吵起来了'],
    ['police110', '报警人称她爸跟她说要去找房东吵'],
    ['police110', '报警人称他爸跟他去找开发商闹'],
    ['police110', '报警人称跟他爸合伙开店的老张吵起来了'],
    ['police110', '报警人称她妹跟她闹着玩，把她推倒了'],
    ['court', '原告称她妹与她的房客因房租争吵'],
    ['police110', '报警人称跟他哥学开车时跟教练吵起来了'],
    ['police110', '报警人称他弟跟他闹着要零花钱，他弟才八岁'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Right in the first form and kept.
  it.each([
    ['police110', '报警人称跟他爸因为装修吵起来了'],
    ['police110', '她说跟她妹因为借钱不还吵起来了'],
    ['police110', '报警人称跟她娘因为照顾孩子的事发生口角'],
    ['police110', '报警人称跟他爸吵起来后被他爸打了一巴掌'],
    ['police110', '报警人称和他弟吵架，被他弟打伤头部，已去医院'],
    ['police110', '报警人称跟他姐因为父母的养老钱吵了起来'],
    ['police110', '称跟他哥拌嘴了，现在情绪激动'],
    ['police110', '报警人称跟他爸妈因为买房首付吵架'],
    ['police110', '报警人称她哥为爸妈留下的房子跟她闹'],
    ['police110', '报警人称他弟跟他闹着要分家产'],
    ['police110', '她说她哥因为老宅的事一直跟她吵'],
    ['police110', '他说他姐为了照顾老人的事和他拌嘴'],
    ['police110', '报警人称他弟跟他吵架后把他家门砸坏了'],
    ['police110', '报警人称他妈跟他闹，说要去他单位闹让他丢人'],
    ['police110', '报警人称她哥因为婚礼礼金跟她吵，推了她一下'],
    ['police110', '报警人称她姐同她争吵房子归属'],
    ['police110', '反映称他哥因分家跟他闹矛盾'],
    ['police110', '报警人称他弟向他要钱不成就跟他闹'],
    ['police110', '报警人称他跟他爸吵起来了'],
    ['police110', '报警人称一女子在路边哭，说她哥跟她闹着要钱'],
    ['police110', '报警人称一男子酒后在楼道骂人，他爸出来跟他吵'],
    ['police110', '报警人称跟他哥吵架，他哥把他手机摔了'],
    ['police110', '报警人称她姐跟她吵，说要把她的丑事发到网上让她没脸见人'],
    ['police110', '报警人称跟俺爹吵起来了'],
    ['police110', '报警人称他爸跟他拌了几句嘴就离家出走了'],
    ['police110', '报警人称她弟和她吵，说房子是他的'],
  ] as const)('%s %s: family', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(true);
  });
});

describe('round 67: an old couple or a father and son named as a pair, quarrelling (our own sentences)', () => {
  // Read as no family dispute by `-100`: 老头老太太, 爷俩, 父子俩 as the two sides; 嚷上了 a quarrel.
  it.each([
    ['police110', '老头老太太为退休金卡谁拿着吵了一早上，老太太打电话让警察来评理。'],
    ['police110', '老两口来电，说独子辞了工作窝在家里，今晚老头说了他几句，爷俩就嚷上了。'],
    ['police110', '报警人称父子俩吵起来了。'],
  ] as const)('%s %s: family, blue', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'blue']);
  });

  // Near misses, read alike by `-100`: the pair against an outsider, someone shouting at the door.
  it.each([
    ['police110', '报警人称楼下一个老头跟收废品的吵起来了。'],
    ['police110', '报警人称父子俩跟邻居打起来了。'],
    ['police110', '报警人称娘俩被房东赶出来了。'],
    ['police110', '报警人称一对老头老太太在超市跟店员吵起来了。'],
    ['police110', '报警人称门口有人大声嚷嚷。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 67 review (helper-285, 188 sentences: 45 changed, 27 right, 12 wrong, 6 debatable)', () => {
  // Wrong in the first form, now read as no family dispute: a pair told as one side against someone else (母子俩跟出租车司机
  // 打起来了, 被告父子俩共同殴打原告, 原告父女俩诉被告医院, 邻居父子俩), and a couple's 嚷起来 with a waiter (嚷 a quarrel with the
  // companion named).
  it.each([
    ['police110', '父子俩与同村村民因宅基地边界发生纠纷，双方互殴。'],
    ['police110', '爷儿俩跟出租车司机嚷起来了，司机报警。'],
    ['police110', '母女俩跟快递员嚷上了，因为快递丢失。'],
    ['police110', '报警人称一对中年夫妻在饭店里跟服务员嚷起来了。'],
    ['court', '被告父子俩共同殴打原告李某，致原告轻伤二级。'],
    ['court', '被告人父子俩因宅基地纠纷持刀将被害人砍伤。'],
    ['court', '原告诉称，被告母女俩在原告店铺门前辱骂原告并将原告打伤。'],
    ['court', '原告诉称，原告与被告母女俩系邻居，因排水问题发生争执，被告母女俩将原告打伤。'],
    ['court', '被告父子俩在原告家门口与原告争吵，后被告父子俩将原告打伤住院。'],
    ['court', '原告父女俩诉被告医院医疗损害责任纠纷一案。'],
    ['petition', '信访人称邻居父子俩多次在其门口嚷起来，影响生活。'],
    ['police110', '报警人称母子俩跟出租车司机打起来了，司机鼻子被打出血。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });

  // Right in the first form and kept.
  it.each([
    ['police110', '报警称楼上一对老头老太太天天吵架，今天老头把老太太打了，老太太头部出血已送医院。'],
    ['police110', '老头老太太拌嘴，没有动手，双方情绪已稳定。'],
    ['police110', '老头儿老太太吵架，老头把家里电视砸了。'],
    ['police110', '老头老太太互相推搡，无人受伤。'],
    ['police110', '报警人称隔壁老头老太太吵架声音很大，怀疑老头在打人。'],
    ['police110', '老头老太太因琐事发生口角，老头扇了老太太一巴掌。'],
    ['police110', '老头儿老太太为退休金分配发生争吵，老头掐老太太脖子，现场已处置。'],
    ['police110', '父子俩吵架，没有动手，已劝解。'],
    ['police110', '母子俩发生口角，情绪激动，请求民警协调。'],
    ['police110', '母女俩因照顾外孙的事争吵，无肢体冲突。'],
    ['police110', '娘儿俩发生口角，已调解。'],
    ['police110', '报警人称老公喝多了在家嚷了起来，没有打人。'],
    ['police110', '老头老太太在家嚷起来了，老头把老太太推倒了。'],
    ['police110', '报警人称前夫跑到家里来闹事，打了母女俩，女儿脸部受伤。'],
    ['police110', '老头老太太俩口子吵架，老太太要跳楼。'],
    ['police110', '报警人称家里老头老太太吵得不可开交，已持续两天，无人动手。'],
    ['police110', '报警人称与儿子爷俩因为借钱的事嚷起来了，儿子摔了手机。'],
    ['police110', '报警人称老头老太太吵架，老太太说老头要掐死她。'],
  ] as const)('%s %s: family', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(true);
  });
});

describe('round 68: an injury told as the result of the act (掐晕, 掐至昏迷, 打伤; our own sentences)', () => {
  // A grip that leaves her unconscious is strangulation and unconsciousness: red. `-102` read the first three blue.
  it.each([
    ['police110', '报警人称丈夫把她掐晕了。'],
    ['police110', '报警人称丈夫把她掐至昏迷，现已醒来。'],
    ['police110', '她老公喝醉了把她掐得昏过去了。'],
    ['police110', '报警人称前男友掐得她晕了过去。'],
    ['court', '原告诉称，被告曾将原告掐昏，原告要求离婚。'],
  ] as const)('%s %s: family, red, strangulation', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'red']);
    expect(r.factors.map((f) => f.code)).toContain('strangulation');
  });

  // A beating named by the injury it caused is violence with an injury: orange. `-102` read the calls yellow.
  it.each([
    ['police110', '报警人称被老公打伤了。'],
    ['police110', '报警人称儿子把她踢伤了。'],
    ['police110', '报警人称丈夫拿碗把她砸伤了。'],
    ['petition', '我丈夫上个月把我揍伤了，村里调解也没用。'],
  ] as const)('%s %s: family, orange, injury', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'orange']);
    expect(r.factors.map((f) => f.code)).toContain('injury');
  });

  // Near misses, read alike by `-102`: no injury denied into one, no pinch made a strangulation, a beast, a record.
  it.each([
    ['police110', '报警人称丈夫打了她一巴掌，没打伤。', 'yellow'],
    ['police110', '报警人称丈夫说要把她打伤。', 'blue'],
    ['police110', '报警人称她老公掐点下班回家就跟她吵。', 'blue'],
    ['police110', '报警人称丈夫把电话掐了，不让她跟娘家联系。', 'blue'],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });
  it.each([
    ['police110', '报警人称邻居把她老公打伤了。'],
    ['police110', '报警人称丈夫把狗打伤了。'],
    ['petition', '他在运动会上打破了纪录。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});

describe('round 68 review (helper-291, 249 sentences: 78 changed, 57 right, 17 wrong, 4 debatable)', () => {
  // Wrong in the first form, read as `-102` reads them again: an act supposed (如果…) or read of in the news, a blow that
  // missed (差点把我打伤), a threat (再闹就把她掐晕), 掐到一半 (picking beans), an animal choked or beaten.
  it.each([
    ['petition', '如果我老公把我打伤了，我该怎么取证？', 'yellow'],
    ['petition', '我老公抡起拳头差点把我打伤，被我躲开了。', 'yellow'],
    ['petition', '看新闻说有个男的把老婆打伤了，判了三年，我想问问家暴怎么判。', 'yellow'],
    ['police110', '报警人称公公在院子里掐豆角，掐到一半说头晕，随后晕倒。', 'blue'],
    ['police110', '报警人称老公把她养的鹦鹉掐晕了。', 'blue'],
    ['petition', '我婆婆杀鸡前总是先把鸡掐晕，我看着害怕，跟她说了几次她也不听。', 'blue'],
    ['police110', '报警人称丈夫说再闹就把她掐晕。', 'blue'],
    ['petition', '如果我老公把我掐晕了，我能告他吗？', 'blue'],
    ['petition', '看到新闻说有个男的把老婆掐晕了，我很怕我老公也会这样。', 'blue'],
    // Her animal beaten: no act on her (yellow with `-102`, orange in the first form).
    ['police110', '报警人称与丈夫吵架，丈夫一气之下把她养的狗打伤了。', 'blue'],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Right in the first form and kept.
  it.each([
    ['police110', '报警人称其丈夫酒后将其掐晕，醒来后发现丈夫已离家。', 'red'],
    ['police110', '报警人张某称男友昨晚把她掐昏了过去，现在脖子还很疼。', 'red'],
    ['police110', '民警到场了解，男方与女方因琐事争吵，男方将女方掐至昏迷，女方自行醒来后拒绝就医。', 'red'],
    ['petition', '我前夫上个月跑到我租的房子里，把我掐到休克，我现在天天睡不着觉。', 'red'],
    ['police110', '报警人称其儿子与儿媳吵架，儿子掐得儿媳昏了过去。', 'red'],
    ['police110', '报警人称其丈夫将三岁的儿子掐晕，孩子现已醒来。', 'red'],
    ['petition', '我女儿跟她对象吵架，被那个男的掐得不省人事，现在还在家里躺着。', 'red'],
    ['police110', '报警人称老公把她掐得差点晕过去，脖子上有红印。', 'red'],
    ['police110', '报警人称丈夫将其按在地上掐，掐得她晕了过去。', 'red'],
    ['court', '原告诉称，原、被告系夫妻，被告险些将原告掐晕。', 'red'],
    ['court', '原告诉称，双方恋爱期间被告曾将原告掐到不省人事。', 'red'],
    ['police110', '报警人称老公把她踢伤了，现在走路一瘸一拐。', 'orange'],
    ['police110', '报警人称被丈夫打伤了眼睛。', 'orange'],
    ['petition', '我那口子把我揍伤了还不许我说出去。', 'orange'],
    ['court', '原告诉称，原、被告系母女关系，被告在争吵中将原告打伤。', 'orange'],
    ['police110', '报警人称其小姑子将其打伤。', 'orange'],
    ['petition', '我嫂子把我妈打伤了，我哥还护着她。', 'orange'],
    ['petition', '老公打伤我，我可以申请保护令吗？', 'orange'],
    ['police110', '报警人称姐弟俩为了遗产掐起来了，弟弟把姐姐打伤。', 'orange'],
    ['police110', '报警人称丈夫被她砸伤了头，现在要跟她拼命。', 'orange'],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });
});

describe('round 69: a blow named by the injury it left, or a bite; the teller’s relative after 被 (our own sentences)', () => {
  // `-104` read these as no family dispute (the injury read, the act not) or blue.
  it.each([
    ['police110', '报警人称其父亲拿茶杯将其砸伤，双方系父女关系。', 'orange'],
    ['police110', '报警人称女儿被她爸踢伤了腰。', 'orange'],
    ['police110', '报警人称妻子将其咬伤。', 'orange'],
    ['petition', '我老公用烟头把我烫伤了。', 'orange'],
    ['petition', '我被我男朋友踢伤了肚子，我现在怀着孕。', 'orange'],
    ['petition', '我儿子不孝，把我砸伤了，我要告他。', 'orange'],
    ['petition', '我被我哥打伤了，就因为老房子的事。', 'orange'],
    ['petition', '我被我爸打了。', 'yellow'],
    ['police110', '报警人称妻子将其咬了一口。', 'yellow'],
  ] as const)('%s %s: family, %s', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // An injury told right after a push or a kick is its injury: orange (`-104`: yellow).
  it.each([
    ['petition', '我老公把我推倒，我摔伤了腿。'],
    ['police110', '报警人称儿子将其推倒，致其撞伤额头。'],
    ['police110', '报警人称丈夫在家中将其踢倒，腿部擦伤。'],
    ['petition', '我婆婆把我推下楼梯，摔得头破血流。'],
  ] as const)('%s %s: family, orange', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'orange']);
  });

  // Near misses, read alike by `-104`: an animal's bite, a burn while cooking, a fall alone, a stranger, words not blows,
  // the neighbours' couple fighting each other.
  it.each([
    ['police110', '报警人称孩子被狗咬伤了。'],
    ['petition', '我妈做饭时被油烫伤了。'],
    ['petition', '我用开水把碗烫了一下。'],
    ['police110', '报警人称老人自己在楼梯上摔伤了。'],
    ['police110', '报警人称被一名陌生男子踢伤。'],
    ['petition', '我被我哥说了几句。'],
    ['police110', '报警人称快递员被她爸打了。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
  // The grade of a bare 打了 is the learned model's to raise; the reading is the round's.
  it('报警人称被她爸打了: family', () => {
    expect(told('police110', '报警人称被她爸打了。').familyRomantic).toBe(true);
  });
  it('报警人称隔壁两口子打架，女的哭喊救命: the couple next door is the family dispute', () => {
    expect(told('police110', '报警人称隔壁两口子打架，女的哭喊救命。').familyRomantic).toBe(true);
  });
  // The neighbours' couple acting as one on the caller is the other household (round 69; `-104` read it as family).
  it('报警人称邻居两口子一起上来打他: no family dispute', () => {
    expect(told('police110', '报警人称邻居两口子一起上来打他。').familyRomantic).toBe(false);
  });
});

describe('round 69: 中将 cut as 中 and 将 (splitWords)', () => {
  it('在争吵中将原告推倒: 将 the object marker, not 中将 (a general)', () => {
    expect(RULES.segmenter!.cut('被告在争吵中将原告推倒')).toEqual(expect.arrayContaining(['中', '将', '原告']));
    expect(RULES.segmenter!.cut('被告在争吵中将原告推倒')).not.toContain('中将');
  });
  it('a filing told so reads the act: 原告与被告系夫妻，被告在争吵中将原告推倒，原告额头磕伤', () => {
    const r = told('court', '原告与被告系夫妻，被告在争吵中将原告推倒，原告额头磕伤。');
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'orange']);
  });
});

describe('round 69 review (helper-293, 249 sentences: 55 changed, 31 right, 23 wrong, 1 debatable)', () => {
  // Wrong in the first form, read as `-104` reads them again: a thing falling (被钢管砸伤, 被掉下来的箱子砸伤), a game or
  // an accident (踢球, 不小心, 玩的时候), a stranger's kick with a husband beside, someone else's relative after 被 (被她同学的
  // 爸爸, 被她闺蜜的老公), a threat (说要把她的腿踢伤), a question of law, and a quarrel at home after an outsider's blow.
  it.each([
    ['petition', '我爸修房子时被砖头砸伤了脚。'],
    ['petition', '我老公踢球时把对方踢伤了，对方要他赔钱。'],
    ['police110', '报警人称陌生男子冲着她儿子吐口水，还踢伤了她。'],
    ['petition', '我儿子和他表哥玩的时候被咬了一口。'],
    ['petition', '我老公陪儿子踢球，不小心把儿子踢伤了。'],
    ['petition', '把人踢伤了要负什么法律责任？'],
    ['police110', '报警人称其丈夫在工地干活被钢管砸伤，妻子要求老板赔偿。'],
    ['police110', '报警人称被踢了一脚摔伤，踢她的是一个陌生人，她老公在旁边。'],
    ['police110', '报警人称其女儿被她同学的爸爸踢伤。'],
    ['court', '原告诉称，原告在被告经营的超市购物时被货架上掉落的商品砸伤。'],
    ['police110', '报警人称被她闺蜜的老公踢伤。'],
    ['petition', '我老公在工地被钢管砸伤了，老板不给赔偿。'],
    ['petition', '我妈在超市被掉下来的箱子砸伤了。'],
    ['police110', '报警人称一名醉酒男子踢伤了她，她丈夫随后赶到。'],
  ] as const)('%s %s: no family dispute', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
  it.each([
    ['police110', '报警人称丈夫说要把她的腿踢伤，但没有动手。', 'blue'],
    ['petition', '我哥在外面被人砸伤了头，回家后和我嫂子吵了起来。', 'blue'],
    ['police110', '报警人称被一个女的她老公推倒摔伤了。', 'yellow'],
  ] as const)('%s %s: family, %s (as -104)', (source, main, level) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, level]);
  });

  // Right in the first form and kept.
  it.each([
    ['police110', '报警人称其丈夫酒后将其头部砸伤，现场有血迹。'],
    ['police110', '报警人称被男友踢伤了肚子，要求民警到场处理。'],
    ['police110', '民警到场后了解，吴某与妻子争吵中将妻子手臂咬伤，已调解。'],
    ['police110', '报警人称被丈夫推倒在地，摔伤了腿。'],
    ['police110', '报警人称与妻子争执中妻子把他推倒，头撞伤了。'],
    ['police110', '报警人称被他爸踢伤了腿。'],
    ['court', '原告诉称，原告被其丈夫推下楼梯，头破血流。'],
    ['court', '原告与被告系母女关系，被告在争吵时将原告推倒，原告额头磕伤。'],
    ['petition', '我被我婆婆咬了一口，手上都是血。'],
    ['petition', '我老公把我手臂咬伤了，能起诉离婚吗？'],
    ['petition', '我跟男朋友分手后他来我家把我砸伤了。'],
    ['court', '原告诉称，被告系原告之夫，2024年3月一次争吵中将原告推倒，原告后脑勺磕伤。'],
    ['petition', '我被俺男人踢伤了腿。'],
    ['petition', '俺家那口子把俺头砸伤了。'],
  ] as const)('%s %s: family, orange', (source, main) => {
    const r = told(source, main);
    expect([r.familyRomantic, r.riskLevel]).toEqual([true, 'orange']);
  });
  it.each([
    ['police110', '报警人称邻居两口子一起上来打他。'],
    ['police110', '报警人称隔壁夫妻俩一起把她推倒，她摔伤了。'],
  ] as const)('%s %s: no family dispute (the other household)', (source, main) => {
    expect(told(source, main).familyRomantic).toBe(false);
  });
});
