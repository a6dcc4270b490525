import { and, desc, eq, exists } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import type { Budget } from './mdf.schemas.js';
import { mdfAllocations, mdfBudgets } from './mdf.table.js';
import { toBudgetView } from './mdf-views.js';

/** A partner user sees only budgets it has an allocation in. */
function visibleBudgets(ctx: Ctx) {
  const scope = partnerScope(ctx.actor);
  if (!scope) return undefined;
  return exists(
    ctx.db
      .select({ id: mdfAllocations.id })
      .from(mdfAllocations)
      .where(and(eq(mdfAllocations.budgetId, mdfBudgets.id), eq(mdfAllocations.partnerId, scope))),
  );
}

/** Budgets, newest period first; there are a handful per year, so no paging. */
export async function findBudgets(
  ctx: Ctx,
  input: { status?: 'open' | 'closed' | undefined },
): Promise<Budget[]> {
  const rows = await ctx.db
    .select()
    .from(mdfBudgets)
    .where(and(visibleBudgets(ctx), input.status ? eq(mdfBudgets.status, input.status) : undefined))
    .orderBy(desc(mdfBudgets.periodStart), desc(mdfBudgets.id));
  return Promise.all(rows.map((row) => toBudgetView(ctx, row)));
}

export async function getBudget(ctx: Ctx, id: string): Promise<Budget> {
  const [row] = await ctx.db
    .select()
    .from(mdfBudgets)
    .where(and(eq(mdfBudgets.id, id), visibleBudgets(ctx)));
  if (!row) throw new AppError('not_found', 'No such MDF budget');
  return toBudgetView(ctx, row);
}
