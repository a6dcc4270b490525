import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { type CrmImportRow, sampleImportFile, toCrmImportDetail } from './crm-import-view.js';
import type { CrmImportDetail } from './crm-imports.schemas.js';
import { crmImports } from './integrations.table.js';

export async function getCrmImportRow(
  ctx: Ctx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CrmImportRow> {
  const query = ctx.db.select().from(crmImports).where(eq(crmImports.id, id)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound('CRM import');
  return row;
}

/** One import with the file's columns, sample values and what its mapping still lacks. */
export async function getCrmImport(ctx: Ctx, id: string): Promise<CrmImportDetail> {
  const row = await getCrmImportRow(ctx, id);
  return toCrmImportDetail(row, await sampleImportFile(ctx, row));
}
