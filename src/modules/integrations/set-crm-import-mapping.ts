import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidFields } from '../../platform/errors.js';
import { CRM_FIELDS, type CrmMapping, type CrmObject } from './crm/crm-fields.js';
import { sampleImportFile, toCrmImportDetail } from './crm-import-view.js';
import type { CrmImportDetail } from './crm-imports.schemas.js';
import { getCrmImportRow } from './get-crm-import.js';
import { crmImports } from './integrations.table.js';

/**
 * Sets which column feeds each Trellis field. Unknown fields and columns the file lacks are refused; an
 * incomplete mapping is kept (the wizard saves as the person goes) and listed in mappingProblems. A new
 * mapping makes the last report stale, so the import is back to uploaded until it is previewed again.
 */
export async function setCrmImportMapping(
  ctx: Ctx,
  id: string,
  mapping: CrmMapping,
): Promise<CrmImportDetail> {
  return inTransaction(ctx, async (tx) => {
    const before = await getCrmImportRow(tx, id, { lock: true });
    const sample = await sampleImportFile(tx, before);
    const object = before.object as CrmObject;
    const known = new Set(CRM_FIELDS[object].map((f) => f.field));
    const refused = Object.entries(mapping).flatMap(([field, column]) => {
      if (!known.has(field)) return [{ field: `mapping.${field}`, message: `is not a field of ${object}` }];
      if (!sample.columns.includes(column)) {
        return [
          { field: `mapping.${field}`, message: `names "${column}", which is not a column of the file` },
        ];
      }
      return [];
    });
    if (refused.length) throw invalidFields(refused);
    const [row] = await tx.db
      .update(crmImports)
      .set({ mapping, status: 'uploaded', report: null })
      .where(eq(crmImports.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'crm_import.mapping',
      entityType: 'crm_import',
      entityId: id,
      before: { mapping: before.mapping, status: before.status },
      after: { mapping, status: 'uploaded' },
    });
    return toCrmImportDetail(row!, sample);
  });
}
