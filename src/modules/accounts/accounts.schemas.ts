import { z } from 'zod';

export const ACCOUNT_STATUSES = ['prospect', 'customer', 'former_customer'] as const;
export const ZAccountStatus = z.enum(ACCOUNT_STATUSES);
export type AccountStatus = z.infer<typeof ZAccountStatus>;

const ZExternalIds = z
  .partialRecord(z.enum(['salesforce', 'hubspot', 'dynamics', 'other']), z.string().trim().min(1).max(100))
  .describe('CRM record ids by system, e.g. { "salesforce": "0015g00000XyZ" }');

export const ZAccount = z
  .object({
    id: z.uuid(),
    name: z.string(),
    domains: z.array(z.string()),
    country: z.string().nullable(),
    industry: z.string().nullable(),
    employees: z.number().int().nullable(),
    ownerId: z.uuid().nullable(),
    status: ZAccountStatus,
    externalIds: z.record(z.string(), z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Account' });
export type Account = z.output<typeof ZAccount>;

const fields = {
  name: z.string().trim().min(1).max(200),
  domains: z.array(z.string().trim().min(3).max(253)).max(20),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US or DE')
    .nullable(),
  industry: z.string().trim().min(1).max(80).nullable(),
  employees: z.number().int().min(1).max(10_000_000).nullable(),
  ownerId: z.uuid().nullable(),
  status: ZAccountStatus,
  externalIds: ZExternalIds,
};

export const ZCreateAccount = z
  .strictObject({
    name: fields.name,
    domains: fields.domains.default([]),
    country: fields.country.optional(),
    industry: fields.industry.optional(),
    employees: fields.employees.optional(),
    ownerId: fields.ownerId.optional(),
    status: fields.status.default('prospect'),
    externalIds: fields.externalIds.default({}),
  })
  .meta({ id: 'CreateAccount' });
export type CreateAccountInput = z.output<typeof ZCreateAccount>;

export const ZUpdateAccount = z
  .strictObject({
    name: fields.name.optional(),
    domains: fields.domains.optional(),
    country: fields.country.optional(),
    industry: fields.industry.optional(),
    employees: fields.employees.optional(),
    ownerId: fields.ownerId.optional(),
    status: fields.status.optional(),
    externalIds: fields.externalIds.optional(),
  })
  .meta({ id: 'UpdateAccount' });
export type UpdateAccountInput = z.output<typeof ZUpdateAccount>;
