import type { Ctx } from '../../platform/context.js';

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
  _ctx: Ctx,
  _query: { asOf?: string },
): Promise<IndirectRevenueForecast> {
  throw new Error('forecastIndirectRevenue is not built yet');
}
