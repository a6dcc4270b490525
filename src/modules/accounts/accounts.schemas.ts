import { z } from 'zod';

export const ACCOUNT_STATUSES = ['prospect', 'customer', 'former_customer'] as const;
export const ZAccountStatus = z.enum(ACCOUNT_STATUSES);
export type AccountStatus = z.infer<typeof ZAccountStatus>;

/** The CRMs an account's record ids come from (keys of externalIds). */
export const ACCOUNT_SYSTEMS = ['salesforce', 'hubspot', 'dynamics', 'other'] as const;
export const ZAccountSystem = z.enum(ACCOUNT_SYSTEMS);
export type AccountSystem = z.infer<typeof ZAccountSystem>;

const ZExternalIds = z
  .partialRecord(ZAccountSystem, z.string().trim().min(1).max(100))
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

const ZImportRowProblem = z.object({ line: z.number().int(), field: z.string(), message: z.string() });

export const ZAccountImport = z
  .object({
    id: z.uuid().nullable().describe('The import, as its audit entry names it; null for a dry run'),
    system: ZAccountSystem,
    dryRun: z.boolean(),
    rowsRead: z.number().int(),
    rowsAccepted: z.number().int(),
    rowsRejected: z.number().int(),
    created: z.number().int(),
    updated: z.number().int().describe('Existing accounts the file changed'),
    unchanged: z.number().int().describe('Existing accounts the file matched and already agreed with'),
    columns: z.record(z.string(), z.string()).describe('Which column of the file was read into each field'),
    rejections: z.array(ZImportRowProblem).describe('The first 1,000 row problems'),
    notices: z
      .array(ZImportRowProblem)
      .describe('Values set aside in rows that were imported (the first 1,000)'),
  })
  .meta({ id: 'AccountImport' });
export type AccountImport = z.output<typeof ZAccountImport>;
