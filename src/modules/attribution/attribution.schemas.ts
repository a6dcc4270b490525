import { z } from 'zod';
import { MODEL_NAMES } from '../../analytics/attribution/models.js';
import { zQueryInt } from '../../platform/http/pagination.js';
import { ZAmountMinor, ZCurrency } from '../../platform/money/money.js';

export const ZAttributionModel = z.enum(MODEL_NAMES);

const ZHalfLifeDays = zQueryInt((n) => n.min(1).max(3650).default(7)).describe(
  'time_decay: days for a touch’s weight to halve (default 7)',
);

export const ZAttributionPeriodQuery = {
  from: z.iso
    .date()
    .optional()
    .describe('First day (UTC) of the period: deals closed on or after it; default 12 months before to'),
  to: z.iso
    .date()
    .optional()
    .describe('Day after the period (UTC): deals closed before it; default tomorrow, so today counts'),
  halfLifeDays: ZHalfLifeDays,
};

export const ZPartnerAttributionQuery = z.strictObject({
  ...ZAttributionPeriodQuery,
  model: ZAttributionModel.default('linear'),
  partnerId: z.uuid().optional().describe('Only this partner (partner users always see only their own)'),
});

export const ZPartnerCredit = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    currency: ZCurrency,
    attributedMinor: ZAmountMinor.describe("The partner's credit in minor units"),
    deals: z.number().int().min(0).describe('Won deals the partner touched'),
  })
  .meta({ id: 'PartnerCredit' });

export const ZPartnerAttribution = z
  .object({
    from: z.string(),
    to: z.string(),
    model: ZAttributionModel,
    halfLifeDays: z.number(),
    items: z.array(ZPartnerCredit),
  })
  .meta({ id: 'PartnerAttribution' });
export type PartnerAttribution = z.infer<typeof ZPartnerAttribution>;

const ZModelCredits = z
  .record(ZAttributionModel, ZAmountMinor)
  .describe('Credit in minor units by model; a deal’s credits sum to its amount under every model');

export const ZAttributionComparison = z
  .object({
    from: z.string(),
    to: z.string(),
    halfLifeDays: z.number(),
    models: z.array(ZAttributionModel),
    partners: z.array(
      z.object({
        partnerId: z.uuid(),
        partnerName: z.string(),
        currency: ZCurrency,
        deals: z.number().int().min(0),
        credits: ZModelCredits,
      }),
    ),
    totals: z.array(
      z.object({
        currency: ZCurrency,
        wonMinor: ZAmountMinor.describe('Won amount of the partner-touched deals in the period'),
        deals: z.number().int().min(0),
        lostDeals: z.number().int().min(0).describe('Lost partner-touched deals: Markov non-conversions'),
        credits: ZModelCredits,
      }),
    ),
  })
  .meta({ id: 'AttributionComparison' });
export type AttributionComparison = z.infer<typeof ZAttributionComparison>;
