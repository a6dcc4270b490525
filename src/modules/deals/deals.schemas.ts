import { z } from 'zod';
import { ZAmountMinor, ZCurrency } from '../../platform/money/money.js';

export const DEAL_STAGES = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
] as const;
export const ZDealStage = z.enum(DEAL_STAGES);
export type DealStage = z.infer<typeof ZDealStage>;
export const OPEN_DEAL_STAGES: readonly DealStage[] = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
];
/** The stages an edit may set; a deal is closed only through the close operation. */
export const ZOpenDealStage = z.enum(['prospecting', 'qualification', 'proposal', 'negotiation']);

export function isClosedStage(stage: string): boolean {
  return stage === 'closed_won' || stage === 'closed_lost';
}

export const DEAL_SOURCES = ['direct', 'partner'] as const;
export const ZDealSource = z.enum(DEAL_SOURCES);

export const DEAL_PARTNER_ROLES = ['sourcing', 'influencing', 'fulfilling', 'technology'] as const;
export const ZDealPartnerRole = z.enum(DEAL_PARTNER_ROLES);
export type DealPartnerRole = z.infer<typeof ZDealPartnerRole>;

export const ZProductLines = z
  .array(z.string().trim().min(1).max(80))
  .min(1)
  .max(20)
  .describe('Product lines the deal covers, e.g. ["Analytics", "Security"]');

export const ZDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');

export const EXTERNAL_SYSTEMS = ['salesforce', 'hubspot', 'dynamics', 'other'] as const;
export const ZExternalSystem = z.enum(EXTERNAL_SYSTEMS);
export type ExternalSystem = z.infer<typeof ZExternalSystem>;

const ZExternalIds = z
  .partialRecord(ZExternalSystem, z.string().trim().min(1).max(100))
  .describe('CRM record ids by system, e.g. { "salesforce": "0065g00000AbCdE" }');

export const ZDealPartner = z.object({
  partnerId: z.uuid(),
  partnerName: z.string(),
  role: ZDealPartnerRole,
});

export const ZDeal = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    accountName: z.string(),
    name: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    stage: ZDealStage,
    closeDate: z.string(),
    ownerId: z.uuid().nullable(),
    productLines: z.array(z.string()),
    source: ZDealSource,
    nextSteps: z.string().nullable(),
    externalIds: z.record(z.string(), z.string()),
    partners: z
      .array(ZDealPartner)
      .describe("The partners on the deal; a partner user sees only its own organization's entry"),
    closedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Deal' });
export type Deal = z.output<typeof ZDeal>;

const fields = {
  name: z.string().trim().min(1).max(200),
  amountMinor: ZAmountMinor,
  currency: ZCurrency,
  closeDate: ZDate,
  ownerId: z.uuid().nullable(),
  productLines: ZProductLines,
  nextSteps: z.string().trim().max(2000).nullable(),
  externalIds: ZExternalIds,
};

export const ZCreateDeal = z
  .strictObject({
    accountId: z.uuid(),
    name: fields.name,
    amountMinor: fields.amountMinor,
    currency: fields.currency,
    stage: ZDealStage.default('prospecting'),
    closeDate: fields.closeDate,
    ownerId: fields.ownerId.optional(),
    productLines: fields.productLines,
    nextSteps: fields.nextSteps.optional(),
    externalIds: fields.externalIds.default({}),
  })
  .meta({ id: 'CreateDeal' });
export type CreateDealInput = z.output<typeof ZCreateDeal>;

/** The fields a partner user on the deal may change; everything else is the vendor's. */
export const PARTNER_EDITABLE_DEAL_FIELDS = ['nextSteps'] as const;

export const ZUpdateDeal = z
  .strictObject({
    name: fields.name.optional(),
    amountMinor: fields.amountMinor.optional(),
    currency: fields.currency.optional(),
    stage: ZOpenDealStage.optional().describe('An open stage; close a deal with POST /api/deals/{id}/close'),
    closeDate: fields.closeDate.optional(),
    ownerId: fields.ownerId.optional(),
    productLines: fields.productLines.optional(),
    nextSteps: fields.nextSteps.optional(),
    externalIds: fields.externalIds.optional(),
  })
  .meta({
    id: 'UpdateDeal',
    description: 'Vendor staff may change any field; a partner user on the deal only nextSteps',
  });
export type UpdateDealInput = z.output<typeof ZUpdateDeal>;

export const ZCloseDeal = z
  .strictObject({
    outcome: z.enum(['won', 'lost']),
    reason: z.string().trim().min(1).max(1000),
  })
  .meta({ id: 'CloseDeal' });
export type CloseDealInput = z.output<typeof ZCloseDeal>;

export const ZAddDealPartner = z
  .strictObject({ partnerId: z.uuid(), role: ZDealPartnerRole })
  .meta({ id: 'AddDealPartner' });
export type AddDealPartnerInput = z.output<typeof ZAddDealPartner>;

export const DEAL_SORTS = ['createdAt', 'updatedAt', 'closeDate', 'amountMinor'] as const;

export const ZFindDealsFilters = {
  stage: ZDealStage.optional(),
  open: z.enum(['true', 'false']).optional().describe('true: open stages only; false: closed only'),
  accountId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  source: ZDealSource.optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Deal name contains'),
};
