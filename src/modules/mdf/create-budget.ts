import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { emptyLedger } from './ledger/mdf-ledger-kernel.js';
import { postLedgerOperation } from './ledger/mdf-ledger-store.js';
import type { Budget } from './mdf.schemas.js';
import { mdfBudgets } from './mdf.table.js';
import { toBudgetView } from './mdf-views.js';

export interface CreateBudgetInput {
  name: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  fundedMinor: number;
  financeThresholdMinor: number;
}

export async function createBudget(ctx: Ctx, input: CreateBudgetInput): Promise<Budget> {
  if (input.periodEnd < input.periodStart)
    throw invalidField('body.periodEnd', 'must not be before periodStart');
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(mdfBudgets)
      .values({
        id: tx.ids(),
        name: input.name,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        currency: input.currency,
        financeThresholdMinor: input.financeThresholdMinor,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    if (input.fundedMinor > 0) {
      await postLedgerOperation(
        tx,
        row,
        emptyLedger(),
        { kind: 'fund', amountMinor: input.fundedMinor },
        {
          memo: 'Initial funding',
        },
      );
    }
    const view = await toBudgetView(tx, row);
    await recordAudit(tx, {
      action: 'mdf.budget_created',
      entityType: 'mdf_budget',
      entityId: row.id,
      after: view,
    });
    return view;
  });
}
