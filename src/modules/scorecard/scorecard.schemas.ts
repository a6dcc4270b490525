import { z } from 'zod';
import { ATTRIBUTION_MODELS } from '../attribution/partner-attributed-revenue.js';
import { METRIC_KEYS } from './metric-catalog.js';

const minor = (description: string) => z.number().int().min(0).max(1e12).describe(description);

export const ZAnalyticsSettings = z
  .strictObject({
    grossMarginPercent: z.number().min(0).max(100).describe('Gross margin on partner revenue, percent'),
    enablementCostPerEnrollmentMinor: minor('Enablement cost of one course enrollment'),
    enablementCostPerCertificateMinor: minor('Enablement cost of one certificate earned'),
    managementCostPerPartnerMonthMinor: minor('Partner management cost per partner per month'),
    directSalesMarketingCostPerMonthMinor: minor("The direct channel's sales and marketing cost per month"),
    maxCustomerLifetimeYears: z
      .number()
      .min(1)
      .max(50)
      .describe('Expected customer lifetime when a cohort shows (almost) no churn'),
    attributionModel: z
      .enum(ATTRIBUTION_MODELS)
      .describe('Model that credits partners for influenced revenue'),
  })
  .meta({ id: 'AnalyticsSettings', description: 'Money in the tier program currency, minor units' });
export type AnalyticsSettings = z.infer<typeof ZAnalyticsSettings>;

export const ZAnalyticsSettingsView = ZAnalyticsSettings.extend({
  updatedAt: z.iso.datetime().nullable().describe('null while the defaults are in force'),
}).meta({ id: 'AnalyticsSettingsView' });
export type AnalyticsSettingsView = z.infer<typeof ZAnalyticsSettingsView>;

export const GROUP_BYS = ['partner', 'tier', 'region', 'type', 'program'] as const;
export const ZGroupBy = z.enum(GROUP_BYS);
export type GroupBy = z.infer<typeof ZGroupBy>;

export const ZPeriodQuery = {
  from: z.iso.date().optional().describe('First day of the period (UTC); default twelve months before to'),
  to: z.iso
    .date()
    .optional()
    .describe('Day after the last day of the period (UTC); default the next month start'),
};

export const ZMetricValues = z
  .object(
    Object.fromEntries(METRIC_KEYS.map((key) => [key, z.number().nullable()])) as {
      [K in (typeof METRIC_KEYS)[number]]: z.ZodNullable<z.ZodNumber>;
    },
  )
  .meta({ id: 'ScorecardMetricValues', description: 'null when the metric has no data in the period' });

export const ZMetricDefinition = z
  .object({
    key: z.enum(METRIC_KEYS),
    label: z.string(),
    unit: z.enum(['money', 'ratio', 'percent', 'points', 'days', 'multiple', 'score']),
    higherIsBetter: z.boolean(),
    partnerVisible: z.boolean(),
  })
  .meta({ id: 'ScorecardMetricDefinition' });

export const ZScorecardRow = z
  .object({
    key: z.string().describe('Partner id, tier key, region, partner type, or "program"'),
    label: z.string(),
    partners: z.number().int(),
    current: ZMetricValues,
    previous: ZMetricValues.describe('The same metrics over the previous period of equal length'),
  })
  .meta({ id: 'ScorecardRow' });
export type ScorecardRow = z.infer<typeof ZScorecardRow>;

export const ZPeriod = z.object({ from: z.iso.date(), to: z.iso.date() });

export const ZScorecardContext = {
  currency: z.string().describe('Program currency all money is converted to'),
  unconvertedCurrencies: z.array(z.string()).describe('Currencies without an exchange rate: left out'),
  period: ZPeriod,
  previousPeriod: ZPeriod,
  metrics: z.array(ZMetricDefinition),
};

export const ZPartnerScorecard = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    tier: z.string().nullable(),
    region: z.string().nullable(),
    type: z.string(),
    ...ZScorecardContext,
    current: ZMetricValues,
    previous: ZMetricValues,
    peers: z.number().int().nullable().describe('Peers in the same tier and region (vendor staff only)'),
    percentiles: z.record(z.string(), z.number().nullable()).describe('Peer percentile per metric'),
    peerMedians: z.record(z.string(), z.number().nullable()),
    flag: z.enum(['under', 'over']).nullable(),
    differences: z.array(z.string()),
  })
  .meta({ id: 'PartnerScorecard' });
export type PartnerScorecard = z.infer<typeof ZPartnerScorecard>;

export const ZSeriesPoint = z
  .object({
    bucket: z.string().describe('YYYY-MM (month) or YYYY-Qn (quarter)'),
    sourcedRevenue: z.number().int(),
    influencedRevenue: z.number().int(),
    wonDeals: z.number().int(),
  })
  .meta({ id: 'RevenueSeriesPoint' });
export type SeriesPoint = z.infer<typeof ZSeriesPoint>;

export const ZProgramDashboard = z
  .object({
    ...ZScorecardContext,
    program: ZScorecardRow,
    direct: z
      .object({ cltv: z.number().nullable(), cac: z.number().nullable(), newCustomers: z.number().int() })
      .describe('The direct channel, to compare partner-acquired customers with'),
    partnerNewCustomers: z.number().int(),
    interval: z.enum(['month', 'quarter']),
    series: z.array(ZSeriesPoint),
    byTier: z.array(ZScorecardRow),
    byRegion: z.array(ZScorecardRow),
    byType: z.array(ZScorecardRow),
    firstRevenueCohorts: z.array(
      z.object({
        cohort: z.string(),
        activated: z.number().int(),
        withRevenue: z.number().int(),
        medianDays: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'ProgramDashboard' });
export type ProgramDashboard = z.infer<typeof ZProgramDashboard>;

export const ZBenchmarkMetric = z.object({
  metric: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  peerMedian: z.number().nullable(),
  percentile: z.number().nullable(),
  higherIsBetter: z.boolean(),
});

export const ZPartnerBenchmark = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    tier: z.string().nullable(),
    region: z.string().nullable(),
    peers: z.number().int(),
    metrics: z.array(ZBenchmarkMetric),
    flag: z.enum(['under', 'over']).nullable(),
    differences: z.array(z.string()),
  })
  .meta({ id: 'PartnerBenchmark' });
