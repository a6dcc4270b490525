import type { RevenueForecastReport } from './predictions-api';

export interface ForecastPoint {
  quarter: string;
  actual?: number;
  expected?: number;
  /** The 80% interval, as the [low, high] pair a range area draws. */
  band?: [number, number];
}

/** One row per quarter for the chart: actuals, then the forecast with its band. */
export function forecastPoints(report: Pick<RevenueForecastReport, 'history' | 'quarters'>): ForecastPoint[] {
  const history: ForecastPoint[] = report.history.map((h) => ({ quarter: h.quarter, actual: h.actualMinor }));
  const last = history.at(-1);
  // The forecast line starts at the last actual, so the two read as one line.
  if (last) last.expected = last.actual;
  return [
    ...history,
    ...report.quarters.map((q) => ({
      quarter: q.quarter,
      expected: q.expectedMinor,
      band: [q.lowMinor, q.highMinor] as [number, number],
    })),
  ];
}
