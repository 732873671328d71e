import type { NormalizedEventV1 } from '@hub/contracts';
import { withJieba } from '@hub/segmentation';
import { assessRisk } from './risk-assessor';
import { RISK_RULES_V1 } from './risk-rules';

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
const codes = (text: string) => assess(text).factors.map((f) => f.code);
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
