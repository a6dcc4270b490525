/** How a metric's value reads: the screens format and compare by it. */
export type MetricUnit = 'money' | 'ratio' | 'percent' | 'points' | 'days' | 'multiple' | 'score';

export interface MetricDefinition {
  key: MetricKey;
  label: string;
  unit: MetricUnit;
  higherIsBetter: boolean;
  /** Shown to the partner on its own portal scorecard (cost and program-economics figures are not). */
  partnerVisible: boolean;
}

export const METRIC_KEYS = [
  'sourcedRevenue',
  'influencedRevenue',
  'attributedRevenue',
  'ropi',
  'cltv',
  'cac',
  'timeToFirstRevenue',
  'winRate',
  'cycleLength',
  'averageDealSize',
  'registrationApprovalRate',
  'registrationConflictRate',
  'leadAcceptanceRate',
  'psat',
  'pnps',
  'portalEngagement',
  'certificationMomentum',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/**
 * Every scorecard metric, in display order. Units: money in the program currency's minor units;
 * ratio 0–1; percent 0–100; points −100–100; multiple as a plain ratio (ROPI 1.5 = 150 % return).
 */
export const METRICS: readonly MetricDefinition[] = [
  {
    key: 'sourcedRevenue',
    label: 'Partner-sourced revenue',
    unit: 'money',
    higherIsBetter: true,
    partnerVisible: true,
  },
  {
    key: 'influencedRevenue',
    label: 'Partner-influenced revenue',
    unit: 'money',
    higherIsBetter: true,
    partnerVisible: true,
  },
  {
    key: 'attributedRevenue',
    label: 'Attributed revenue (model credit)',
    unit: 'money',
    higherIsBetter: true,
    partnerVisible: true,
  },
  { key: 'ropi', label: 'ROPI', unit: 'multiple', higherIsBetter: true, partnerVisible: false },
  {
    key: 'cltv',
    label: 'Customer lifetime value',
    unit: 'money',
    higherIsBetter: true,
    partnerVisible: false,
  },
  {
    key: 'cac',
    label: 'Customer acquisition cost',
    unit: 'money',
    higherIsBetter: false,
    partnerVisible: false,
  },
  {
    key: 'timeToFirstRevenue',
    label: 'Time to first revenue',
    unit: 'days',
    higherIsBetter: false,
    partnerVisible: true,
  },
  { key: 'winRate', label: 'Win rate', unit: 'ratio', higherIsBetter: true, partnerVisible: true },
  {
    key: 'cycleLength',
    label: 'Sales cycle length',
    unit: 'days',
    higherIsBetter: false,
    partnerVisible: true,
  },
  {
    key: 'averageDealSize',
    label: 'Average deal size',
    unit: 'money',
    higherIsBetter: true,
    partnerVisible: true,
  },
  {
    key: 'registrationApprovalRate',
    label: 'Registration approval rate',
    unit: 'ratio',
    higherIsBetter: true,
    partnerVisible: true,
  },
  {
    key: 'registrationConflictRate',
    label: 'Registration conflict rate',
    unit: 'ratio',
    higherIsBetter: false,
    partnerVisible: true,
  },
  {
    key: 'leadAcceptanceRate',
    label: 'Lead acceptance rate',
    unit: 'ratio',
    higherIsBetter: true,
    partnerVisible: true,
  },
  { key: 'psat', label: 'PSAT', unit: 'percent', higherIsBetter: true, partnerVisible: false },
  { key: 'pnps', label: 'pNPS', unit: 'points', higherIsBetter: true, partnerVisible: false },
  {
    key: 'portalEngagement',
    label: 'Portal engagement',
    unit: 'score',
    higherIsBetter: true,
    partnerVisible: true,
  },
  {
    key: 'certificationMomentum',
    label: 'Certification momentum',
    unit: 'multiple',
    higherIsBetter: true,
    partnerVisible: true,
  },
];

export type MetricValues = Record<MetricKey, number | null>;

export const emptyMetricValues = (): MetricValues =>
  Object.fromEntries(METRIC_KEYS.map((key) => [key, null])) as MetricValues;
