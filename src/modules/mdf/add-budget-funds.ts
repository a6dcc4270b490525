import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { ledgerStateOf, lockBudget, postLedgerOperation } from './ledger/mdf-ledger-store.js';
import type { Budget } from './mdf.schemas.js';
import { mdfBudgets } from './mdf.table.js';
import { toBudgetView } from './mdf-views.js';

export async function addBudgetFunds(
  ctx: Ctx,
  budgetId: string,
  input: { amountMinor: number; memo?: string | undefined },
): Promise<Budget> {
  return inTransaction(ctx, async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    const before = await toBudgetView(tx, budget);
    await postLedgerOperation(
      tx,
      budget,
      await ledgerStateOf(tx, budget),
      { kind: 'fund', amountMinor: input.amountMinor },
      { memo: input.memo ?? 'Funds added' },
    );
    const [row] = await tx.db
      .update(mdfBudgets)
      .set({ updatedAt: tx.clock.now() })
      .where(eq(mdfBudgets.id, budgetId))
      .returning();
    const after = await toBudgetView(tx, row ?? budget);
    await recordAudit(tx, {
      action: 'mdf.budget_funded',
      entityType: 'mdf_budget',
      entityId: budgetId,
      before,
      after,
    });
    return after;
  });
}
