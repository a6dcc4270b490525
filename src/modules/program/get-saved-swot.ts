import { desc } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { swotDrafts } from './program.table.js';
import { toSavedSwot } from './saved-swot-view.js';
import type { SavedSwot } from './swot.schemas.js';

/** The latest saved SWOT, or null before the first save. */
export async function getSavedSwot(ctx: Ctx): Promise<{ saved: SavedSwot | null }> {
  const [row] = await ctx.db
    .select()
    .from(swotDrafts)
    .orderBy(desc(swotDrafts.createdAt), desc(swotDrafts.id))
    .limit(1);
  return { saved: row ? toSavedSwot(row) : null };
}
