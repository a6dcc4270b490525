import type { BacktestPoint, BacktestSummary } from '../../analytics/forecast/backtest.js';
import type { IntervalModel } from '../../analytics/forecast/prediction-interval.js';
import type { StageProbability } from '../../analytics/forecast/stage-probabilities.js';
import type { LogisticModel } from '../../analytics/stats/logistic-regression.js';
import type { BinaryEvaluation } from './evaluate-binary.js';

/** What a saved model row holds in its parameters and evaluation columns, by kind. */
export interface WinParameters {
  model: LogisticModel;
  baseRate: number;
}

export interface ChurnParameters {
  model: LogisticModel;
  baseline: { recentlyActive: number; quiet: number };
}

export interface ForecastParameters {
  currency: string;
  intervals: IntervalModel;
  stageProbabilities: StageProbability[];
}

export type BinaryEvaluationRecord = BinaryEvaluation & { baselineName: string };

export interface ForecastEvaluationRecord {
  currency: string;
  backtest: BacktestSummary;
  points: BacktestPoint[];
}

export const WIN_BASELINE_NAME = "Partner's smoothed historical win rate";
export const CHURN_BASELINE_NAME = 'Historical inactive rate, split by activity in the last 90 days';
