import { z } from 'zod';

export const PARTNER_TYPES = ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'] as const;
export const PARTNER_STAGES = [
  'prospect',
  'recruited',
  'onboarding',
  'active',
  'at_risk',
  'churned',
] as const;
export const REGIONS = ['NA', 'LATAM', 'EMEA', 'APAC'] as const;

export const ZPartnerType = z
  .enum(PARTNER_TYPES)
  .describe('reseller, si (systems integrator), isv (technology), msp, referral, cloud_marketplace');
export const ZPartnerStage = z.enum(PARTNER_STAGES);
export const ZRegion = z.enum(REGIONS);
export type PartnerType = z.infer<typeof ZPartnerType>;
export type PartnerStage = z.infer<typeof ZPartnerStage>;

const ZSlug = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _');
const ZCountry = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US or DE');
const ZDomainInput = z.string().trim().min(3).max(253);

export const ZFitReason = z
  .object({
    criterionId: z.string(),
    label: z.string(),
    weight: z.number(),
    points: z.number().describe('Points earned out of the weight'),
    reason: z.string(),
  })
  .meta({ id: 'FitReason' });

export const ZPartner = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: ZPartnerType,
    stage: ZPartnerStage,
    tier: z.string().nullable(),
    website: z.string().nullable(),
    domains: z.array(z.string()),
    regions: z.array(ZRegion),
    specializations: z.array(z.string()),
    country: z.string().nullable(),
    employees: z.number().int().nullable(),
    description: z.string().nullable(),
    ownerId: z.uuid().nullable(),
    certifiedCount: z.number().int(),
    overlapCount: z.number().int(),
    fitScore: z.number().int().nullable().describe('IPP fit 0-100; null where the caller may not see it'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Partner' });
export type Partner = z.output<typeof ZPartner>;

export const ZPartnerDetail = ZPartner.extend({
  owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
  fitReasons: z.array(ZFitReason).nullable(),
  contactCount: z.number().int(),
  userCount: z.number().int(),
  nextStages: z
    .array(ZPartnerStage)
    .describe('The lifecycle stages this partner may move to from its current one'),
}).meta({ id: 'PartnerDetail' });
export type PartnerDetail = z.output<typeof ZPartnerDetail>;

const unique = <T>(values: T[]) => [...new Set(values)];

const editable = {
  website: z.string().trim().min(3).max(300).nullable(),
  regions: z.array(ZRegion).max(REGIONS.length).overwrite(unique),
  specializations: z.array(ZSlug).max(20).overwrite(unique),
  country: ZCountry.nullable(),
  employees: z.number().int().min(1).max(10_000_000).nullable(),
  description: z.string().trim().max(4000).nullable(),
};

export const ZCreatePartner = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    type: ZPartnerType,
    stage: ZPartnerStage.default('prospect'),
    domains: z.array(ZDomainInput).max(20).default([]),
    ownerId: z.uuid().nullable().optional(),
    website: editable.website.optional(),
    regions: editable.regions.default([]),
    specializations: editable.specializations.default([]),
    country: editable.country.optional(),
    employees: editable.employees.optional(),
    description: editable.description.optional(),
  })
  .meta({ id: 'CreatePartner' });
export type CreatePartnerInput = z.output<typeof ZCreatePartner>;

export const ZUpdatePartner = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    type: ZPartnerType.optional(),
    domains: z.array(ZDomainInput).max(20).optional(),
    ownerId: z.uuid().nullable().optional(),
    website: editable.website.optional(),
    regions: editable.regions.optional(),
    specializations: editable.specializations.optional(),
    country: editable.country.optional(),
    employees: editable.employees.optional(),
    description: editable.description.optional(),
  })
  .meta({ id: 'UpdatePartner' });
export type UpdatePartnerInput = z.output<typeof ZUpdatePartner>;

/** The profile fields a partner admin may edit on its own organization; the rest is the vendor's. */
export const PARTNER_EDITABLE_FIELDS = [
  'website',
  'regions',
  'specializations',
  'country',
  'employees',
  'description',
] as const;

export const ZChangeStage = z
  .strictObject({ stage: ZPartnerStage, reason: z.string().trim().min(3).max(1000) })
  .meta({ id: 'ChangePartnerStage' });

export const ZStageChange = z
  .object({
    id: z.uuid(),
    fromStage: ZPartnerStage.nullable(),
    toStage: ZPartnerStage,
    reason: z.string(),
    actorId: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'PartnerStageChange' });
export type StageChange = z.output<typeof ZStageChange>;

export const ZContact = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    title: z.string().nullable(),
    isPrimary: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'PartnerContact' });
export type Contact = z.output<typeof ZContact>;

const contactFields = {
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254).toLowerCase(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()./-]{5,32}$/, 'must be a phone number')
    .nullable(),
  title: z.string().trim().max(120).nullable(),
  isPrimary: z.boolean(),
};

export const ZCreateContact = z
  .strictObject({
    name: contactFields.name,
    email: contactFields.email,
    phone: contactFields.phone.optional(),
    title: contactFields.title.optional(),
    isPrimary: contactFields.isPrimary.default(false),
  })
  .meta({ id: 'CreatePartnerContact' });
export type CreateContactInput = z.output<typeof ZCreateContact>;

export const ZUpdateContact = z
  .strictObject({
    name: contactFields.name.optional(),
    email: contactFields.email.optional(),
    phone: contactFields.phone.optional(),
    title: contactFields.title.optional(),
    isPrimary: contactFields.isPrimary.optional(),
  })
  .meta({ id: 'UpdatePartnerContact' });
export type UpdateContactInput = z.output<typeof ZUpdateContact>;

const ZCountByKey = z.array(z.object({ key: z.string(), count: z.number().int() }));

export const ZPartnerSummary = z
  .object({
    total: z.number().int(),
    averageFit: z.number().nullable(),
    byStage: ZCountByKey,
    byType: ZCountByKey,
    byTier: ZCountByKey.describe('key "none" counts partners without a tier'),
    byRegion: ZCountByKey.describe('a partner in several regions counts in each'),
    fitBuckets: z.array(z.object({ from: z.number().int(), to: z.number().int(), count: z.number().int() })),
  })
  .meta({ id: 'PartnerSummary' });
export type PartnerSummary = z.output<typeof ZPartnerSummary>;
