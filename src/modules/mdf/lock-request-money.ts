import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type AllocationRow, type BudgetRow, lockAllocation, lockBudget } from './ledger/mdf-ledger-store.js';
import { mdfAllocations } from './mdf.table.js';
import { loadRequest, type RequestRow } from './request-rules.js';

export interface LockedRequest {
  budget: BudgetRow;
  allocation: AllocationRow;
  request: RequestRow;
}

/**
 * Locks, always in this order, the budget, the allocation and the request a money movement touches,
 * then reads the request again so its status is the one every other writer left.
 */
export async function lockRequestMoney(ctx: Ctx, requestId: string): Promise<LockedRequest> {
  const first = await loadRequest(ctx, requestId);
  const budget = await lockAllocationBudget(ctx, first.allocationId);
  const allocation = await lockAllocation(ctx, first.allocationId);
  const request = await loadRequest(ctx, requestId, true);
  return { budget, allocation, request };
}

async function lockAllocationBudget(ctx: Ctx, allocationId: string): Promise<BudgetRow> {
  const [row] = await ctx.db
    .select({ budgetId: mdfAllocations.budgetId })
    .from(mdfAllocations)
    .where(eq(mdfAllocations.id, allocationId));
  if (!row) throw new Error('allocation missing');
  return lockBudget(ctx, row.budgetId);
}
