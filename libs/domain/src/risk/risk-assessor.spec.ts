import type { NormalizedEventV1 } from '@hub/contracts';
import { assessRisk, COMBINATION_CODES_READ, FACTOR_CODES_READ, type PriorRecord } from './risk-assessor';
import { withJieba } from '@hub/segmentation';
import { RISK_RULES_V1 } from './risk-rules';

const RULES = withJieba(RISK_RULES_V1);

function event(main: string, extra: Partial<NormalizedEventV1> = {}): NormalizedEventV1 {
  return {
    schemaVersion: 1,
    eventId: '00000000-0000-5000-8000-000000000001',
    source: 'police110',
    sourceRef: 'J411202202611270001',
    revision: 1,
    status: 'received',
    occurredAt: '2026-11-27T02:00:00.000Z',
    receivedAt: '2026-11-27T02:00:01.000Z',
    texts: { main },
    codes: {},
    location: { text: '湖滨区某村', divisionCode: '411202001001' },
    householdKey: 'hh_test',
    persons: [],
    flags: [],
    attributes: {},
    correlationId: 'c1',
    ...extra,
  };
}

const assess = (main: string, extra: Partial<NormalizedEventV1> = {}, priors: PriorRecord[] = []) =>
  assessRisk(event(main, extra), priors, RULES);

describe('assessRisk', () => {
  it('reads only factor codes the rules define (a factor renamed in risk-rules.json would turn a reading off)', () => {
    const defined = new Set(RISK_RULES_V1.factors.map((f) => f.code));
    expect(FACTOR_CODES_READ.length).toBeGreaterThan(0);
    expect(FACTOR_CODES_READ.filter((code) => !defined.has(code))).toEqual([]);
    const combined = new Set(RISK_RULES_V1.combinations.map((c) => c.code));
    expect(COMBINATION_CODES_READ.filter((code) => !combined.has(code))).toEqual([]);
  });

  it('reads a term list two rule sets share by the term numbers of each set (a set spread from another, a term added)', () => {
    // The spread set shares the factor and cue lists; its index numbers every term after the added one one higher.
    const added = { ...RULES, familyMatters: { ...RULES.familyMatters, spouse: ['一个没有的词', ...RULES.familyMatters.spouse!] } };
    // Read under the first set's numbers, 闹着要回娘家住 turned into a threat (orange) before the plans knew their index.
    const text = '报警人称和老婆因为给娘家转钱的事吵得厉害，老婆闹着要回娘家住，他想让民警来评评理。';
    const first = assessRisk(event(text), [], RULES);
    const spread = assessRisk(event(text), [], added);
    expect([first.riskLevel, first.factors.map((f) => f.code)]).toEqual(['blue', ['separation']]);
    expect([spread.riskLevel, spread.factors.map((f) => f.code)]).toEqual([first.riskLevel, first.factors.map((f) => f.code)]);
    expect(assessRisk(event(text), [], RULES).factors.map((f) => f.code)).toEqual(first.factors.map((f) => f.code));
  });

  it('rates a husband threatening with a kitchen knife red, with the span as evidence', () => {
    const text = '报警人称其丈夫酒后拿菜刀威胁要杀了她，现在躲到邻居家。';
    const r = assess(text);
    expect(r.familyRomantic).toBe(true);
    expect(r.domain).toBe('婚姻家庭');
    expect(r.riskLevel).toBe('red');
    const weapon = r.factors.find((f) => f.code === 'weapon')!;
    expect(weapon.evidence[0]).toEqual({ recordId: 'police110:J411202202611270001#1', field: 'main', start: 9, end: 12, text: '拿菜刀' });
    expect(text.slice(9, 12)).toBe('拿菜刀');
  });

  it('reads denial: 未动手 and 否认打人 are not violence', () => {
    const r = assess('夫妻因琐事发生口角，双方未动手，男方否认打人。');
    expect(r.familyRomantic).toBe(true);
    expect(r.factors.map((f) => f.code)).not.toContain('violence');
    expect(r.riskLevel).toBe('blue');
  });

  it('keeps an ex-boyfriend stalking and threatening murder-suicide as romantic and red', () => {
    const r = assess('报警人称其前男友天天到她单位门口堵她，说不复合就同归于尽。');
    expect(r.domain).toBe('恋爱情感');
    expect(r.riskLevel).toBe('red');
    expect(r.factors.map((f) => f.code)).toEqual(expect.arrayContaining(['threat_to_kill', 'stalking']));
  });

  it('does not alert on a relative in a traffic accident, whatever the words', () => {
    const r = assess('报警人称其姐夫开车与电动车相撞，对方倒地受伤，请求救护车。');
    expect(r.familyRomantic).toBe(false);
    expect(r.riskLevel).toBe('none');
  });

  it('gives an armed neighbour fight level none with its domain stated', () => {
    const r = assess('报警人称与邻居因宅基地问题发生争吵，对方拿铁锹威胁要弄死他。');
    expect(r.domain).toBe('邻里');
    expect(r.riskLevel).toBe('none');
    expect(r.riskScore).toBe(0);
  });

  it('raises a mild quarrel with repeated calls and a divorce filing in the thread', () => {
    const priors: PriorRecord[] = [
      {
        recordId: 'police110:A#2',
        source: 'police110',
        occurredAt: '2026-11-20T02:00:00.000Z',
        familyRomantic: true,
        riskLevel: 'yellow',
        factorCodes: ['violence'],
      },
      {
        recordId: 'police110:B#2',
        source: 'police110',
        occurredAt: '2026-11-24T02:00:00.000Z',
        familyRomantic: true,
        riskLevel: 'yellow',
        factorCodes: [],
      },
      {
        recordId: 'court:C#1',
        source: 'court',
        occurredAt: '2026-10-01T02:00:00.000Z',
        familyRomantic: true,
        riskLevel: 'blue',
        factorCodes: [],
        cause: '离婚纠纷',
      },
    ];
    const alone = assess('报警人称与老公吵架。');
    const withHistory = assess('报警人称与老公吵架。', {}, priors);
    expect(withHistory.riskScore).toBeGreaterThan(alone.riskScore);
    expect(withHistory.factors.map((f) => f.code)).toEqual(
      expect.arrayContaining(['repeat_incidents', 'rising_frequency', 'recent_incident', 'prior_violence', 'divorce_filing']),
    );
    expect(withHistory.factors.find((f) => f.code === 'divorce_filing')!.evidence[0].recordId).toBe('court:C#1');
  });

  it('sets at least orange for a protection-order application', () => {
    const r = assess('申请人与被申请人系夫妻关系，申请人身安全保护令。', { source: 'court', codes: { cause: '人身安全保护令' } });
    expect(r.familyRomantic).toBe(true);
    expect(['orange', 'red']).toContain(r.riskLevel);
  });

  it('counts a threatened blow as a threat, not as violence', () => {
    const r = assess('报警人称其老公扬言要打她，她不敢回家。');
    expect(r.factors.map((f) => f.code)).toContain('threat');
    expect(r.factors.map((f) => f.code)).not.toContain('violence');
    expect(r.riskLevel).toBe('yellow');
  });

  it('reads violence under a protection order already issued as its violation (red), an application as orange', () => {
    expect(assess('报警人称法院已经发了人身安全保护令，前夫还是闯进家里打了她。').riskLevel).toBe('red');
    const application = assess('被申请人多次实施家庭暴力，申请人身安全保护令。', { source: 'court', codes: { cause: '人身安全保护令' } });
    expect(application.riskLevel).toBe('orange');
    expect(application.factors.map((f) => f.code)).not.toContain('protection_order_violation_violence');
  });

  it('leaves a quarrel blue when only aggravating circumstances are named', () => {
    const r = assess('报警人称丈夫酒后和她闹离婚，两人吵了一架。');
    expect(r.factors.map((f) => f.code)).toEqual(expect.arrayContaining(['alcohol_drugs', 'separation']));
    expect(r.riskLevel).toBe('blue');
  });

  it("does not take the neighbours' marriage or a fight with outsiders for a family dispute", () => {
    expect(assess('报警人称邻居夫妻天天吵架影响休息。').familyRomantic).toBe(false);
    expect(assess('报警人称其丈夫与人打架被打伤住院。').familyRomantic).toBe(false);
  });

  it('finds strangulation however it is phrased, and combines evidence of aggravated violence', () => {
    expect(assess('报警人称男友掐住她脖子把她按在地上。').riskLevel).toBe('red');
    const r = assess('报警人称其丈夫喝醉酒后又打她了。');
    const combo = r.factors.find((f) => f.code === 'violence_aggravated')!;
    expect(r.riskLevel).toBe('orange');
    expect(combo.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['打她']));
  });
});
