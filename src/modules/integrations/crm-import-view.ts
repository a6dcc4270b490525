import { chunks } from '../../analytics/matching/read-account-list.js';
import type { Ctx } from '../../platform/context.js';
import { getFileContent } from '../files/get-file.js';
import { CRM_FIELDS, type CrmMapping, type CrmObject, mappingProblems } from './crm/crm-fields.js';
import { type CrmFileSample, type CrmFormat, sampleCrmFile } from './crm/read-crm-records.js';
import type { CrmImportDetail, CrmImportRunReport, CrmImportView } from './crm-imports.schemas.js';
import type { crmImports } from './integrations.table.js';

export type CrmImportRow = typeof crmImports.$inferSelect;

export function toCrmImportView(row: CrmImportRow): CrmImportView {
  return {
    id: row.id,
    source: row.source as CrmImportView['source'],
    object: row.object as CrmImportView['object'],
    format: row.format as CrmFormat,
    fileId: row.fileId,
    fileName: row.fileName,
    status: row.status as CrmImportView['status'],
    totalRows: row.totalRows,
    mapping: row.mapping as CrmMapping,
    report: (row.report as CrmImportRunReport | null) ?? null,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
  };
}

/** The stored upload's bytes, in the pieces a streaming reader takes. */
export async function importFileBytes(ctx: Ctx, row: CrmImportRow): Promise<Uint8Array> {
  return (await getFileContent(ctx, row.fileId)).bytes;
}

export function toCrmImportDetail(row: CrmImportRow, sample: CrmFileSample): CrmImportDetail {
  const object = row.object as CrmObject;
  return {
    ...toCrmImportView(row),
    columns: sample.columns.map((name) => ({ name, samples: sample.samples[name] ?? [] })),
    fields: CRM_FIELDS[object],
    mappingProblems: mappingProblems(object, row.mapping as CrmMapping, sample.columns),
  };
}

export async function sampleImportFile(ctx: Ctx, row: CrmImportRow): Promise<CrmFileSample> {
  return sampleCrmFile(chunks(await importFileBytes(ctx, row)), row.format as CrmFormat);
}
