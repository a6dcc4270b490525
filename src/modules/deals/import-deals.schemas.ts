import { z } from 'zod';
import { ZAmountMinor, ZCurrency } from '../../platform/money/money.js';
import { ZDate, ZDealStage, ZExternalSystem, ZProductLines } from './deals.schemas.js';

/** Rows per request: 2,000 full rows stay under the 1 MiB body limit; larger files are sent in batches. */
export const MAX_IMPORT_ROWS = 2000;

/** One CRM row; validated row by row, so each bad row is reported rather than failing the request. */
export const ZImportDealRow = z.strictObject({
  accountDomain: z.string().trim().min(1).max(253).nullable().optional(),
  accountName: z.string().trim().min(1).max(200).nullable().optional(),
  name: z.string().trim().min(1).max(200),
  amountMinor: ZAmountMinor,
  currency: ZCurrency,
  stage: ZDealStage,
  closeDate: ZDate,
  ownerEmail: z.email().max(254).nullable().optional(),
  productLines: ZProductLines,
  nextSteps: z.string().trim().max(2000).nullable().optional(),
  externalId: z.string().trim().min(1).max(100).nullable().optional(),
  externalSystem: ZExternalSystem.default('other'),
});
export type ImportDealRow = z.output<typeof ZImportDealRow>;

export const ZImportDeals = z
  .strictObject({
    rows: z
      .array(z.record(z.string(), z.unknown()))
      .min(1)
      .max(MAX_IMPORT_ROWS)
      .describe(
        'Deals to create or update. Each row: accountDomain and/or accountName (an existing account, found ' +
          'by registrable domain, then by normalized name), name, amountMinor, currency, stage, closeDate ' +
          '(YYYY-MM-DD), productLines, and optionally ownerEmail (vendor staff), nextSteps, externalId and ' +
          'externalSystem (salesforce, hubspot, dynamics or other; default other). A row with an externalId ' +
          'updates the deal holding that id; one without updates the deal of the same name on the account.',
      ),
    dryRun: z.boolean().default(false).describe('Check and report only; nothing is written'),
    sourceName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Where the rows come from, e.g. "Salesforce export 2026-01-15"; kept in the audit trail'),
  })
  .meta({ id: 'ImportDeals' });
export type ImportDealsInput = z.output<typeof ZImportDeals>;

export const IMPORT_ROW_STATUSES = ['created', 'updated', 'unchanged', 'rejected'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

export const ZImportRowResult = z.object({
  row: z.number().int().describe('Position of the row in rows, from 0'),
  status: z.enum(IMPORT_ROW_STATUSES),
  dealId: z.uuid().nullable().describe('The deal created, updated or matched; null when rejected'),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ImportRowResult = z.output<typeof ZImportRowResult>;

export const ZImportReport = z
  .object({
    dryRun: z.boolean(),
    committed: z.boolean().describe('False on a dry run, and whenever any row was rejected'),
    counts: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.number().int(),
    }),
    rows: z.array(ZImportRowResult),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.output<typeof ZImportReport>;
