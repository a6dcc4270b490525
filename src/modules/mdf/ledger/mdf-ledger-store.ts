import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import { actorUserId } from '../../../platform/policy.js';
import { mdfAllocations, mdfBudgets, mdfLedger } from '../mdf.table.js';
import {
  applyLedgerOperation,
  type LedgerMove,
  type LedgerOperation,
  type LedgerState,
} from './mdf-ledger-kernel.js';

export type BudgetRow = typeof mdfBudgets.$inferSelect;
export type AllocationRow = typeof mdfAllocations.$inferSelect;

/**
 * Every movement of a budget's money first locks the budget row, so movements of one budget run one
 * at a time on every server and each sees the balances the one before left.
 */
export async function lockBudget(ctx: Ctx, budgetId: string): Promise<BudgetRow> {
  const [row] = await ctx.db.select().from(mdfBudgets).where(eq(mdfBudgets.id, budgetId)).for('update');
  if (!row) throw new AppError('not_found', 'No such MDF budget');
  return row;
}

export async function lockAllocation(ctx: Ctx, allocationId: string): Promise<AllocationRow> {
  const [row] = await ctx.db
    .select()
    .from(mdfAllocations)
    .where(eq(mdfAllocations.id, allocationId))
    .for('update');
  if (!row) throw new AppError('not_found', 'No such MDF allocation');
  return row;
}

/** Balance per bucket from the ledger rows: what came in minus what went out. */
export async function bucketBalances(
  db: Executor,
  where: { budgetId?: string; allocationId?: string; partnerId?: string },
): Promise<Record<string, number>> {
  const conditions = [
    where.budgetId ? eq(mdfLedger.budgetId, where.budgetId) : undefined,
    where.allocationId ? eq(mdfLedger.allocationId, where.allocationId) : undefined,
    where.partnerId ? eq(mdfLedger.partnerId, where.partnerId) : undefined,
  ];
  const filter = and(...conditions);
  const result = (await db.execute(sql`
    select bucket, sum(amount)::text as balance from (
      select ${mdfLedger.toBucket} as bucket, ${mdfLedger.amountMinor} as amount from ${mdfLedger} where ${filter}
      union all
      select ${mdfLedger.fromBucket}, -${mdfLedger.amountMinor} from ${mdfLedger} where ${filter}
    ) moves group by bucket`)) as unknown as { rows: { bucket: string; balance: string }[] };
  const balances: Record<string, number> = {};
  for (const row of result.rows) balances[row.bucket] = Number(row.balance);
  return balances;
}

export async function ledgerStateOf(ctx: Ctx, budget: BudgetRow): Promise<LedgerState> {
  return {
    closed: budget.status === 'closed',
    balances: await bucketBalances(ctx.db, { budgetId: budget.id }),
  };
}

export interface LedgerRefs {
  partnerId?: string | null;
  allocationId?: string | null;
  requestId?: string | null;
  claimId?: string | null;
  memo?: string;
}

/**
 * Applies one operation through the ledger kernel and writes its entries; a refusal is a conflict
 * and writes nothing. Call with the budget locked.
 */
export async function postLedgerOperation(
  ctx: Ctx,
  budget: BudgetRow,
  state: LedgerState,
  op: LedgerOperation,
  refs: LedgerRefs | ((move: LedgerMove) => LedgerRefs) = {},
): Promise<LedgerState> {
  const outcome = applyLedgerOperation(state, op);
  if (!outcome.ok) throw new AppError('conflict', outcome.reason);
  if (outcome.moves.length > 0) {
    const at = ctx.clock.now();
    await ctx.db.insert(mdfLedger).values(
      outcome.moves.map((m) => {
        const r = typeof refs === 'function' ? refs(m) : refs;
        return {
          budgetId: budget.id,
          partnerId: r.partnerId ?? null,
          allocationId: r.allocationId ?? null,
          requestId: r.requestId ?? null,
          claimId: r.claimId ?? null,
          entryType: m.entryType,
          fromBucket: m.fromBucket,
          toBucket: m.toBucket,
          amountMinor: m.amountMinor,
          currency: budget.currency,
          memo: r.memo ?? '',
          actorId: actorUserId(ctx.actor),
          at,
        };
      }),
    );
  }
  return outcome.state;
}
