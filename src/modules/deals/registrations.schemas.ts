import { z } from 'zod';
import { ZAmountMinor, ZCurrency } from '../../platform/money/money.js';
import { ZDate, ZProductLines } from './deals.schemas.js';

export const REGISTRATION_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'approved',
  'rejected',
  'expired',
  'won',
  'lost',
  'withdrawn',
  'disputed',
] as const;
export const ZRegistrationStatus = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof ZRegistrationStatus>;

export const ZAccountMatch = z
  .enum(['domain', 'name', 'fuzzy_name', 'new'])
  .describe('How the customer was matched to an account; new when a new account was proposed');

export const ZDecisionOutcome = z.enum(['approved', 'rejected', 'under_review']);

export const ZRegistration = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    status: ZRegistrationStatus,
    customerName: z.string(),
    customerWebsite: z.string().nullable(),
    customerDomain: z.string().nullable(),
    customerCountry: z.string().nullable(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactTitle: z.string().nullable(),
    productLines: z.array(z.string()),
    amountMinor: z.number().int(),
    currency: z.string(),
    expectedClose: z.string(),
    notes: z.string().nullable(),
    accountId: z.uuid().nullable(),
    accountMatch: ZAccountMatch.nullable(),
    dealId: z.uuid().nullable(),
    /** The latest decision's reason, readable by the partner. */
    reason: z.string().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    approvedAt: z.iso.datetime().nullable(),
    protectedUntil: z.iso.datetime().nullable(),
    extended: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Registration' });
export type Registration = z.output<typeof ZRegistration>;

export const ZRegistrationDecision = z
  .object({
    id: z.uuid(),
    outcome: ZDecisionOutcome,
    ruleId: z.string().describe('The rule that decided, or "manager" for a person'),
    ruleSetVersion: z.number().int().nullable(),
    reason: z.string(),
    automatic: z.boolean(),
    conflictRegistrationId: z.uuid().nullable(),
    conflictDealId: z.uuid().nullable(),
    /** What the rule saw; shown to the vendor only (it names other partners). */
    inputs: z.unknown().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'RegistrationDecision' });

export const ZRegistrationHistoryEntry = z.object({
  fromStatus: ZRegistrationStatus.nullable(),
  toStatus: ZRegistrationStatus,
  reason: z.string(),
  actorId: z.string().nullable(),
  at: z.iso.datetime(),
});

export const ZRegistrationDispute = z.object({
  id: z.uuid(),
  reason: z.string(),
  status: z.enum(['open', 'upheld', 'overturned']),
  resolution: z.string().nullable(),
  openedAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
});

/** The other side of a conflict, for the vendor's side-by-side review. */
export const ZConflictSummary = z.object({
  kind: z.enum(['registration', 'deal']),
  id: z.uuid(),
  partnerName: z.string().nullable(),
  customerName: z.string(),
  productLines: z.array(z.string()),
  amountMinor: z.number().int(),
  currency: z.string(),
  status: z.string(),
  since: z.iso.datetime(),
  protectedUntil: z.iso.datetime().nullable(),
});

export const ZRegistrationDetail = z
  .object({
    registration: ZRegistration,
    decisions: z.array(ZRegistrationDecision),
    history: z.array(ZRegistrationHistoryEntry),
    disputes: z.array(ZRegistrationDispute),
    conflict: ZConflictSummary.nullable().describe('Vendor users only; null for partners'),
  })
  .meta({ id: 'RegistrationDetail' });
export type RegistrationDetail = z.output<typeof ZRegistrationDetail>;

const fields = {
  customerName: z.string().trim().min(1).max(200),
  customerWebsite: z.string().trim().min(3).max(253).nullable(),
  customerCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US or DE')
    .nullable(),
  contactName: z.string().trim().min(1).max(200).nullable(),
  contactEmail: z.email().max(254).nullable(),
  contactTitle: z.string().trim().min(1).max(120).nullable(),
  productLines: ZProductLines,
  amountMinor: ZAmountMinor,
  currency: ZCurrency,
  expectedClose: ZDate,
  notes: z.string().trim().max(5000).nullable(),
};

export const ZCreateRegistration = z
  .strictObject({
    customerName: fields.customerName,
    customerWebsite: fields.customerWebsite.optional(),
    customerCountry: fields.customerCountry.optional(),
    contactName: fields.contactName.optional(),
    contactEmail: fields.contactEmail.optional(),
    contactTitle: fields.contactTitle.optional(),
    productLines: fields.productLines,
    amountMinor: fields.amountMinor,
    currency: fields.currency,
    expectedClose: fields.expectedClose,
    notes: fields.notes.optional(),
    submit: z
      .boolean()
      .default(false)
      .describe('Submit at once (decided immediately) instead of saving a draft'),
  })
  .meta({ id: 'CreateRegistration' });
export type CreateRegistrationInput = z.output<typeof ZCreateRegistration>;

export const ZUpdateRegistration = z
  .strictObject({
    customerName: fields.customerName.optional(),
    customerWebsite: fields.customerWebsite.optional(),
    customerCountry: fields.customerCountry.optional(),
    contactName: fields.contactName.optional(),
    contactEmail: fields.contactEmail.optional(),
    contactTitle: fields.contactTitle.optional(),
    productLines: fields.productLines.optional(),
    amountMinor: fields.amountMinor.optional(),
    currency: fields.currency.optional(),
    expectedClose: fields.expectedClose.optional(),
    notes: fields.notes.optional(),
  })
  .meta({ id: 'UpdateRegistration' });
export type UpdateRegistrationInput = z.output<typeof ZUpdateRegistration>;

const ZReason = z.string().trim().min(3).max(2000);

export const ZDecideRegistration = z
  .strictObject({ outcome: z.enum(['approved', 'rejected']), reason: ZReason })
  .meta({ id: 'DecideRegistration' });

export const ZReasonBody = z.strictObject({ reason: ZReason }).meta({ id: 'ReasonBody' });

export const ZResolveDispute = z
  .strictObject({
    outcome: z
      .enum(['overturn', 'uphold'])
      .describe('overturn approves the registration; uphold keeps the decision'),
    reason: ZReason,
  })
  .meta({ id: 'ResolveDispute' });
