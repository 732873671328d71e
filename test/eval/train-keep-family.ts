import type { LinearModel } from '../../libs/domain/src';

/** A head of the linear model, its column in every weight pair and bias, and its thresholds (the second optional). */
const HEADS = {
  family: { column: 0, thresholds: ['family', 'veto'] },
  high: { column: 1, thresholds: ['high', 'raise'] },
} as const;
export type ModelHead = keyof typeof HEADS;
/** The column of a head's weights and bias (0 family, 1 high risk). */
export const columnOf = (head: ModelHead): 0 | 1 => HEADS[head].column;

/**
 * A model whose `kept` head is the shipped model's and whose other head was trained. Every feature of either model is
 * kept: the kept column's weight is the shipped one (0 for a feature the shipped model lacks), the other column's the
 * trained one (0 for a feature only the shipped model has); the kept head's bias and thresholds are the shipped ones (an
 * optional threshold the shipped model has not is dropped). Pure: neither model is changed.
 */
export function withShippedHead(trained: LinearModel, shipped: LinearModel, kept: ModelHead): LinearModel {
  const k = HEADS[kept].column;
  const weights: LinearModel['weights'] = {};
  for (const f of new Set([...Object.keys(shipped.weights), ...Object.keys(trained.weights)])) {
    const pair: [number, number] = [0, 0];
    pair[k] = shipped.weights[f]?.[k] ?? 0;
    pair[1 - k] = trained.weights[f]?.[1 - k] ?? 0;
    // A shipped feature whose kept weight is 0 and that the trained head dropped carries nothing.
    if (pair[k] !== 0 || f in trained.weights) weights[f] = pair;
  }
  const [main, optional] = HEADS[kept].thresholds;
  const thresholds: LinearModel['thresholds'] = { ...trained.thresholds, [main]: shipped.thresholds[main] };
  if (shipped.thresholds[optional] === undefined) delete thresholds[optional];
  else thresholds[optional] = shipped.thresholds[optional];
  const bias: [number, number] = [...trained.bias];
  bias[k] = shipped.bias[k];
  return { ...trained, weights, bias, thresholds };
}

/**
 * Round 28 (MODEL_KEEP_FAMILY=1): a model whose high-risk head was trained and whose family head (weights, bias, family
 * and veto thresholds) is the shipped model's.
 */
export const withFamilyOf = (trained: LinearModel, shipped: LinearModel): LinearModel => withShippedHead(trained, shipped, 'family');

/**
 * Round 35 (MODEL_KEEP_HIGH=1): the mirror, a model whose family head was trained and whose high-risk head (weights, bias,
 * high and raise thresholds) is the shipped model's.
 */
export const withHighOf = (trained: LinearModel, shipped: LinearModel): LinearModel => withShippedHead(trained, shipped, 'high');
