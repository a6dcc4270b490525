import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { MappingImport } from './mapping.schemas.js';
import { mappingImports } from './mapping.table.js';
import { toImportView } from './mapping-import-view.js';
import { assertMappingPartner } from './mapping-side.js';

/** The latest uploads of a partner's list, by the partner or by the vendor on its behalf, newest first. */
export async function findPartnerImports(ctx: Ctx, partnerId: string): Promise<MappingImport[]> {
  await assertMappingPartner(ctx, partnerId);
  const rows = await ctx.db
    .select()
    .from(mappingImports)
    .where(eq(mappingImports.partnerId, partnerId))
    .orderBy(desc(mappingImports.createdAt))
    .limit(20);
  return rows.map(toImportView);
}
