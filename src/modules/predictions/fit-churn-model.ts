import {
  fitLogistic,
  type LogisticModel,
  predictProbability,
} from '../../analytics/stats/logistic-regression.js';
import { choosePenalty } from './choose-penalty.js';
import {
  CHURN_FEATURES,
  CHURN_WINDOW_DAYS,
  type ChurnRow,
  churnRow,
  inChurnPopulation,
  monthlySnapshots,
} from './churn-features.js';
import { type BinaryEvaluation, compareWithBaseline } from './evaluate-binary.js';
import type { PartnerTimeline } from './read-partner-timelines.js';

const DAY = 86_400_000;
export const CHURN_HOLDOUT_DAYS = 120;

export interface FittedChurnModel {
  trainedThrough: Date;
  model: LogisticModel;
  evaluation: BinaryEvaluation;
  /** The baseline: share that went inactive among training rows with and without recent activity. */
  baseline: { recentlyActive: number; quiet: number };
}

/** Monthly snapshots of every partner active or at risk then, labelled where the window is over. */
export function churnRows(timelines: readonly PartnerTimeline[], asOf: number): ChurnRow[] {
  const rows: ChurnRow[] = [];
  for (const at of monthlySnapshots(timelines, asOf)) {
    for (const timeline of timelines)
      if (inChurnPopulation(timeline, at)) rows.push(churnRow(timeline, at, asOf));
  }
  return rows;
}

function baselineRates(rows: readonly ChurnRow[]) {
  const rate = (set: readonly ChurnRow[]) => (set.filter((r) => r.label === 1).length + 1) / (set.length + 2);
  return {
    recentlyActive: rate(rows.filter((r) => r.recentlyActive)),
    quiet: rate(rows.filter((r) => !r.recentlyActive)),
  };
}

/**
 * Chance a partner goes inactive in the next 180 days. The holdout is the monthly snapshots of the
 * last 120 days whose window has closed; the model learns from the snapshots taken before the holdout
 * began. Features never look past their snapshot, but a training label's 180-day window can reach into
 * the holdout period: with under two years of history, waiting for every training window to close
 * first would leave almost nothing to learn from. The README says so next to the figures.
 */
export function fitChurnModel(timelines: readonly PartnerTimeline[], asOf: Date): FittedChurnModel | null {
  const rows = churnRows(timelines, asOf.getTime()).filter((r) => r.label !== null);
  const lastLabelled = asOf.getTime() - CHURN_WINDOW_DAYS * DAY;
  const cut = lastLabelled - CHURN_HOLDOUT_DAYS * DAY;
  const train = rows.filter((r) => r.at < cut);
  const holdout = rows.filter((r) => r.at >= cut);
  const hasBothClasses = (set: readonly ChurnRow[]) =>
    set.some((r) => r.label === 1) && set.some((r) => r.label === 0);
  if (train.length < 20 || !hasBothClasses(train) || !hasBothClasses(holdout)) return null;
  const l2 = choosePenalty(
    CHURN_FEATURES,
    train.map((r) => r.values),
    train.map((r) => r.label!),
  );
  const fitOn = (set: readonly ChurnRow[]) =>
    fitLogistic(
      CHURN_FEATURES,
      set.map((r) => r.values),
      set.map((r) => r.label!),
      { l2 },
    );
  const evaluated = fitOn(train);
  const trainBaseline = baselineRates(train);
  const evaluation = compareWithBaseline(
    train.length,
    holdout.map((r) => r.label!),
    holdout.map((r) => predictProbability(evaluated, r.values)),
    holdout.map((r) => (r.recentlyActive ? trainBaseline.recentlyActive : trainBaseline.quiet)),
  );
  return { trainedThrough: new Date(cut), model: fitOn(rows), evaluation, baseline: baselineRates(rows) };
}
