import { z } from 'zod';

const ZDays = z.number().int().min(1).max(730);

export const RULE_IDS = [
  'direct-opportunity',
  'partner-conflict',
  'fuzzy-account-review',
  'new-account',
  'auto-approve',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

const ZDirectOpportunityRule = z.strictObject({
  id: z.literal('direct-opportunity'),
  enabled: z.boolean(),
  lookbackDays: ZDays.describe(
    'Only direct opportunities created within this many days before the registration count',
  ),
  productLineCoexistence: z
    .boolean()
    .describe(
      'A registration that adds a product line the opportunity lacks goes to a manager instead of being rejected',
    ),
});

const ZPartnerConflictRule = z.strictObject({
  id: z.literal('partner-conflict'),
  enabled: z.boolean(),
  sameProductLineOnly: z
    .boolean()
    .describe(
      'Only a registration sharing a product line conflicts; otherwise any registration on the account does',
    ),
});

const ZFuzzyAccountReviewRule = z.strictObject({
  id: z.literal('fuzzy-account-review'),
  enabled: z.boolean(),
});

const ZNewAccountRule = z
  .strictObject({ id: z.literal('new-account'), enabled: z.boolean() })
  .describe('Sends registrations for customers not yet in the CRM to a manager');

const ZAutoApproveRule = z.strictObject({
  id: z.literal('auto-approve'),
  enabled: z.boolean(),
  maxAmountMinor: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .nullable()
    .describe(
      'Largest estimated amount approved without a manager (minor units of currency); null for no limit',
    ),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

export const ZRule = z.discriminatedUnion('id', [
  ZDirectOpportunityRule,
  ZPartnerConflictRule,
  ZFuzzyAccountReviewRule,
  ZNewAccountRule,
  ZAutoApproveRule,
]);
export type Rule = z.output<typeof ZRule>;

export const ZRuleSetConfig = z
  .strictObject({
    rules: z
      .array(ZRule)
      .min(1)
      .max(RULE_IDS.length)
      .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'each rule may appear once')
      .describe('Evaluated in order; the first rule that decides wins'),
    protectionDays: z
      .strictObject({ silver: ZDays, gold: ZDays, platinum: ZDays, untiered: ZDays })
      .describe('How long an approved registration protects the account, by partner tier'),
    extension: z.strictObject({
      days: ZDays,
      activityWithinDays: ZDays.describe('The deal must have activity this recent to be extended'),
    }),
    reminderDaysBefore: z.number().int().min(1).max(90),
  })
  .meta({ id: 'RuleSetConfig' });
export type RuleSetConfig = z.output<typeof ZRuleSetConfig>;

/** The default policy from the product brief: direct pipeline first, then first-to-register. */
export const DEFAULT_RULE_SET_CONFIG: RuleSetConfig = {
  rules: [
    { id: 'direct-opportunity', enabled: true, lookbackDays: 365, productLineCoexistence: true },
    { id: 'partner-conflict', enabled: true, sameProductLineOnly: true },
    { id: 'fuzzy-account-review', enabled: true },
    { id: 'new-account', enabled: false },
    { id: 'auto-approve', enabled: true, maxAmountMinor: 25_000_000, currency: 'USD' },
  ],
  protectionDays: { silver: 60, gold: 90, platinum: 120, untiered: 60 },
  extension: { days: 30, activityWithinDays: 14 },
  reminderDaysBefore: 14,
};

/**
 * A saved tier program's protection days benefit wins for a partner in one of its tiers; otherwise the rule
 * set's days for the tier (untiered partners, or while the built-in tier program is in force).
 */
export function protectionDaysFor(
  config: RuleSetConfig,
  tier: string | null,
  tierProtectionDays: number | null = null,
): number {
  if (tierProtectionDays !== null) return tierProtectionDays;
  if (tier === 'silver' || tier === 'gold' || tier === 'platinum') return config.protectionDays[tier];
  return config.protectionDays.untiered;
}
