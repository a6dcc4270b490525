import { api, type Schemas, unwrap } from '../../../shared/api/client';
import { formatMoney, formatMoneyCompact } from '../../../shared/money';

export type MetricValues = Schemas['ScorecardMetricValues'];
export type MetricKey = keyof MetricValues;
export type MetricDefinition = Schemas['ScorecardMetricDefinition'];
export type ScorecardRow = Schemas['ScorecardRow'];
export type PartnerScorecard = Schemas['PartnerScorecard'];
export type ProgramDashboard = Schemas['ProgramDashboard'];
export type PartnerBenchmark = Schemas['PartnerBenchmark'];
export type AnalyticsSettings = Schemas['AnalyticsSettings'];

/** Everything cached about the scorecard starts with this key, so saving the assumptions refreshes it all. */
export const SCORECARD_KEY = 'scorecard';

export interface Period {
  from: string;
  to: string;
}

export const fetchDashboard = (period: Period) =>
  unwrap(api.GET('/api/analytics/dashboard', { params: { query: period } }));

export const fetchPartnerScorecard = (partnerId: string, period: Period) =>
  unwrap(api.GET('/api/partners/{id}/scorecard', { params: { path: { id: partnerId }, query: period } }));

export const fetchBenchmarks = (
  query: Period & {
    flag?: 'under' | 'over' | 'any';
    tier?: string;
    region?: 'NA' | 'LATAM' | 'EMEA' | 'APAC';
  },
) => unwrap(api.GET('/api/benchmarks', { params: { query } }));

export const fetchAnalyticsSettings = () => unwrap(api.GET('/api/analytics/settings'));

export const saveAnalyticsSettings = (body: AnalyticsSettings) =>
  unwrap(api.PUT('/api/analytics/settings', { body }));

/** A metric value as people read it; an em dash when there is nothing to measure. */
export function formatMetric(
  value: number | null | undefined,
  unit: MetricDefinition['unit'],
  currency: string,
): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'money':
      return formatMoney(value, currency);
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'percent':
      return `${value.toFixed(1)}%`;
    case 'points':
      return `${value > 0 ? '+' : ''}${value.toFixed(1)}`;
    case 'days':
      return `${Math.round(value)} days`;
    case 'multiple':
      return `${value.toFixed(2)}×`;
    default:
      return value.toFixed(1);
  }
}

/** Money metrics on a chart axis: compact. */
export const formatAxisMoney = (currency: string) => (value: number) => formatMoneyCompact(value, currency);

export type TrendDirection = 'up' | 'down' | 'flat' | null;

/** How the metric moved against the previous period, and whether that is good news. */
export function trendOf(
  current: number | null,
  previous: number | null,
  higherIsBetter: boolean,
): { direction: TrendDirection; good: boolean | null; change: number | null } {
  if (current === null || previous === null) return { direction: null, good: null, change: null };
  if (current === previous) return { direction: 'flat', good: null, change: 0 };
  const direction = current > previous ? 'up' : 'down';
  const change = previous !== 0 ? (current - previous) / Math.abs(previous) : null;
  return { direction, good: (direction === 'up') === higherIsBetter, change };
}

export function metricByKey(metrics: MetricDefinition[]): Map<string, MetricDefinition> {
  return new Map(metrics.map((m) => [m.key, m]));
}
