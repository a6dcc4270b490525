import {
  fitLogistic,
  type LogisticModel,
  predictProbability,
} from '../../analytics/stats/logistic-regression.js';
import { choosePenalty } from './choose-penalty.js';
import { type BinaryEvaluation, compareWithBaseline } from './evaluate-binary.js';
import type { RegistrationFacts } from './read-registration-history.js';
import { type Rates, WIN_FEATURES, winRows } from './win-features.js';

const DAY = 86_400_000;
export const WIN_HOLDOUT_DAYS = 120;

export interface FittedWinModel {
  /** Registrations resolved before this are learned from; those resolved from it on are the holdout. */
  trainedThrough: Date;
  /** Refitted on every resolved registration once evaluated; this one scores open registrations. */
  model: LogisticModel;
  evaluation: BinaryEvaluation;
  baseRate: number;
}

/**
 * Win probability of a registration. Evaluated on the registrations resolved in the last 120 days
 * by a model fitted only on those resolved before; the baseline is the partner's smoothed historical
 * win rate. Null when there is too little history to learn from.
 */
export function fitWinModel(
  facts: readonly RegistrationFacts[],
  rates: Rates,
  asOf: Date,
): FittedWinModel | null {
  const rows = winRows(facts, rates).filter(
    (r) => r.label !== null && r.registration.resolvedAt!.getTime() <= asOf.getTime(),
  );
  const cut = new Date(asOf.getTime() - WIN_HOLDOUT_DAYS * DAY);
  const train = rows.filter((r) => r.registration.resolvedAt! < cut);
  const holdout = rows.filter((r) => r.registration.resolvedAt! >= cut);
  const hasBothClasses = (set: typeof rows) =>
    set.some((r) => r.label === 1) && set.some((r) => r.label === 0);
  if (train.length < 20 || !hasBothClasses(train) || !hasBothClasses(holdout)) return null;
  const l2 = choosePenalty(
    WIN_FEATURES,
    train.map((r) => r.values),
    train.map((r) => r.label!),
  );
  const fitOn = (set: typeof rows) =>
    fitLogistic(
      WIN_FEATURES,
      set.map((r) => r.values),
      set.map((r) => r.label!),
      { l2 },
    );
  const evaluated = fitOn(train);
  const labels = holdout.map((r) => r.label!);
  const evaluation = compareWithBaseline(
    train.length,
    labels,
    holdout.map((r) => predictProbability(evaluated, r.values)),
    holdout.map((r) => r.baseline),
  );
  return {
    trainedThrough: cut,
    model: fitOn(rows),
    evaluation,
    baseRate: rows.filter((r) => r.label === 1).length / rows.length,
  };
}
