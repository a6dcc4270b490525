import { createHash } from 'node:crypto';
import { chunks } from '../../analytics/matching/read-account-list.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { actorUserId } from '../../platform/policy.js';
import { storedFiles } from '../files/files.table.js';
import { safeFileName } from '../files/store-file.js';
import { type CrmObject, type CrmSource, proposeCrmMapping } from './crm/crm-fields.js';
import { detectCrmFormat, sampleCrmFile } from './crm/read-crm-records.js';
import { toCrmImportDetail } from './crm-import-view.js';
import type { CrmImportDetail } from './crm-imports.schemas.js';
import { crmImports } from './integrations.table.js';

export interface UploadCrmImportInput {
  source: CrmSource;
  object: CrmObject;
  fileName: string;
  bytes: Buffer;
}

/**
 * Keeps an uploaded CRM export (CSV, or Salesforce/HubSpot JSON) and proposes a column mapping from the
 * source's usual column names. The file is kept in the database's file store, vendor-owned, so every server
 * process reads the same one when the import is previewed and applied.
 */
export async function uploadCrmImport(ctx: Ctx, input: UploadCrmImportInput): Promise<CrmImportDetail> {
  if (input.bytes.length === 0) {
    throw new AppError('validation_failed', 'The file is empty', {
      errors: [{ field: 'body', message: 'Send the export file as the request body' }],
    });
  }
  const format = detectCrmFormat(input.bytes);
  const sample = await sampleCrmFile(chunks(input.bytes), format);
  if (sample.rows === 0) {
    throw new AppError('validation_failed', 'The file holds no records', {
      errors: [{ field: 'body', message: 'has no rows after the header' }],
    });
  }
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const fileId = tx.ids();
    const fileName = safeFileName(input.fileName);
    await tx.db.insert(storedFiles).values({
      id: fileId,
      partnerId: null,
      purpose: 'crm_import',
      fileName,
      contentType: format === 'json' ? 'application/json' : 'text/csv',
      sizeBytes: input.bytes.length,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      bytes: input.bytes,
      uploadedBy: actorUserId(ctx.actor),
      createdAt: now,
    });
    const [row] = await tx.db
      .insert(crmImports)
      .values({
        id: tx.ids(),
        source: input.source,
        object: input.object,
        format,
        fileId,
        fileName,
        mapping: proposeCrmMapping(input.source, input.object, sample.columns),
        status: 'uploaded',
        totalRows: sample.rows,
        report: null,
        createdBy: actorUserId(ctx.actor),
        createdAt: now,
      })
      .returning();
    const detail = toCrmImportDetail(row!, sample);
    const { columns: _columns, fields: _fields, ...summary } = detail;
    await recordAudit(tx, {
      action: 'crm_import.upload',
      entityType: 'crm_import',
      entityId: row!.id,
      after: summary,
    });
    return detail;
  });
}
