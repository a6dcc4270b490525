import { z } from 'zod';
import { REGIONS, ZFitReason, ZPartnerType, ZRegion } from '../partners/partners.schemas.js';

export const APPLICATION_STATUSES = [
  'applied',
  'qualified',
  'agreement_sent',
  'signed',
  'onboarding',
  'rejected',
] as const;
export const ZApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ZApplicationStatus>;

export const APPLICATION_SOURCES = ['public_form', 'manual'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

const unique = <T>(values: T[]) => [...new Set(values)];

const ZSlug = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _');

const fields = {
  companyName: z.string().trim().min(1).max(200),
  website: z.string().trim().min(3).max(300),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US or DE'),
  type: ZPartnerType,
  regions: z.array(ZRegion).max(REGIONS.length).overwrite(unique),
  specializations: z.array(ZSlug).max(20).overwrite(unique),
  employees: z.number().int().min(1).max(10_000_000),
  contactName: z.string().trim().min(1).max(200),
  contactEmail: z.email().max(254).toLowerCase(),
  message: z.string().trim().max(4000),
};

/** The public sign-up form. */
export const ZSubmitApplication = z
  .strictObject({
    companyName: fields.companyName,
    website: fields.website,
    country: fields.country.optional(),
    type: fields.type,
    regions: fields.regions.default([]),
    specializations: fields.specializations.default([]),
    employees: fields.employees.optional(),
    contactName: fields.contactName,
    contactEmail: fields.contactEmail,
    message: fields.message.optional(),
    nickname: z
      .string()
      .max(200)
      .optional()
      .describe(
        'Leave empty. The form hides this field from people; a value marks the submission as automated',
      ),
  })
  .meta({ id: 'SubmitPartnerApplication' });
export type SubmitApplicationInput = z.output<typeof ZSubmitApplication>;

export const ZApplicationReceipt = z
  .object({
    status: z.literal('received'),
    message: z.string(),
  })
  .meta({ id: 'PartnerApplicationReceipt' });
export type ApplicationReceipt = z.output<typeof ZApplicationReceipt>;

/** Vendor staff adding a prospect by hand. */
export const ZCreateApplication = z
  .strictObject({
    companyName: fields.companyName,
    website: fields.website.nullable().optional(),
    country: fields.country.nullable().optional(),
    type: fields.type,
    regions: fields.regions.default([]),
    specializations: fields.specializations.default([]),
    employees: fields.employees.nullable().optional(),
    contactName: fields.contactName,
    contactEmail: fields.contactEmail,
    message: fields.message.nullable().optional(),
    ownerId: z.uuid().nullable().optional().describe('The partner manager who recruits this prospect'),
  })
  .meta({ id: 'CreatePartnerApplication' });
export type CreateApplicationInput = z.output<typeof ZCreateApplication>;

export const ZUpdateApplication = z
  .strictObject({
    companyName: fields.companyName.optional(),
    website: fields.website.nullable().optional(),
    country: fields.country.nullable().optional(),
    type: fields.type.optional(),
    regions: fields.regions.optional(),
    specializations: fields.specializations.optional(),
    employees: fields.employees.nullable().optional(),
    contactName: fields.contactName.optional(),
    contactEmail: fields.contactEmail.optional(),
    message: fields.message.nullable().optional(),
    ownerId: z.uuid().nullable().optional(),
  })
  .meta({ id: 'UpdatePartnerApplication' });
export type UpdateApplicationInput = z.output<typeof ZUpdateApplication>;

export const ZChangeApplicationStage = z
  .strictObject({
    status: ZApplicationStatus.exclude(['applied']),
    reason: z
      .string()
      .trim()
      .min(3)
      .max(2000)
      .optional()
      .describe('Why; required when rejecting, and kept in the history'),
  })
  .meta({ id: 'ChangePartnerApplicationStage' });
export type ChangeApplicationStageInput = z.output<typeof ZChangeApplicationStage>;

export const ZDuplicateOf = z
  .object({
    kind: z.enum(['application', 'partner']),
    id: z.uuid(),
    name: z.string(),
  })
  .meta({ id: 'ApplicationDuplicateOf' });

export const ZApplication = z
  .object({
    id: z.uuid(),
    status: ZApplicationStatus,
    source: z.enum(APPLICATION_SOURCES),
    companyName: z.string(),
    website: z.string().nullable(),
    domain: z.string().nullable(),
    country: z.string().nullable(),
    type: ZPartnerType,
    regions: z.array(ZRegion),
    specializations: z.array(z.string()),
    employees: z.number().int().nullable(),
    contactName: z.string(),
    contactEmail: z.string(),
    message: z.string().nullable(),
    ownerId: z.uuid().nullable(),
    fitScore: z.number().int().describe('IPP fit 0-100 against the profile in force'),
    duplicateOf: ZDuplicateOf.nullable().describe(
      'The open application or existing partner with the same registrable domain',
    ),
    rejectionReason: z.string().nullable(),
    partnerId: z.uuid().nullable().describe('The partner this application became when signed'),
    nextStatuses: z.array(ZApplicationStatus),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    statusChangedAt: z.iso.datetime(),
  })
  .meta({ id: 'PartnerApplication' });
export type Application = z.output<typeof ZApplication>;

export const ZApplicationHistoryEntry = z
  .object({
    fromStatus: ZApplicationStatus.nullable(),
    toStatus: ZApplicationStatus,
    reason: z.string(),
    actorId: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'PartnerApplicationHistoryEntry' });
export type ApplicationHistoryEntry = z.output<typeof ZApplicationHistoryEntry>;

export const ZApplicationDetail = z
  .object({
    application: ZApplication,
    fitReasons: z.array(ZFitReason),
    history: z.array(ZApplicationHistoryEntry),
  })
  .meta({ id: 'PartnerApplicationDetail' });
export type ApplicationDetail = z.output<typeof ZApplicationDetail>;

export const ZApplicationSummary = z
  .object({
    total: z.number().int(),
    duplicates: z
      .number()
      .int()
      .describe('Applications flagged as duplicates of a partner or an earlier one'),
    byStatus: z.array(z.object({ status: ZApplicationStatus, count: z.number().int() })),
  })
  .meta({ id: 'PartnerApplicationSummary' });
export type ApplicationSummary = z.output<typeof ZApplicationSummary>;
