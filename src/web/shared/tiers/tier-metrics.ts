import { STANDARD_TIER_METRICS, type StandardTierMetric } from '../../../analytics/tiering/evaluate-tier';
import { formatNumber, humanize } from '../format';
import { formatMoney } from '../money';

export { STANDARD_TIER_METRICS, type StandardTierMetric };

/** How a metric's values read: money in the program currency, a share shown as %, a count, or a number. */
export type MetricKind = 'money' | 'share' | 'count' | 'number';

const STANDARD_METRICS: Record<StandardTierMetric, { label: string; kind: MetricKind; help: string }> = {
  sourcedRevenueMinor: {
    label: 'Sourced revenue',
    kind: 'money',
    help: 'Closed-won revenue the partner sourced in the last 12 months',
  },
  influencedRevenueMinor: {
    label: 'Influenced revenue',
    kind: 'money',
    help: 'Closed-won revenue the partner influenced in the last 12 months',
  },
  wonDeals: { label: 'Won deals', kind: 'count', help: 'Deals won with the partner in the last 12 months' },
  approvedRegistrations: {
    label: 'Approved registrations',
    kind: 'count',
    help: 'Deal registrations approved in the last 12 months',
  },
  certifiedPeople: {
    label: 'Certified people',
    kind: 'count',
    help: 'People of the partner holding a valid certification',
  },
  psat: {
    label: 'Partner satisfaction (PSAT)',
    kind: 'share',
    help: 'Share of surveyed customers answering 4 or 5; not held against a partner without surveys',
  },
};

const CUSTOM_PREFIX = 'custom:';

export const isStandardMetric = (metric: string): metric is StandardTierMetric =>
  (STANDARD_TIER_METRICS as readonly string[]).includes(metric);

/** The key of a custom metric ("custom:joint-webinars" → "joint-webinars"), else null. */
export const customKeyOf = (metric: string): string | null =>
  metric.startsWith(CUSTOM_PREFIX) ? metric.slice(CUSTOM_PREFIX.length) : null;

export const customMetric = (key: string) => `${CUSTOM_PREFIX}${key}`;

export function metricKind(metric: string): MetricKind {
  return isStandardMetric(metric) ? STANDARD_METRICS[metric].kind : 'number';
}

export function metricLabel(metric: string): string {
  if (isStandardMetric(metric)) return STANDARD_METRICS[metric].label;
  const key = customKeyOf(metric);
  return key ? humanize(key) : metric;
}

export function metricHelp(metric: string): string {
  if (isStandardMetric(metric)) return STANDARD_METRICS[metric].help;
  return 'A metric of the program’s own, set per partner by the vendor';
}

/** A metric value as a person reads it: "$250,000.00", "80%", "3"; a missing value is "—". */
export function formatMetricValue(
  metric: string,
  value: number | null | undefined,
  currency: string,
): string {
  if (value === null || value === undefined) return '—';
  switch (metricKind(metric)) {
    case 'money':
      return formatMoney(Math.round(value), currency);
    case 'share':
      return `${formatNumber(Math.round(value * 1000) / 10)}%`;
    default:
      return formatNumber(Math.round(value * 100) / 100);
  }
}

/** The metrics the program's criteria use, in the order they first appear. */
export function criteriaMetrics(tiers: readonly { criteria: readonly { metric: string }[] }[]): string[] {
  const seen = new Set<string>();
  for (const tier of tiers) for (const criterion of tier.criteria) seen.add(criterion.metric);
  return [...seen];
}

/** "Sourced revenue $2,600.00 · Won deals 2": the given metrics that have a value, in one line. */
export function metricsLine(
  metrics: Record<string, number | null>,
  currency: string,
  only?: readonly string[],
): string {
  return (only ?? Object.keys(metrics))
    .filter((metric) => metrics[metric] !== null && metrics[metric] !== undefined)
    .map((metric) => `${metricLabel(metric)} ${formatMetricValue(metric, metrics[metric], currency)}`)
    .join(' · ');
}
