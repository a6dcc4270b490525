import { eq } from 'drizzle-orm';
import { chunks } from '../../analytics/matching/read-account-list.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidFields } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { type CrmMapping, type CrmObject, type CrmSource, mappingProblems } from './crm/crm-fields.js';
import type { CrmFormat } from './crm/read-crm-records.js';
import { runCrmImport } from './crm/run-crm-import.js';
import { importFileBytes, sampleImportFile, toCrmImportDetail } from './crm-import-view.js';
import type { CrmImportDetail, CrmImportRunReport } from './crm-imports.schemas.js';
import { getCrmImportRow } from './get-crm-import.js';
import { crmImports } from './integrations.table.js';

/**
 * Runs a stored import as a dry run (preview) or for real (apply) and keeps the report on the import.
 * Applying writes batch by batch in transactions of their own, so the import row is updated afterwards
 * in one more; a second apply of the same file reports every row unchanged.
 */
export async function runStoredCrmImport(ctx: Ctx, id: string, dryRun: boolean): Promise<CrmImportDetail> {
  const row = await getCrmImportRow(ctx, id);
  const sample = await sampleImportFile(ctx, row);
  const mapping = row.mapping as CrmMapping;
  const problems = mappingProblems(row.object as CrmObject, mapping, sample.columns);
  if (problems.length) throw invalidFields(problems);
  const result = await runCrmImport(ctx, {
    source: row.source as CrmSource,
    object: row.object as CrmObject,
    format: row.format as CrmFormat,
    mapping,
    chunks: chunks(await importFileBytes(ctx, row)),
    dryRun,
  });
  const report: CrmImportRunReport = { dryRun, ...result };
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const [updated] = await tx.db
      .update(crmImports)
      .set({
        report,
        status: dryRun && row.status !== 'applied' ? 'previewed' : dryRun ? row.status : 'applied',
        totalRows: result.rows,
        ...(dryRun ? {} : { appliedAt: now }),
      })
      .where(eq(crmImports.id, id))
      .returning();
    const { errors: _errors, ...counts } = report;
    await recordAudit(tx, {
      action: dryRun ? 'crm_import.preview' : 'crm_import.apply',
      entityType: 'crm_import',
      entityId: id,
      before: { status: row.status },
      after: { status: updated!.status, ...counts },
    });
    if (!dryRun) {
      await publishEvent(tx, {
        type: 'crm.import.applied',
        entityType: 'crm_import',
        entityId: id,
        payload: { source: row.source, object: row.object, ...counts },
      });
    }
    return toCrmImportDetail(updated!, sample);
  });
}
