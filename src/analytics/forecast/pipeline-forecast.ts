import { fitLinearTrend, trendAt } from './linear-trend.js';
import { quarterIndexOf, quarterStart } from './quarters.js';
import {
  estimateStageProbabilities,
  type StageObservation,
  type StageProbability,
} from './stage-probabilities.js';

export interface PipelineDeal {
  /** Program currency, minor units. */
  amount: number;
  createdAt: number;
  closedAt: number | null;
  won: boolean;
  /** Open stages with the time each was entered, oldest first (the first is the stage it was created at). */
  stageEvents: readonly { at: number; stage: string }[];
}

export interface QuarterForecast {
  quarter: number;
  /** Already won in the quarter before the origin (first quarter only). */
  booked: number;
  /** Deals open at the origin, each weighted by its stage's chance of being won in the quarter. */
  pipeline: number;
  /** Revenue from deals not yet created at the origin, from the trend of such revenue in the past. */
  trend: number;
  expected: number;
}

export interface PipelineForecast {
  originQuarter: number;
  stageProbabilities: StageProbability[];
  quarters: QuarterForecast[];
}

function stageAt(deal: PipelineDeal, at: number): string | null {
  let stage: string | null = null;
  for (const event of deal.stageEvents) if (event.at <= at) stage = event.stage;
  return stage;
}

function isOpenAt(deal: PipelineDeal, at: number): boolean {
  return deal.createdAt <= at && (deal.closedAt === null || deal.closedAt > at);
}

/** Won revenue closed in each quarter, by quarter index. */
export function wonByQuarter(deals: readonly PipelineDeal[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const deal of deals) {
    if (!deal.won || deal.closedAt === null) continue;
    const q = quarterIndexOf(deal.closedAt);
    totals.set(q, (totals.get(q) ?? 0) + deal.amount);
  }
  return totals;
}

/** The pipeline at each quarter start before the origin, with outcomes as far as known at the origin. */
function stageObservations(
  deals: readonly PipelineDeal[],
  firstQuarter: number,
  origin: number,
  horizons: number,
): StageObservation[] {
  const originQuarter = quarterIndexOf(origin);
  const observations: StageObservation[] = [];
  for (let q = firstQuarter; q < originQuarter; q++) {
    const at = quarterStart(q).getTime();
    const observedThrough = Math.min(horizons - 1, originQuarter - 1 - q);
    for (const deal of deals) {
      if (!isOpenAt(deal, at)) continue;
      const stage = stageAt(deal, at);
      if (stage === null) continue;
      const wonInView = deal.won && deal.closedAt !== null && deal.closedAt <= origin;
      const offset = wonInView ? quarterIndexOf(deal.closedAt!) - q : null;
      observations.push({
        stage,
        wonOffset: offset !== null && offset < horizons ? offset : null,
        observedThrough,
      });
    }
  }
  return observations;
}

/**
 * Revenue of quarter q that came from deals created at or after the start of quarter q − h + 1:
 * what a forecast made h − 1 quarters before q could not yet see in its pipeline.
 */
function freshRevenue(deals: readonly PipelineDeal[], quarter: number, horizon: number): number {
  const from = quarterStart(quarter - horizon + 1).getTime();
  let total = 0;
  for (const deal of deals) {
    if (
      deal.won &&
      deal.closedAt !== null &&
      quarterIndexOf(deal.closedAt) === quarter &&
      deal.createdAt >= from
    )
      total += deal.amount;
  }
  return total;
}

/**
 * Forecast of won revenue for `horizons` quarters starting with the quarter holding `origin`, from
 * what was known at `origin` only: stage-by-quarter probabilities from earlier pipeline snapshots, the
 * pipeline open then, and the linear trend of not-yet-created revenue over the quarters complete by then.
 */
export function forecastFromPipeline(
  deals: readonly PipelineDeal[],
  origin: number,
  stages: readonly string[],
  horizons = 4,
): PipelineForecast {
  const originQuarter = quarterIndexOf(origin);
  const firstQuarter = deals.reduce(
    (first, d) => Math.min(first, quarterIndexOf(d.createdAt)),
    originQuarter,
  );
  const stageProbabilities = estimateStageProbabilities(
    stageObservations(deals, firstQuarter, origin, horizons),
    stages,
    horizons,
  );
  const byStage = new Map(stageProbabilities.map((s) => [s.stage, s.byQuarter]));
  const quarters: QuarterForecast[] = Array.from({ length: horizons }, (_, h) => ({
    quarter: originQuarter + h,
    booked: 0,
    pipeline: 0,
    trend: 0,
    expected: 0,
  }));
  const originQuarterStart = quarterStart(originQuarter).getTime();
  for (const deal of deals) {
    if (deal.won && deal.closedAt !== null && deal.closedAt >= originQuarterStart && deal.closedAt <= origin)
      quarters[0]!.booked += deal.amount;
    if (!isOpenAt(deal, origin)) continue;
    const probabilities = byStage.get(stageAt(deal, origin) ?? '');
    if (!probabilities) continue;
    for (let k = 0; k < horizons; k++) quarters[k]!.pipeline += deal.amount * probabilities[k]!;
  }
  const complete: number[] = [];
  for (let q = firstQuarter; quarterStart(q + 1).getTime() <= origin; q++) complete.push(q);
  const quarterLength = quarterStart(originQuarter + 1).getTime() - originQuarterStart;
  const remainingShare = (quarterStart(originQuarter + 1).getTime() - origin) / quarterLength;
  let usable = 1;
  for (let h = 1; h <= horizons; h++) {
    // Longer horizons need older history; without any, the longest horizon that has some stands in
    // (it can only understate what a longer one would add).
    if (complete.some((q) => q - h + 1 >= firstQuarter)) usable = h;
    const history = complete.filter((q) => q - usable + 1 >= firstQuarter);
    const values = history.map((q) => freshRevenue(deals, q, usable));
    const trend =
      history.length >= 3
        ? trendAt(fitLinearTrend(history, values), originQuarter + h - 1)
        : values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1);
    quarters[h - 1]!.trend = Math.max(0, trend) * (h === 1 ? remainingShare : 1);
  }
  for (const q of quarters) {
    q.pipeline = Math.round(q.pipeline);
    q.trend = Math.round(q.trend);
    q.expected = q.booked + q.pipeline + q.trend;
  }
  return { originQuarter, stageProbabilities, quarters };
}
