import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type AllocationRow, lockAllocation } from './ledger/mdf-ledger-store.js';
import { mdfAllocations } from './mdf.table.js';

/** The partner's allocation in a budget, created empty (and locked) when it has none yet. */
export async function lockOrCreateAllocation(
  ctx: Ctx,
  budgetId: string,
  partnerId: string,
  method: 'tier_share' | 'manual',
): Promise<AllocationRow> {
  const now = ctx.clock.now();
  await ctx.db
    .insert(mdfAllocations)
    .values({ id: ctx.ids(), budgetId, partnerId, method, createdAt: now, updatedAt: now })
    .onConflictDoNothing();
  const [row] = await ctx.db
    .select({ id: mdfAllocations.id })
    .from(mdfAllocations)
    .where(and(eq(mdfAllocations.budgetId, budgetId), eq(mdfAllocations.partnerId, partnerId)));
  if (!row) throw new Error('allocation missing after insert');
  return lockAllocation(ctx, row.id);
}
