import type { LinearModel } from '../../libs/domain/src';

/**
 * Round 28 (MODEL_KEEP_FAMILY=1): a model whose high-risk head was trained and whose family head is the shipped
 * model's. Every feature of either model is kept: the family weight is the shipped one (0 for a feature the shipped
 * model lacks), the high-risk weight the trained one (0 for a feature only the shipped model has); the family bias and
 * the family and veto thresholds are the shipped ones. Pure: neither model is changed.
 */
export function withFamilyOf(trained: LinearModel, shipped: LinearModel): LinearModel {
  const weights: LinearModel['weights'] = {};
  for (const f of new Set([...Object.keys(shipped.weights), ...Object.keys(trained.weights)])) {
    const family = shipped.weights[f]?.[0] ?? 0;
    const high = trained.weights[f]?.[1] ?? 0;
    // A shipped feature whose family weight is 0 and that the trained head dropped carries nothing.
    if (family !== 0 || f in trained.weights) weights[f] = [family, high];
  }
  const thresholds: LinearModel['thresholds'] = { ...trained.thresholds, family: shipped.thresholds.family };
  if (shipped.thresholds.veto === undefined) delete thresholds.veto;
  else thresholds.veto = shipped.thresholds.veto;
  return { ...trained, weights, bias: [shipped.bias[0], trained.bias[1]], thresholds };
}

/**
 * Round 35 (MODEL_KEEP_HIGH=1): the mirror of `withFamilyOf`, a model whose family head was trained and whose high-risk
 * head is the shipped model's: the family weights, the family bias and the family and veto thresholds trained, the
 * high-risk weights, bias and the high and raise thresholds shipped. Pure: neither model is changed.
 */
export function withHighOf(trained: LinearModel, shipped: LinearModel): LinearModel {
  const weights: LinearModel['weights'] = {};
  for (const f of new Set([...Object.keys(trained.weights), ...Object.keys(shipped.weights)])) {
    const family = trained.weights[f]?.[0] ?? 0;
    const high = shipped.weights[f]?.[1] ?? 0;
    if (high !== 0 || f in trained.weights) weights[f] = [family, high];
  }
  const thresholds: LinearModel['thresholds'] = { ...trained.thresholds, high: shipped.thresholds.high };
  if (shipped.thresholds.raise === undefined) delete thresholds.raise;
  else thresholds.raise = shipped.thresholds.raise;
  return { ...trained, weights, bias: [trained.bias[0], shipped.bias[1]], thresholds };
}
