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
