import { type AreaCounts, areaFigures, figureTable, toCsv } from './area-figures';

const counts = (over: Partial<AreaCounts> = {}): AreaCounts => ({
  area: { code: '411202000000', name: '湖滨区', level: 'county', population: 400_000 },
  period: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', days: 30 },
  alertsByLevel: { red: 2, orange: 3, yellow: 5 },
  tasks: { created: 10, closed: 4, openNow: 6, supervised: 1, manualDispatch: 0 },
  onTime: {
    accepted: 8,
    acceptedOnTime: 6,
    lateUnaccepted: 0,
    feedback: 0,
    feedbackOnTime: 0,
    lateWithoutFeedback: 0,
    overdueUnaccepted: 2,
  },
  villageLevel: { closed: 4, closedAtVillage: 3 },
  mediation: { attempted: 4, succeeded: 1 },
  litigation: { civilFilings: 12, population: 400_000 },
  priorAlerts: { households: 3, withPriorAlert: 2, leadDays: [9, 3] },
  ...over,
});

describe('area figures', () => {
  it('counts a task whose accept deadline passed unaccepted as late (69 accepted on time, 5 escalated unaccepted: not 100 %)', () => {
    const onTime = {
      accepted: 69,
      acceptedOnTime: 69,
      lateUnaccepted: 5,
      feedback: 3,
      feedbackOnTime: 2,
      lateWithoutFeedback: 1,
      overdueUnaccepted: 5,
    };
    const f = areaFigures(counts({ onTime }));
    expect(f.acceptedOnTime).toEqual({ n: 69, of: 74, rate: 69 / 74 });
    expect(f.feedbackOnTime).toEqual({ n: 2, of: 4, rate: 0.5 });
  });

  it('derives the rates from the counts, with nothing counted shown as no rate rather than 0 %', () => {
    const f = areaFigures(counts());
    expect(f.alerts).toEqual({ red: 2, orange: 3, yellow: 5, blue: 0, total: 10 });
    expect(f.acceptedOnTime).toEqual({ n: 6, of: 8, rate: 0.75 });
    expect(f.feedbackOnTime.rate).toBeNull();
    expect(f.settledAtVillage.rate).toBe(0.75);
    expect(f.mediationSuccess.rate).toBe(0.25);
    expect(f.litigationPer10k).toBeCloseTo(0.3);
    expect(f.litigationPer10kAnnual).toBeCloseTo((0.3 * 365) / 30);
    expect(f.alertedBefore).toEqual({ n: 2, of: 3, rate: 2 / 3 });
    expect(f.leadDaysMean).toBe(6);
    expect(f.leadDaysMedian).toBe(6);
  });

  it('has no litigation rate for an area without population', () => {
    const f = areaFigures(counts({ litigation: { civilFilings: 1, population: 0 } }));
    expect(f.litigationPer10k).toBeNull();
    expect(f.litigationPer10kAnnual).toBeNull();
  });

  it('tabulates the area then its parts under Chinese headers, rates in per cent, empty where none', () => {
    const part = areaFigures(
      counts({
        area: { code: '411202001000', name: '湖滨街道', level: 'township', population: 0 },
        litigation: { civilFilings: 0, population: 0 },
      }),
    );
    const rows = figureTable(areaFigures(counts()), [part]);
    expect(rows).toHaveLength(3);
    const col = (h: string) => rows[0].indexOf(h);
    expect(rows[1][col('区域')]).toBe('湖滨区');
    expect(rows[1][col('按时受理率(%)')]).toBe(75);
    expect(rows[1][col('按时反馈率(%)')]).toBe('');
    expect(rows[2][col('万人成讼率(期内)')]).toBe('');
  });

  it('writes CSV that Excel opens as UTF-8, quoting separators and neutralising formulas', () => {
    const csv = toCsv([
      ['区域', '备注'],
      ['湖滨区', 'a,"b"'],
      ['=HYPERLINK("x")', -3],
    ]);
    expect(csv.startsWith('\uFEFF区域,备注\r\n')).toBe(true);
    expect(csv).toContain('湖滨区,"a,""b"""\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",-3\r\n`);
  });
});
