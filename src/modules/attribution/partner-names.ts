import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partners } from '../partners/partners.table.js';

/** Display names of the partners in a result. */
export async function partnerNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(inArray(partners.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
