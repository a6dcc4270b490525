import { z } from 'zod';
import { ZAmountMinor, ZCurrency } from '../../platform/money/money.js';
import { DEAL_PARTNER_ROLES } from '../deals/deals.schemas.js';
import { PARTNER_TYPES } from '../partners/partners.schemas.js';
import { AMOUNT_TYPES, INCENTIVE_KINDS, INCENTIVE_TRIGGERS } from './earning/earning-rules.js';
import { MONTH_PATTERN, PERIOD_PATTERN } from './ledger/periods.js';

export const BENEFICIARY_TYPES = ['partner', 'rep'] as const;
export const ENTRY_TYPES = ['accrual', 'reversal', 'adjustment'] as const;
export const ENTRY_STATUSES = ['accrued', 'approved', 'paid', 'reversed'] as const;

export const ZBeneficiaryType = z.enum(BENEFICIARY_TYPES);
export const ZPeriod = z
  .string()
  .regex(PERIOD_PATTERN, 'must be a month (2026-03) or a quarter (2026-Q1)')
  .describe('A month (YYYY-MM) or a quarter (YYYY-Qn)');
export const ZMonth = z.string().regex(MONTH_PATTERN, 'must be a month such as 2026-03');
const ZDay = z.iso.date();
const ZName = z.string().trim().min(1).max(200);
const ZReason = z.string().trim().min(3, 'say why, in a few words').max(500);

export const ZRuleConditions = z
  .strictObject({
    partnerTypes: z.array(z.enum(PARTNER_TYPES)).max(10).optional(),
    tiers: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
    productLines: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    minAmountMinor: ZAmountMinor.optional().describe("Minimum deal amount in the rule's currency"),
    currencies: z.array(ZCurrency).max(20).optional().describe('Deal currencies that count'),
    dealRoles: z
      .array(z.enum(DEAL_PARTNER_ROLES))
      .max(4)
      .optional()
      .describe('Co-sell wins: the roles that count (default every role but sourcing)'),
    includeRenewals: z.boolean().optional().describe('Certifications: a renewed certificate earns again'),
  })
  .describe('Conditions an event must meet; every one left out matches all');

export const ZIncentiveRuleInput = z
  .strictObject({
    name: ZName,
    kind: z.enum(INCENTIVE_KINDS),
    trigger: z.enum(INCENTIVE_TRIGGERS),
    conditions: ZRuleConditions,
    amountType: z.enum(AMOUNT_TYPES),
    amountValue: z
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .describe('Minor units (fixed) or basis points of the deal amount (percent: 250 = 2.5%)'),
    currency: ZCurrency,
    capPerQuarterMinor: ZAmountMinor.nullable().describe(
      'Most one beneficiary may earn per calendar quarter',
    ),
    active: z.boolean(),
    effectiveFrom: ZDay,
    effectiveTo: ZDay.nullable(),
  })
  .meta({ id: 'IncentiveRuleFields' });
export type IncentiveRuleInput = z.infer<typeof ZIncentiveRuleInput>;

export const ZIncentiveRule = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(INCENTIVE_KINDS),
    trigger: z.enum(INCENTIVE_TRIGGERS),
    conditions: ZRuleConditions,
    amountType: z.enum(AMOUNT_TYPES),
    amountValue: z.number().int(),
    currency: z.string(),
    capPerQuarterMinor: z.number().int().nullable(),
    active: z.boolean(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    entries: z.number().int().describe('Ledger entries this rule has earned'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'IncentiveRule' });
export type IncentiveRule = z.infer<typeof ZIncentiveRule>;

export const ZRulePreviewInput = z
  .strictObject({
    rule: ZIncentiveRuleInput,
    days: z.number().int().min(1).max(730).describe('How far back to look'),
  })
  .meta({ id: 'IncentiveRulePreviewRequest' });

export const ZRulePreview = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    currency: z.string(),
    totalMinor: z.number().int(),
    entries: z.number().int(),
    beneficiaries: z.number().int(),
    cappedEntries: z.number().int(),
    lines: z
      .array(
        z.object({
          beneficiaryType: ZBeneficiaryType,
          beneficiaryId: z.string(),
          beneficiaryName: z.string(),
          occurredAt: z.iso.datetime(),
          amountMinor: z.number().int(),
          description: z.string(),
        }),
      )
      .describe('The first 200 lines, oldest first'),
    skipped: z
      .array(z.object({ occurredAt: z.iso.datetime(), sourceId: z.string(), reason: z.string() }))
      .describe('Events the rule matched but could not value (no exchange rate)'),
  })
  .meta({ id: 'IncentiveRulePreview' });
export type RulePreview = z.infer<typeof ZRulePreview>;

export const ZLedgerEntry = z
  .object({
    id: z.uuid(),
    ruleId: z.uuid().nullable(),
    ruleName: z.string().nullable(),
    kind: z.enum(INCENTIVE_KINDS).nullable(),
    beneficiaryType: ZBeneficiaryType,
    partnerId: z.uuid().nullable(),
    userId: z.uuid().nullable(),
    beneficiaryName: z.string(),
    entryType: z.enum(ENTRY_TYPES),
    status: z.enum(ENTRY_STATUSES),
    amountMinor: z.number().int(),
    currency: z.string(),
    sourceType: z.string(),
    sourceId: z.string(),
    description: z.string(),
    period: z.string(),
    payoutId: z.uuid().nullable(),
    reversesId: z.uuid().nullable(),
    earnedAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'IncentiveLedgerEntry' });
export type LedgerEntryView = z.infer<typeof ZLedgerEntry>;

export const ZApproveEntries = z
  .strictObject({
    period: ZPeriod.optional().describe('Approve every accrued entry of this month or quarter'),
    entryIds: z.array(z.uuid()).min(1).max(1000).optional().describe('Or approve these entries'),
    beneficiaryType: ZBeneficiaryType.optional(),
  })
  .meta({ id: 'ApproveIncentiveEntries' });

export const ZApprovalResult = z
  .object({ approved: z.number().int(), totalMinorByCurrency: z.record(z.string(), z.number().int()) })
  .meta({ id: 'IncentiveApprovalResult' });

export const ZReverseEntry = z.strictObject({ reason: ZReason }).meta({ id: 'ReverseIncentiveEntry' });

export const ZAdjustment = z
  .strictObject({
    beneficiaryType: ZBeneficiaryType,
    partnerId: z.uuid().optional().describe('The partner (beneficiaryType partner)'),
    userId: z.uuid().optional().describe('The vendor rep (beneficiaryType rep)'),
    amountMinor: z
      .number()
      .int()
      .min(-Number.MAX_SAFE_INTEGER)
      .max(Number.MAX_SAFE_INTEGER)
      .refine((value) => value !== 0, 'must not be zero')
      .describe('Signed: negative claws money back'),
    currency: ZCurrency,
    reason: ZReason,
  })
  .meta({ id: 'IncentiveAdjustment' });
export type AdjustmentInput = z.infer<typeof ZAdjustment>;

export const ZPayoutInput = z
  .strictObject({
    beneficiaryType: ZBeneficiaryType.describe('partner: accounts payable; rep: payroll'),
    period: ZPeriod.describe('Pays approved entries of this period and any left from before it'),
    currency: ZCurrency,
    reference: z.string().trim().min(1).max(100).describe('The AP batch or payroll run reference'),
  })
  .meta({ id: 'CreateIncentivePayout' });
export type PayoutInput = z.infer<typeof ZPayoutInput>;

export const ZPayoutLine = z
  .object({
    beneficiaryType: ZBeneficiaryType,
    beneficiaryId: z.string(),
    beneficiaryName: z.string(),
    entries: z.number().int(),
    totalMinor: z.number().int(),
  })
  .meta({ id: 'IncentivePayoutLine' });

export const ZPayout = z
  .object({
    id: z.uuid(),
    beneficiaryType: ZBeneficiaryType,
    period: z.string(),
    currency: z.string(),
    totalMinor: z.number().int(),
    entries: z.number().int(),
    reference: z.string(),
    createdBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'IncentivePayout' });
export type Payout = z.infer<typeof ZPayout>;

export const ZPayoutDetail = ZPayout.extend({
  lines: z.array(ZPayoutLine).describe('One line per beneficiary: the net of its entries in the batch'),
}).meta({ id: 'IncentivePayoutDetail' });
export type PayoutDetail = z.infer<typeof ZPayoutDetail>;

export const ZPayoutExport = z
  .object({ fileName: z.string(), contentType: z.literal('text/csv'), csv: z.string() })
  .meta({ id: 'IncentivePayoutExport' });

export const ZStatementTotals = z
  .object({
    currency: z.string(),
    openingMinor: z.number().int(),
    earnedMinor: z.number().int(),
    reversedMinor: z.number().int(),
    adjustedMinor: z.number().int(),
    paidMinor: z.number().int(),
    closingMinor: z.number().int(),
  })
  .meta({ id: 'IncentiveStatementTotals' });

export const ZStatement = z
  .object({
    beneficiaryType: ZBeneficiaryType,
    beneficiaryId: z.string(),
    beneficiaryName: z.string(),
    period: z.string(),
    firstMonth: z.string(),
    lastMonth: z.string(),
    totals: z.array(ZStatementTotals),
    lines: z.array(ZLedgerEntry).describe('Entries of the period'),
    payouts: z
      .array(
        z.object({
          id: z.uuid(),
          reference: z.string(),
          createdAt: z.iso.datetime(),
          currency: z.string(),
          amountMinor: z.number().int(),
        }),
      )
      .describe('Payments made in the period'),
  })
  .meta({ id: 'IncentiveStatement' });
export type Statement = z.infer<typeof ZStatement>;

export const ZStatementSummary = z
  .object({
    beneficiaryType: ZBeneficiaryType,
    beneficiaryId: z.string(),
    beneficiaryName: z.string(),
  })
  .extend(ZStatementTotals.shape)
  .meta({ id: 'IncentiveStatementSummary' });
export type StatementSummary = z.infer<typeof ZStatementSummary>;

export const ZEarningsByMonth = z
  .object({
    months: z.array(
      z.object({
        period: z.string(),
        kind: z.string().describe('partner_rebate, partner_bonus, rep_reward or adjustment'),
        currency: z.string(),
        amountMinor: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'IncentiveEarningsByMonth' });
