import { quarterLabel } from '../../analytics/forecast/quarters.js';
import { forecastRevenue } from '../../analytics/forecast/revenue-forecast.js';
import type { Ctx } from '../../platform/context.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import type { RevenueForecastReport } from './predictions.schemas.js';
import { FORECAST_STAGES, readIndirectPipeline } from './read-indirect-pipeline.js';

export interface ForecastQuarter {
  /** e.g. 2027-Q1 */
  quarter: string;
  /** Expected indirect (partner-sourced + influenced) closed-won revenue, program currency minor units. */
  expectedMinor: number;
  /** 80% prediction interval. */
  lowMinor: number;
  highMinor: number;
  /** The part coming from open pipeline weighted by learned stage probabilities. */
  fromPipelineMinor: number;
  /** The part coming from the trend of new pipeline not yet created. */
  fromTrendMinor: number;
}

export interface IndirectRevenueForecast {
  currency: string;
  asOf: string;
  quarters: ForecastQuarter[];
  /** Actuals per past quarter, for the chart. */
  history: { quarter: string; actualMinor: number }[];
}

/** Next four quarters of indirect revenue from the open pipeline and the trend, with 80% intervals. */
export async function forecastIndirectRevenue(
  ctx: Ctx,
  query: { asOf?: string },
): Promise<IndirectRevenueForecast> {
  const { currency, asOf, quarters, history } = await getRevenueForecastReport(ctx, query);
  return { currency, asOf, quarters, history };
}

/**
 * The forecast with how it was made: stage probabilities, the interval spread and the backtest
 * against a naive forecast. Indirect deals are those with a partner on them or a partner touch; the
 * quarter in progress counts what is already won in it as pipeline.
 */
export async function getRevenueForecastReport(
  ctx: Ctx,
  query: { asOf?: string },
): Promise<RevenueForecastReport> {
  const asOf = query.asOf ? new Date(query.asOf) : ctx.clock.now();
  const program = await loadTierProgram(ctx.db);
  const deals = await readIndirectPipeline(ctx.db, program.exchangeRates, program.currency);
  // Only what existed at the as-of time: later deals, and later closes, are not known then.
  const known = deals
    .filter((d) => d.createdAt <= asOf.getTime())
    .map((d) =>
      d.closedAt !== null && d.closedAt > asOf.getTime() ? { ...d, closedAt: null, won: false } : d,
    );
  const forecast = forecastRevenue(known, asOf.getTime(), FORECAST_STAGES);
  return {
    currency: program.currency,
    asOf: asOf.toISOString(),
    quarters: forecast.quarters.map((q) => ({
      quarter: quarterLabel(q.quarter),
      expectedMinor: q.expected,
      lowMinor: q.low,
      highMinor: q.high,
      fromPipelineMinor: q.booked + q.pipeline,
      fromTrendMinor: q.trend,
    })),
    history: forecast.history.map((h) => ({ quarter: quarterLabel(h.quarter), actualMinor: h.actual })),
    stageProbabilities: forecast.stageProbabilities,
    interval: forecast.intervals,
    backtest: forecast.backtest.summary,
    backtestPoints: forecast.backtest.points.map((p) => ({
      origin: quarterLabel(p.originQuarter),
      horizon: p.horizon,
      quarter: quarterLabel(p.targetQuarter),
      forecastMinor: p.forecast,
      actualMinor: p.actual,
      naiveMinor: p.naiveLast,
      lowMinor: p.low,
      highMinor: p.high,
    })),
  };
}
