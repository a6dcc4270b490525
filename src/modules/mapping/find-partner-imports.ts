import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { MappingImport } from './mapping.schemas.js';
import { mappingImports } from './mapping.table.js';
import { toImportView } from './mapping-import-view.js';
import { assertMappingPartner } from './mapping-side.js';

/** The latest imports of a partner's list, newest first. */
export async function findPartnerImports(ctx: Ctx, partnerId: string): Promise<MappingImport[]> {
  await assertMappingPartner(ctx, partnerId);
  const rows = await ctx.db
    .select()
    .from(mappingImports)
    .where(and(eq(mappingImports.partnerId, partnerId), eq(mappingImports.side, 'partner')))
    .orderBy(desc(mappingImports.createdAt))
    .limit(20);
  return rows.map(toImportView);
}
