import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { ledgerStateOf, lockBudget, postLedgerOperation } from './ledger/mdf-ledger-store.js';
import type { Budget } from './mdf.schemas.js';
import { mdfAllocations, mdfBudgets } from './mdf.table.js';
import { toBudgetView } from './mdf-views.js';

/**
 * Closes a budget: unallocated money and what allocations have not committed return; approved
 * requests keep their commitment and may still be claimed. No new requests or allocations after.
 */
export async function closeBudget(ctx: Ctx, budgetId: string): Promise<Budget> {
  return inTransaction(ctx, async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    const before = await toBudgetView(tx, budget);
    const allocations = await tx.db
      .select({ id: mdfAllocations.id, partnerId: mdfAllocations.partnerId })
      .from(mdfAllocations)
      .where(eq(mdfAllocations.budgetId, budgetId));
    const partnerOf = new Map(allocations.map((a) => [a.id, a.partnerId]));
    await postLedgerOperation(tx, budget, await ledgerStateOf(tx, budget), { kind: 'close' }, (move) => {
      const allocationId = move.fromBucket.startsWith('available:') ? move.fromBucket.slice(10) : null;
      return {
        allocationId,
        partnerId: allocationId ? (partnerOf.get(allocationId) ?? null) : null,
        memo: 'Budget closed: unused money returned',
      };
    });
    const [row] = await tx.db
      .update(mdfBudgets)
      .set({ status: 'closed', updatedAt: tx.clock.now() })
      .where(eq(mdfBudgets.id, budgetId))
      .returning();
    const after = await toBudgetView(tx, row ?? budget);
    await recordAudit(tx, {
      action: 'mdf.budget_closed',
      entityType: 'mdf_budget',
      entityId: budgetId,
      before,
      after,
    });
    return after;
  });
}
