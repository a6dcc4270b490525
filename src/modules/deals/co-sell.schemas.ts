import { z } from 'zod';
import { ZAmountMinor, ZCurrency } from '../../platform/money/money.js';
import { ZDate, ZDeal } from './deals.schemas.js';
import { ZRegistrationStatus } from './registrations.schemas.js';

export const ZDealNote = z
  .object({
    id: z.uuid(),
    body: z.string(),
    internal: z.boolean().describe('Vendor-only; never shown to partners'),
    authorId: z.string().nullable(),
    authorName: z.string().nullable(),
    authorPartnerId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DealNote' });
export type DealNote = z.output<typeof ZDealNote>;

export const ZCreateDealNote = z
  .strictObject({
    body: z.string().trim().min(1).max(5000),
    internal: z
      .boolean()
      .default(false)
      .describe('Vendor staff only; a partner user sending true is refused'),
  })
  .meta({ id: 'CreateDealNote' });
export type CreateDealNoteInput = z.output<typeof ZCreateDealNote>;

export const ZDealTask = z
  .object({
    id: z.uuid(),
    title: z.string(),
    assigneeId: z.uuid().nullable(),
    assigneeName: z.string().nullable(),
    dueDate: z.string().nullable(),
    done: z.boolean(),
    doneAt: z.iso.datetime().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DealTask' });
export type DealTask = z.output<typeof ZDealTask>;

export const ZCreateDealTask = z
  .strictObject({
    title: z.string().trim().min(1).max(300),
    assigneeId: z
      .uuid()
      .nullable()
      .optional()
      .describe("Vendor staff, or a user of the assigning partner's own organization"),
    dueDate: ZDate.nullable().optional(),
  })
  .meta({ id: 'CreateDealTask' });
export type CreateDealTaskInput = z.output<typeof ZCreateDealTask>;

export const ZUpdateDealTask = z
  .strictObject({
    done: z.boolean(),
    note: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .describe('A word on the outcome, shown on the timeline'),
  })
  .meta({ id: 'UpdateDealTask' });
export type UpdateDealTaskInput = z.output<typeof ZUpdateDealTask>;

export const TOUCHPOINT_KINDS = [
  'registration',
  'referral',
  'meeting',
  'demo',
  'technical_validation',
  'proposal_support',
  'marketing',
  'co_sell_call',
] as const;
export const ZTouchpointKind = z.enum(TOUCHPOINT_KINDS);
export type TouchpointKind = z.infer<typeof ZTouchpointKind>;

export const ZTouchpoint = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    kind: ZTouchpointKind,
    note: z.string().nullable(),
    occurredAt: z.iso.datetime(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'Touchpoint' });
export type Touchpoint = z.output<typeof ZTouchpoint>;

export const ZCreateTouchpoint = z
  .strictObject({
    partnerId: z
      .uuid()
      .optional()
      .describe("The partner that made the touch; a partner user's own organization when left out"),
    kind: ZTouchpointKind,
    note: z.string().trim().min(1).max(2000).nullable().optional(),
    occurredAt: z.iso.datetime().describe('When it happened; not in the future'),
  })
  .meta({ id: 'CreateTouchpoint' });
export type CreateTouchpointInput = z.output<typeof ZCreateTouchpoint>;

export const MARKETPLACES = ['aws', 'azure', 'gcp'] as const;
export const PRIVATE_OFFER_STATUSES = ['draft', 'sent', 'accepted', 'expired', 'cancelled'] as const;
export const ZPrivateOfferStatus = z.enum(PRIVATE_OFFER_STATUSES);
export type PrivateOfferStatus = z.infer<typeof ZPrivateOfferStatus>;

export const ZPrivateOffer = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    marketplace: z.enum(MARKETPLACES),
    listing: z.string(),
    priceMinor: z.number().int(),
    currency: z.string(),
    terms: z.string(),
    durationMonths: z.number().int(),
    expiresAt: z.iso.datetime(),
    status: ZPrivateOfferStatus,
    channelPartnerId: z.uuid().nullable().describe('Set for a channel partner private offer (CPPO)'),
    channelPartnerName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'PrivateOffer' });
export type PrivateOffer = z.output<typeof ZPrivateOffer>;

const offerFields = {
  listing: z.string().trim().min(1).max(300).describe('The marketplace listing (product) the offer is for'),
  priceMinor: ZAmountMinor,
  currency: ZCurrency,
  terms: z.string().trim().min(1).max(5000),
  durationMonths: z.number().int().min(1).max(60),
  expiresAt: z.iso.datetime().describe('When the offer lapses if not accepted; in the future'),
  channelPartnerId: z.uuid().nullable().describe('For a CPPO: a partner on the deal'),
};

export const ZCreatePrivateOffer = z
  .strictObject({
    marketplace: z.enum(MARKETPLACES),
    ...offerFields,
    channelPartnerId: offerFields.channelPartnerId.optional(),
  })
  .meta({ id: 'CreatePrivateOffer', description: 'A new offer starts as a draft' });
export type CreatePrivateOfferInput = z.output<typeof ZCreatePrivateOffer>;

export const ZUpdatePrivateOffer = z
  .strictObject({
    listing: offerFields.listing.optional(),
    priceMinor: offerFields.priceMinor.optional(),
    currency: offerFields.currency.optional(),
    terms: offerFields.terms.optional(),
    durationMonths: offerFields.durationMonths.optional(),
    expiresAt: offerFields.expiresAt.optional(),
    channelPartnerId: offerFields.channelPartnerId.optional(),
    status: ZPrivateOfferStatus.optional().describe(
      'draft → sent → accepted | expired | cancelled, or draft → cancelled',
    ),
  })
  .meta({ id: 'UpdatePrivateOffer', description: 'Terms can be edited while the offer is a draft' });
export type UpdatePrivateOfferInput = z.output<typeof ZUpdatePrivateOffer>;

export const ZDealActivity = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    summary: z.string(),
    actorId: z.string().nullable(),
    partnerId: z.uuid().nullable(),
    internal: z.boolean(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'DealActivity' });
export type DealActivity = z.output<typeof ZDealActivity>;

export const ZDealRegistrationSummary = z.object({
  id: z.uuid(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  status: ZRegistrationStatus,
  protectedUntil: z.iso.datetime().nullable(),
});

export const ZRepCredit = z.object({
  repId: z.uuid(),
  repName: z.string().nullable(),
  partnerIds: z.array(z.uuid()),
  amountMinor: z.number().int(),
  currency: z.string(),
  at: z.iso.datetime(),
});

export const ZDealView = z
  .object({
    deal: ZDeal,
    notes: z.array(ZDealNote).describe('Newest first; internal notes only for vendor staff'),
    tasks: z.array(ZDealTask),
    activities: z.array(ZDealActivity).describe('The timeline, newest first (the latest 200 entries)'),
    touchpoints: z.array(ZTouchpoint),
    privateOffers: z.array(ZPrivateOffer),
    registrations: z
      .array(ZDealRegistrationSummary)
      .describe('Registrations linked to the deal; a partner user sees only its own'),
    repCredit: ZRepCredit.nullable().describe("The vendor rep's co-sell credit; vendor staff only"),
  })
  .meta({ id: 'DealView', description: 'The co-sell deal view shared by the vendor rep and partner reps' });
export type DealView = z.output<typeof ZDealView>;
