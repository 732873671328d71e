import { evaluate, score } from './evaluate';

describe('evaluation', () => {
  it('meets the targets on the held-out part of the evaluation set', () => {
    const { heldout } = evaluate({ showErrors: false });
    expect(heldout.n).toBeGreaterThanOrEqual(150);
    expect(heldout.family.f1).toBeGreaterThanOrEqual(0.95);
    expect(heldout.redOrange.recall).toBeGreaterThanOrEqual(0.95);
    expect(heldout.redOrange.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('scores precision, recall and the confusion matrix as defined', () => {
    const s = score([
      { label: { domain: '婚姻家庭', familyRomantic: true, level: 'red' }, familyRomantic: true, level: 'orange' },
      { label: { domain: '婚姻家庭', familyRomantic: true, level: 'blue' }, familyRomantic: true, level: 'red' },
      { label: { domain: '邻里', familyRomantic: false, level: 'none' }, familyRomantic: true, level: 'blue' },
      { label: { domain: '婚姻家庭', familyRomantic: true, level: 'yellow' }, familyRomantic: false, level: 'none' },
    ]);
    expect(s.family).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(s.redOrange.recall).toBe(1);
    expect(s.redOrange.precision).toBe(0.5);
    expect(s.confusion.red.orange).toBe(1);
    expect(s.confusion.yellow.none).toBe(1);
    expect(s.levelAccuracy).toBe(0);
  });
});
