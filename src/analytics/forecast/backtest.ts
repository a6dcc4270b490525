import { type ForecastResidual, fitIntervalModel, predictionInterval } from './prediction-interval.js';

export interface BacktestPoint {
  originQuarter: number;
  horizon: number;
  targetQuarter: number;
  forecast: number;
  actual: number;
  /** The last complete quarter before the origin, repeated. */
  naiveLast: number;
  /** The same quarter a year earlier; null when that lies before the data starts. */
  naiveSeasonal: number | null;
  /** 80% interval from residuals known at the origin only; null while fewer than the minimum existed. */
  low: number | null;
  high: number | null;
}

export interface BacktestInput {
  originQuarters: readonly number[];
  horizons: number;
  /** Only quarters up to this one are complete, so only they can be scored. */
  lastCompleteQuarter: number;
  firstDataQuarter: number;
  /** Forecast per horizon (1…horizons) as it would have been made at the start of the origin quarter. */
  forecast(originQuarter: number): readonly number[];
  actual(quarter: number): number;
  minimumResiduals?: number;
}

/**
 * Replays the forecaster at past quarter starts and scores it on the quarters that have since closed.
 * Each point's interval is built only from residuals of quarters that had ended by its origin, so the
 * coverage is what a user would have seen at the time, not a fit to the answers.
 */
export function runBacktest(input: BacktestInput): BacktestPoint[] {
  const points: BacktestPoint[] = [];
  for (const origin of [...input.originQuarters].sort((a, b) => a - b)) {
    const known: ForecastResidual[] = points.filter((p) => p.targetQuarter < origin);
    const intervals = fitIntervalModel(known, input.minimumResiduals ?? 3);
    const forecasts = input.forecast(origin);
    for (let h = 1; h <= input.horizons; h++) {
      const target = origin + h - 1;
      if (target > input.lastCompleteQuarter) break;
      const forecast = forecasts[h - 1] ?? 0;
      const interval = intervals.residuals > 0 ? predictionInterval(intervals, forecast, h) : null;
      points.push({
        originQuarter: origin,
        horizon: h,
        targetQuarter: target,
        forecast,
        actual: input.actual(target),
        naiveLast: input.actual(origin - 1),
        naiveSeasonal: target - 4 >= input.firstDataQuarter ? input.actual(target - 4) : null,
        low: interval?.low ?? null,
        high: interval?.high ?? null,
      });
    }
  }
  return points;
}

export interface ErrorFigures {
  points: number;
  /** Mean absolute error, minor units. */
  mae: number | null;
  /** Mean absolute percentage error over points with a non-zero actual, as a fraction. */
  mape: number | null;
}

export function errorFigures(pairs: readonly { forecast: number; actual: number }[]): ErrorFigures {
  if (pairs.length === 0) return { points: 0, mae: null, mape: null };
  const mae = pairs.reduce((s, p) => s + Math.abs(p.forecast - p.actual), 0) / pairs.length;
  const scored = pairs.filter((p) => p.actual !== 0);
  const mape = scored.length
    ? scored.reduce((s, p) => s + Math.abs(p.forecast - p.actual) / Math.abs(p.actual), 0) / scored.length
    : null;
  return { points: pairs.length, mae, mape };
}

export interface BacktestSummary {
  points: number;
  /** Share of actuals inside their 80% interval, over points that had an interval. */
  coverage: number | null;
  coveragePoints: number;
  model: ErrorFigures;
  naiveLast: ErrorFigures;
  /** Model and seasonal naive compared on the points where a year-earlier quarter exists. */
  seasonal: { model: ErrorFigures; naive: ErrorFigures };
}

export function summarizeBacktest(points: readonly BacktestPoint[]): BacktestSummary {
  const withInterval = points.filter((p) => p.low !== null && p.high !== null);
  const inside = withInterval.filter((p) => p.actual >= p.low! && p.actual <= p.high!).length;
  const seasonal = points.filter((p) => p.naiveSeasonal !== null);
  return {
    points: points.length,
    coverage: withInterval.length ? inside / withInterval.length : null,
    coveragePoints: withInterval.length,
    model: errorFigures(points),
    naiveLast: errorFigures(points.map((p) => ({ forecast: p.naiveLast, actual: p.actual }))),
    seasonal: {
      model: errorFigures(seasonal),
      naive: errorFigures(seasonal.map((p) => ({ forecast: p.naiveSeasonal!, actual: p.actual }))),
    },
  };
}
