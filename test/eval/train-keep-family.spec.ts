import type { LinearModel } from '../../libs/domain/src';
import { withFamilyOf, withHighOf } from './train-keep-family';

const model = (weights: LinearModel['weights'], bias: [number, number], thresholds: LinearModel['thresholds']): LinearModel => ({
  version: 'v',
  trainedOn: '',
  weights,
  bias,
  thresholds,
});

describe('round 28: MODEL_KEEP_FAMILY (the shipped family head kept, the high-risk head trained)', () => {
  const shipped = model({ 'w:丈夫': [1.5, 0.2], 'w:分手': [0.8, -0.1], 'c:男方': [0.4, 0.3] }, [-0.2, -1.2], {
    family: 0.6,
    high: 0.525,
    veto: 0.3,
    raise: 0.8,
  });
  const trained = model({ 'w:丈夫': [0, 0.7], 'w:害怕': [0, 0.9] }, [0, -1.4], { family: 0.5, high: 0.475, veto: 0.25, raise: 0.7 });
  const kept = withFamilyOf(trained, shipped);

  it('takes every family weight and the family bias from the shipped model, every high-risk weight from the trained head', () => {
    expect(kept.weights).toEqual({ 'w:丈夫': [1.5, 0.7], 'w:分手': [0.8, 0], 'c:男方': [0.4, 0], 'w:害怕': [0, 0.9] });
    expect(kept.bias).toEqual([-0.2, -1.4]);
  });

  it('keeps the family and veto thresholds shipped, the high and raise thresholds trained', () => {
    expect(kept.thresholds).toEqual({ family: 0.6, high: 0.475, veto: 0.3, raise: 0.7 });
  });

  it('drops a veto the shipped model has not, and changes neither model', () => {
    const noVeto = model({}, [0.1, 0], { family: 0.6, high: 0.5 });
    expect(withFamilyOf(trained, noVeto).thresholds).toEqual({ family: 0.6, high: 0.475, raise: 0.7 });
    expect(trained.weights['w:丈夫']).toEqual([0, 0.7]);
    expect(Object.keys(shipped.weights)).toHaveLength(3);
  });
});

describe('round 35: MODEL_KEEP_HIGH (the shipped high-risk head kept, the family head trained)', () => {
  const shipped = model({ 'w:丈夫': [1.5, 0.2], 'w:分手': [0.8, -0.1], 'c:男方': [0.4, 0] }, [-0.2, -1.2], {
    family: 0.6,
    high: 0.525,
    veto: 0.3,
    raise: 0.8,
  });
  const trained = model({ 'w:丈夫': [0.9, 0], 'w:请问': [-0.7, 0] }, [-0.5, 0], { family: 0.55, high: 0.5, veto: 0.25 });
  const kept = withHighOf(trained, shipped);

  it('takes every high-risk weight and the high-risk bias from the shipped model, every family weight from the trained head', () => {
    // c:男方 carries nothing in either kept column: dropped.
    expect(kept.weights).toEqual({ 'w:丈夫': [0.9, 0.2], 'w:请问': [-0.7, 0], 'w:分手': [0, -0.1] });
    expect(kept.bias).toEqual([-0.5, -1.2]);
  });

  it('keeps the high and raise thresholds shipped, the family and veto thresholds trained', () => {
    expect(kept.thresholds).toEqual({ family: 0.55, high: 0.525, veto: 0.25, raise: 0.8 });
    const noRaise = model({}, [0, -1], { family: 0.6, high: 0.55 });
    expect(withHighOf(trained, noRaise).thresholds).toEqual({ family: 0.55, high: 0.55, veto: 0.25 });
    expect(trained.weights['w:丈夫']).toEqual([0.9, 0]);
    expect(Object.keys(shipped.weights)).toHaveLength(3);
  });
});
