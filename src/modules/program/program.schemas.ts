import { z } from 'zod';
import { ZAmountMinor, ZCurrency } from '../../platform/money/money.js';
import { ZRegion } from '../partners/partners.schemas.js';

export const PROJECT_STATUSES = ['idea', 'building', 'launched', 'retired'] as const;
export const PROJECT_ROLES = ['builder', 'contributor', 'reseller'] as const;
export const PROJECT_SORTS = ['name', 'createdAt'] as const;

export const ZProjectStatus = z
  .enum(PROJECT_STATUSES)
  .describe('idea, building, launched (metrics count from launch), retired');
export const ZProjectRole = z.enum(PROJECT_ROLES);

const ZIndustry = z.string().trim().min(2).max(80);

export const ZNewMarkets = z
  .strictObject({
    regions: z.array(ZRegion).max(4).default([]),
    industries: z.array(ZIndustry).max(20).default([]),
  })
  .describe('Regions and industries the vendor did not sell into before the solution')
  .meta({ id: 'CoInnovationNewMarkets' });
export type NewMarkets = z.output<typeof ZNewMarkets>;

export const ZCoInnovationInput = z
  .strictObject({
    name: z.string().trim().min(3).max(120),
    description: z.string().trim().max(2000).nullable().default(null),
    solutionProductLine: z
      .string()
      .trim()
      .min(2)
      .max(80)
      .describe('The product line a deal carries when it includes the joint solution'),
    status: ZProjectStatus,
    buildCostMinor: ZAmountMinor.describe('What building the solution cost, in minor units'),
    currency: ZCurrency,
    newMarkets: ZNewMarkets,
    launchedAt: z.iso
      .datetime()
      .nullable()
      .default(null)
      .describe('Required once launched or retired: metrics count deals won since then'),
    partners: z
      .array(z.strictObject({ partnerId: z.uuid(), role: ZProjectRole }))
      .max(20)
      .default([])
      .describe('The partners who build, contribute to or resell the solution; each partner once'),
  })
  .meta({ id: 'CoInnovationProjectFields' });
export type CoInnovationInput = z.output<typeof ZCoInnovationInput>;

const ZNewMarketsView = z.object({ regions: z.array(z.string()), industries: z.array(z.string()) });

export const ZCoInnovationMetrics = z
  .object({
    currency: z.string().describe("The project's currency; deal amounts are converted to it"),
    from: z.iso.datetime().nullable().describe('Launch: deals won since then count; null before launch'),
    to: z.iso.datetime(),
    wonDeals: z.number().int().describe('All deals won in the period'),
    solutionWonDeals: z.number().int().describe('Won deals in the period carrying the solution product line'),
    attachRate: z.number().nullable().describe('solutionWonDeals / wonDeals in percent; null without wins'),
    partnerWonDeals: z.number().int().describe('Won deals in the period with a project partner on the deal'),
    partnerSolutionWonDeals: z.number().int(),
    partnerAttachRate: z
      .number()
      .nullable()
      .describe('Among won deals with a project partner: share carrying the solution, in percent'),
    solutionRevenueMinor: z.number().int(),
    newMarketDeals: z.number().int(),
    newMarketRevenueMinor: z
      .number()
      .int()
      .describe("Won solution deals whose account's region or industry is one of the new markets"),
    grossMarginPct: z.number(),
    grossMarginSource: z.enum(['settings', 'default']),
    grossProfitMinor: z.number().int().describe('solutionRevenueMinor × gross margin'),
    buildCostMinor: z.number().int(),
    roi: z
      .number()
      .nullable()
      .describe(
        '(gross profit − build cost) / build cost, as a ratio; null before launch or when the build cost is 0',
      ),
    unconvertedCurrencies: z
      .array(z.string())
      .describe('Deal currencies without an exchange rate in the tier program, left out of the sums'),
  })
  .meta({ id: 'CoInnovationMetrics' });
export type CoInnovationMetrics = z.output<typeof ZCoInnovationMetrics>;

export const ZCoInnovationProject = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    solutionProductLine: z.string(),
    status: ZProjectStatus,
    buildCostMinor: z.number().int(),
    currency: z.string(),
    newMarkets: ZNewMarketsView,
    launchedAt: z.iso.datetime().nullable(),
    partners: z.array(
      z.object({ partnerId: z.uuid(), partnerName: z.string(), partnerType: z.string(), role: ZProjectRole }),
    ),
    metrics: ZCoInnovationMetrics,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'CoInnovationProject' });
export type CoInnovationProject = z.output<typeof ZCoInnovationProject>;
