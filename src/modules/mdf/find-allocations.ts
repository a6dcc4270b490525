import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import type { Allocation } from './mdf.schemas.js';
import { mdfAllocations } from './mdf.table.js';
import { toAllocationViews } from './mdf-views.js';

/** Allocations with their balances: of one budget (at most one per partner) or of one partner. */
export async function findAllocations(
  ctx: Ctx,
  input: { budgetId?: string | undefined; partnerId?: string | undefined },
): Promise<Allocation[]> {
  const scope = partnerScope(ctx.actor);
  const rows = await ctx.db
    .select()
    .from(mdfAllocations)
    .where(
      and(
        scope ? eq(mdfAllocations.partnerId, scope) : undefined,
        input.budgetId ? eq(mdfAllocations.budgetId, input.budgetId) : undefined,
        input.partnerId ? eq(mdfAllocations.partnerId, input.partnerId) : undefined,
      ),
    )
    .orderBy(desc(mdfAllocations.createdAt))
    .limit(2000);
  const views = await toAllocationViews(ctx, rows);
  return views.sort(
    (a, b) => b.allocatedMinor - a.allocatedMinor || a.partnerName.localeCompare(b.partnerName),
  );
}
