import { type BacktestPoint, type BacktestSummary, runBacktest, summarizeBacktest } from './backtest.js';
import {
  forecastFromPipeline,
  type PipelineDeal,
  type QuarterForecast,
  wonByQuarter,
} from './pipeline-forecast.js';
import { fitIntervalModel, type IntervalModel, predictionInterval } from './prediction-interval.js';
import { quarterIndexOf, quarterStart } from './quarters.js';
import type { StageProbability } from './stage-probabilities.js';

export const FORECAST_HORIZONS = 4;
/** A backtest origin needs this many complete quarters of history before it. */
export const MIN_HISTORY_QUARTERS = 2;

export interface RevenueForecast {
  quarters: (QuarterForecast & { low: number; high: number })[];
  history: { quarter: number; actual: number }[];
  stageProbabilities: StageProbability[];
  intervals: IntervalModel;
  backtest: { points: BacktestPoint[]; summary: BacktestSummary };
}

/**
 * The forecast as of `asOf` with 80% intervals whose width comes from replaying the same method at
 * every earlier quarter start and measuring how far off it was.
 */
export function forecastRevenue(
  deals: readonly PipelineDeal[],
  asOf: number,
  stages: readonly string[],
): RevenueForecast {
  const currentQuarter = quarterIndexOf(asOf);
  const firstDataQuarter = deals.reduce(
    (first, d) => Math.min(first, quarterIndexOf(d.createdAt)),
    currentQuarter,
  );
  const actuals = wonByQuarter(deals.filter((d) => d.closedAt !== null && d.closedAt <= asOf));
  const actual = (q: number) => actuals.get(q) ?? 0;
  const origins: number[] = [];
  for (let q = firstDataQuarter + MIN_HISTORY_QUARTERS; q < currentQuarter; q++) origins.push(q);
  const points = runBacktest({
    originQuarters: origins,
    horizons: FORECAST_HORIZONS,
    lastCompleteQuarter: currentQuarter - 1,
    firstDataQuarter,
    forecast: (origin) =>
      forecastFromPipeline(deals, quarterStart(origin).getTime(), stages, FORECAST_HORIZONS).quarters.map(
        (q) => q.expected,
      ),
    actual,
  });
  const intervals = fitIntervalModel(points);
  const live = forecastFromPipeline(deals, asOf, stages, FORECAST_HORIZONS);
  const history: { quarter: number; actual: number }[] = [];
  for (let q = firstDataQuarter; q < currentQuarter; q++) history.push({ quarter: q, actual: actual(q) });
  return {
    quarters: live.quarters.map((q, i) => ({ ...q, ...predictionInterval(intervals, q.expected, i + 1) })),
    history,
    stageProbabilities: live.stageProbabilities,
    intervals,
    backtest: { points, summary: summarizeBacktest(points) },
  };
}
