import { z } from 'zod';
import { STANDARD_TIER_METRICS } from '../../analytics/tiering/evaluate-tier.js';
import { ZCurrency } from '../../platform/money/money.js';

export const ZTierMetric = z
  .union([
    z.enum(STANDARD_TIER_METRICS),
    z.string().regex(/^custom:[a-z0-9_-]{1,40}$/, 'must be custom:<key>'),
  ])
  .describe(
    'Trailing 12-month metric: sourcedRevenueMinor, influencedRevenueMinor (program currency, minor units), wonDeals, approvedRegistrations, certifiedPeople, psat (0..1, skipped when not surveyed), or custom:<key>',
  );

export const ZTierBenefits = z.strictObject({
  discountPercent: z.number().min(0).max(100),
  protectionDays: z.number().int().min(1).max(730),
  mdfSharePercent: z.number().min(0).max(100),
  leadPriorityWeight: z.number().min(0).max(100),
});

export const ZTierDefinition = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be a lower-case key such as gold'),
    name: z.string().trim().min(1).max(60),
    rank: z.number().int().min(0).max(100),
    criteria: z.array(z.strictObject({ metric: ZTierMetric, min: z.number().min(0) })).max(12),
    benefits: ZTierBenefits,
  })
  .meta({ id: 'TierDefinition' });
export type TierDefinitionInput = z.output<typeof ZTierDefinition>;

export const ZTierProgramSettings = z.strictObject({
  demotionGraceDays: z.number().int().min(0).max(730),
  promotionNeedsApproval: z.boolean(),
  currency: ZCurrency,
  exchangeRates: z
    .record(ZCurrency, z.number().positive())
    .describe('Units of the program currency per unit of each other currency, e.g. { "EUR": 1.08 }'),
});

export const ZTierProgram = z
  .object({
    ...ZTierProgramSettings.shape,
    tiers: z.array(ZTierDefinition),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'TierProgram' });
export type TierProgram = z.output<typeof ZTierProgram>;

export const ZReplaceTierProgram = z
  .strictObject({
    ...ZTierProgramSettings.shape,
    tiers: z.array(ZTierDefinition).min(1).max(10),
  })
  .meta({ id: 'ReplaceTierProgram' });
export type ReplaceTierProgramInput = z.output<typeof ZReplaceTierProgram>;

export const ZCriterionProgress = z.object({
  metric: z.string(),
  required: z.number(),
  value: z.number().nullable(),
  met: z.boolean(),
  skipped: z.boolean(),
});

export const TIER_ACTIONS = [
  'keep',
  'assign',
  'promote',
  'promotion_pending_approval',
  'demotion_warning',
  'demotion_pending',
  'demote',
  'recovered',
] as const;

export const ZTierEvaluation = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    currentTier: z.string().nullable(),
    qualifiedTier: z.string().nullable(),
    tierAfter: z.string().nullable(),
    action: z.enum(TIER_ACTIONS),
    moves: z.boolean().describe('Whether the partner changes tier, or a warning or approval starts'),
    reason: z.string(),
    demotionDueAt: z.iso.datetime().nullable(),
    metrics: z.record(z.string(), z.number().nullable()),
  })
  .meta({ id: 'TierEvaluation' });
export type TierEvaluationView = z.output<typeof ZTierEvaluation>;

export const ZTierProgress = z
  .object({
    partnerId: z.uuid(),
    tier: z.string().nullable(),
    benefits: ZTierBenefits.nullable(),
    pendingTier: z.string().nullable(),
    demotionWarnedAt: z.iso.datetime().nullable(),
    demotionDueAt: z.iso.datetime().nullable(),
    metrics: z.record(z.string(), z.number().nullable()),
    nextTier: z
      .object({ key: z.string(), name: z.string(), criteria: z.array(ZCriterionProgress) })
      .nullable(),
    currentCriteria: z.array(ZCriterionProgress),
    evaluatedAt: z.iso.datetime(),
  })
  .meta({ id: 'TierProgress' });
export type TierProgress = z.output<typeof ZTierProgress>;

export const ZTierHistoryEntry = z
  .object({
    id: z.uuid(),
    action: z.string(),
    fromTier: z.string().nullable(),
    toTier: z.string().nullable(),
    reason: z.string(),
    metrics: z.record(z.string(), z.number().nullable()),
    at: z.iso.datetime(),
  })
  .meta({ id: 'TierHistoryEntry' });
