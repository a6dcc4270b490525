import { z } from 'zod';
import { CRM_OBJECTS, CRM_SOURCES } from './crm/crm-fields.js';
import { CRM_FORMATS } from './crm/read-crm-records.js';

export const ZCrmSource = z.enum(CRM_SOURCES);
export const ZCrmObject = z.enum(CRM_OBJECTS);
export const CRM_IMPORT_STATUSES = ['uploaded', 'previewed', 'applied'] as const;

export const ZCrmMapping = z
  .record(z.string().min(1).max(40), z.string().min(1).max(200))
  .describe('Trellis field → the column of the file it is read from, e.g. { "id": "Id", "name": "Name" }');

export const ZCrmImportReport = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    failed: z.number().int().describe('Rows not imported; each has at least one entry in errors'),
    batches: z.number().int(),
    errors: z
      .array(z.object({ row: z.number().int(), field: z.string(), reason: z.string() }))
      .describe(
        'Per-row problems (the first 1,000): row is the CSV line, or the record number in a JSON file',
      ),
  })
  .meta({ id: 'CrmImportReport' });
export type CrmImportRunReport = z.output<typeof ZCrmImportReport>;

export const ZCrmImport = z
  .object({
    id: z.uuid(),
    source: ZCrmSource,
    object: ZCrmObject,
    format: z.enum(CRM_FORMATS),
    fileId: z.uuid(),
    fileName: z.string(),
    status: z.enum(CRM_IMPORT_STATUSES),
    totalRows: z.number().int(),
    mapping: ZCrmMapping,
    report: ZCrmImportReport.nullable().describe('The last preview or apply'),
    createdAt: z.iso.datetime(),
    appliedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CrmImport' });
export type CrmImportView = z.output<typeof ZCrmImport>;

export const ZCrmImportDetail = ZCrmImport.extend({
  columns: z
    .array(z.object({ name: z.string(), samples: z.array(z.string()) }))
    .describe('The columns of the file with a few sample values each'),
  fields: z
    .array(z.object({ field: z.string(), label: z.string(), required: z.boolean(), description: z.string() }))
    .describe('The Trellis fields this object can set'),
  mappingProblems: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .describe('What keeps the mapping from being previewed or applied; empty when it is complete'),
}).meta({ id: 'CrmImportDetail' });
export type CrmImportDetail = z.output<typeof ZCrmImportDetail>;

export const ZUploadCrmImportQuery = z.strictObject({
  source: ZCrmSource,
  object: ZCrmObject,
  fileName: z.string().trim().min(1).max(200).default('crm-export'),
});

export const ZSetCrmImportMapping = z
  .strictObject({ mapping: ZCrmMapping })
  .meta({ id: 'SetCrmImportMapping' });
