import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { getPartner } from '../partners/get-partner.js';
import { lockOrCreateAllocation } from './allocation-store.js';
import { ledgerStateOf, lockBudget, postLedgerOperation } from './ledger/mdf-ledger-store.js';
import type { Allocation } from './mdf.schemas.js';
import { mdfAllocations } from './mdf.table.js';
import { toAllocationViews } from './mdf-views.js';

/**
 * Sets a partner's allocation by hand: raising takes money from the unallocated budget, lowering
 * gives back only what is still available (committed, payable and paid money stays).
 */
export async function setAllocation(
  ctx: Ctx,
  budgetId: string,
  partnerId: string,
  input: { amountMinor: number; memo?: string | undefined },
): Promise<Allocation> {
  return inTransaction(ctx, async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    await getPartner(tx, partnerId);
    if (budget.status === 'closed') throw new AppError('conflict', 'The budget is closed');
    const allocation = await lockOrCreateAllocation(tx, budgetId, partnerId, 'manual');
    const [before] = await toAllocationViews(tx, [allocation]);
    if (!before) throw new Error('allocation view missing');
    const delta = input.amountMinor - before.allocatedMinor;
    const refs = { partnerId, allocationId: allocation.id, memo: input.memo ?? 'Set by hand' };
    const state = await ledgerStateOf(tx, budget);
    if (delta > 0) {
      await postLedgerOperation(
        tx,
        budget,
        state,
        { kind: 'allocate', allocationId: allocation.id, amountMinor: delta },
        refs,
      );
    } else if (delta < 0) {
      await postLedgerOperation(
        tx,
        budget,
        state,
        { kind: 'reduce_allocation', allocationId: allocation.id, amountMinor: -delta },
        refs,
      );
    }
    const [row] = await tx.db
      .update(mdfAllocations)
      .set({ method: 'manual', updatedAt: tx.clock.now() })
      .where(eq(mdfAllocations.id, allocation.id))
      .returning();
    const [after] = await toAllocationViews(tx, [row ?? allocation]);
    if (!after) throw new Error('allocation view missing');
    await recordAudit(tx, {
      action: 'mdf.allocation_set',
      entityType: 'mdf_allocation',
      entityId: allocation.id,
      partnerId,
      before,
      after,
    });
    return after;
  });
}
