import { z } from 'zod';
import { WEIGHED_CRITERIA } from '../../analytics/leads/distribute-leads.js';
import { ZAmountMinor, ZCurrency } from '../../platform/money/money.js';
import { ZDate } from '../deals/deals.schemas.js';
import { PARTNER_STAGES, PARTNER_TYPES, ZRegion } from '../partners/partners.schemas.js';

export const LEAD_SOURCES = ['campaign', 'import', 'manual'] as const;
export const LEAD_STATUSES = [
  'new',
  'offered',
  'accepted',
  'converted',
  'unassignable',
  'disqualified',
  'duplicate',
] as const;
export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
/** Leads still in play: an email seen on one of these makes a new lead a duplicate. */
export const OPEN_LEAD_STATUSES: LeadStatus[] = ['new', 'offered', 'accepted', 'unassignable'];

const ZTag = z.string().trim().toLowerCase().min(1).max(60);
const unique = <T>(values: T[]) => [...new Set(values)];

export const leadFields = {
  companyName: z.string().trim().min(1).max(200),
  website: z.string().trim().min(3).max(300).nullable(),
  contactName: z.string().trim().min(1).max(200),
  contactEmail: z.email().max(254),
  contactPhone: z.string().trim().max(60),
  contactTitle: z.string().trim().max(120),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US or DE')
    .nullable(),
  interests: z
    .array(ZTag)
    .max(20)
    .overwrite(unique)
    .describe('What the buyer needs, as partner specializations (security, data-analytics …)'),
  productLines: z.array(z.string().trim().min(1).max(80)).max(20).overwrite(unique),
  estimatedAmountMinor: ZAmountMinor.nullable(),
  currency: ZCurrency.nullable(),
  score: z.number().int().min(0).max(100).describe('0–100: how promising the lead is'),
  message: z.string().trim().max(4000),
};

export const ZCreateLead = z
  .strictObject({
    companyName: leadFields.companyName,
    website: leadFields.website.optional(),
    contactName: leadFields.contactName,
    contactEmail: leadFields.contactEmail,
    contactPhone: leadFields.contactPhone.optional(),
    contactTitle: leadFields.contactTitle.optional(),
    country: leadFields.country.optional(),
    interests: leadFields.interests.optional(),
    productLines: leadFields.productLines.optional(),
    estimatedAmountMinor: leadFields.estimatedAmountMinor.optional(),
    currency: leadFields.currency.optional(),
    score: leadFields.score.optional(),
    message: leadFields.message.optional(),
  })
  .meta({ id: 'CreateLead' });
export type CreateLeadInput = z.output<typeof ZCreateLead>;

export const ZUpdateLead = ZCreateLead.partial().meta({ id: 'UpdateLead' });
export type UpdateLeadInput = z.output<typeof ZUpdateLead>;

export const ZLead = z
  .object({
    id: z.uuid(),
    source: z.enum(LEAD_SOURCES),
    campaignId: z.uuid().nullable(),
    sourcePartnerId: z.uuid().nullable(),
    externalId: z.string().nullable(),
    companyName: z.string(),
    domain: z.string().nullable(),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string(),
    contactTitle: z.string(),
    country: z.string().nullable(),
    region: z.string().nullable(),
    interests: z.array(z.string()),
    productLines: z.array(z.string()),
    estimatedAmountMinor: z.number().int().nullable(),
    currency: z.string().nullable(),
    score: z.number().int(),
    message: z.string(),
    status: z.enum(LEAD_STATUSES),
    accountId: z.uuid().nullable().describe('The matched vendor account (vendor staff only)'),
    accountName: z.string().nullable(),
    duplicateOfId: z.uuid().nullable(),
    partnerId: z.uuid().nullable().describe('The partner it is offered to or held by'),
    partnerName: z.string().nullable(),
    offerDueAt: z.iso.datetime().nullable().describe('When the pending offer expires'),
    registrationId: z.uuid().nullable(),
    disqualifiedReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Lead' });
export type Lead = z.output<typeof ZLead>;

export const ZCriterionScore = z.object({
  criterion: z.enum(WEIGHED_CRITERIA),
  value: z.number(),
  weight: z.number(),
  points: z.number(),
});

export const ZCandidateScore = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    score: z.number(),
    criteria: z.array(ZCriterionScore),
  })
  .meta({ id: 'LeadCandidateScore' });

export const ZOfferReason = z
  .object({
    summary: z.string(),
    tieBreak: z.enum(['source_partner', 'best_score', 'least_recently_assigned', 'stable_order', 'manual']),
    winner: ZCandidateScore.nullable(),
    runnersUp: z.array(ZCandidateScore),
  })
  .meta({ id: 'LeadOfferReason' });
export type OfferReason = z.output<typeof ZOfferReason>;

export const ZLeadOffer = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    status: z.enum(OFFER_STATUSES),
    reason: ZOfferReason.describe('Why this partner; the runners-up are shown to vendor staff only'),
    offeredAt: z.iso.datetime(),
    dueAt: z.iso.datetime(),
    respondedAt: z.iso.datetime().nullable(),
    declineReason: z.string().nullable(),
  })
  .meta({ id: 'LeadOffer' });
export type LeadOffer = z.output<typeof ZLeadOffer>;

export const ZLeadDetail = ZLead.extend({
  offers: z.array(ZLeadOffer).describe("Vendor staff: every offer; partner users: only their partner's"),
  duplicates: z.array(z.object({ id: z.uuid(), companyName: z.string(), createdAt: z.iso.datetime() })),
}).meta({ id: 'LeadDetail' });
export type LeadDetail = z.output<typeof ZLeadDetail>;

export const ZRoutingRules = z
  .strictObject({
    filterRegion: z.boolean(),
    filterSpecialization: z.boolean(),
    weights: z.strictObject(
      Object.fromEntries(WEIGHED_CRITERIA.map((k) => [k, z.number().min(0).max(100)])) as Record<
        (typeof WEIGHED_CRITERIA)[number],
        z.ZodNumber
      >,
    ),
    minPartnerScore: z.number().min(0).max(100),
    minLeadScore: z.number().int().min(0).max(100),
    eligibleStages: z.array(z.enum(PARTNER_STAGES)).min(1).overwrite(unique),
    eligibleTypes: z.array(z.enum(PARTNER_TYPES)).min(1).overwrite(unique),
    defaultCapacity: z.number().int().min(1).max(10_000),
    capacityByPartner: z.record(z.uuid(), z.number().int().min(0).max(10_000)),
    minAcceptanceSample: z.number().int().min(0).max(1000),
    sourcePartnerFirst: z.boolean(),
    slaHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .describe('Hours a partner has to accept or decline'),
  })
  .meta({ id: 'LeadRoutingRules' });
export type RoutingRules = z.output<typeof ZRoutingRules>;

export const ZRoutingSettings = z
  .object({ rules: ZRoutingRules, updatedAt: z.iso.datetime().nullable() })
  .meta({ id: 'LeadRoutingSettings' });

export const ZRouteLeads = z
  .strictObject({
    leadIds: z
      .array(z.uuid())
      .min(1)
      .max(500)
      .optional()
      .describe('Only these leads; default every new lead'),
    dryRun: z.boolean().default(false).describe('Preview who would get what, writing nothing'),
  })
  .meta({ id: 'RouteLeads' });

export const ZRoutingDecision = z.object({
  leadId: z.uuid(),
  companyName: z.string(),
  partnerId: z.uuid().nullable(),
  partnerName: z.string().nullable(),
  reason: ZOfferReason,
  eligibleCount: z.number().int(),
});

export const ZRoutingRun = z
  .object({
    dryRun: z.boolean(),
    offered: z.number().int(),
    unassignable: z.number().int(),
    decisions: z.array(ZRoutingDecision),
  })
  .meta({ id: 'LeadRoutingRun' });
export type RoutingRun = z.output<typeof ZRoutingRun>;

export const ZOfferLead = z.strictObject({ partnerId: z.uuid() }).meta({ id: 'OfferLead' });
export const ZLeadReason = z
  .strictObject({ reason: z.string().trim().min(3).max(2000) })
  .meta({ id: 'LeadReason' });

export const ZDeclinedLead = z
  .object({ leadId: z.uuid(), offerId: z.uuid(), offerStatus: z.literal('declined'), reason: z.string() })
  .meta({ id: 'DeclinedLead' });
export type DeclinedLead = z.output<typeof ZDeclinedLead>;

export const ZConvertLead = z
  .strictObject({
    amountMinor: ZAmountMinor.optional().describe("Defaults to the lead's estimated amount"),
    currency: ZCurrency.optional(),
    expectedClose: ZDate,
    productLines: z.array(z.string().trim().min(1).max(80)).min(1).max(20).optional(),
    submit: z.boolean().default(true).describe('Submit the registration at once instead of a draft'),
  })
  .meta({ id: 'ConvertLead' });
export type ConvertLeadInput = z.output<typeof ZConvertLead>;

export const ZAcceptanceRate = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    offered: z.number().int(),
    accepted: z.number().int(),
    declined: z.number().int(),
    expired: z.number().int(),
    pending: z.number().int(),
    acceptanceRate: z
      .number()
      .nullable()
      .describe('accepted / (accepted + declined + expired); null if none'),
    openLoad: z.number().int(),
    capacity: z.number().int(),
  })
  .meta({ id: 'LeadAcceptanceRate' });
export type AcceptanceRate = z.output<typeof ZAcceptanceRate>;

export const ZLeadImportRow = z.object({
  line: z.number().int(),
  externalId: z.string().nullable(),
  companyName: z.string(),
  outcome: z.enum(['created', 'updated', 'unchanged', 'duplicate']),
  leadId: z.uuid().nullable(),
});

export const ZLeadImport = z
  .object({
    dryRun: z.boolean(),
    rowsRead: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    rows: z.array(ZLeadImportRow),
    rejections: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
  })
  .meta({ id: 'LeadImport' });
export type LeadImport = z.output<typeof ZLeadImport>;

export const REGION_VALUES = ZRegion.options;
