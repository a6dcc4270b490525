import { brierScore } from '../../analytics/stats/classification-metrics.js';
import { fitLogistic, predictProbability } from '../../analytics/stats/logistic-regression.js';

export const PENALTY_CANDIDATES = [0.5, 2, 8, 32, 128] as const;
const FOLDS = 5;

/**
 * Picks the ridge penalty inside the training period only, by cross-validation over five contiguous
 * blocks of the (time-ordered) training rows: the penalty with the lowest pooled Brier score on the
 * left-out blocks wins. The holdout is never looked at. Folds whose remaining rows lack a class are
 * skipped; with none usable, the middle candidate is used.
 */
export function choosePenalty(
  featureNames: readonly string[],
  rows: readonly (readonly number[])[],
  labels: readonly number[],
): number {
  const both = (ys: readonly number[]) => ys.includes(0) && ys.includes(1);
  const size = Math.ceil(rows.length / FOLDS);
  let best: { l2: number; brier: number } | null = null;
  for (const l2 of PENALTY_CANDIDATES) {
    const predicted: number[] = [];
    const observed: number[] = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      const from = fold * size;
      const to = Math.min(rows.length, from + size);
      const fitRows = [...rows.slice(0, from), ...rows.slice(to)];
      const fitLabels = [...labels.slice(0, from), ...labels.slice(to)];
      if (from >= to || !both(fitLabels)) continue;
      const model = fitLogistic(featureNames, fitRows, fitLabels, { l2 });
      for (let i = from; i < to; i++) {
        predicted.push(predictProbability(model, rows[i]!));
        observed.push(labels[i]!);
      }
    }
    if (!predicted.length) return 8;
    const brier = brierScore(predicted, observed)!;
    if (!best || brier < best.brier) best = { l2, brier };
  }
  return best!.l2;
}
