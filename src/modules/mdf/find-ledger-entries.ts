import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { partnerScope } from '../../platform/policy.js';
import { getBudget } from './find-budgets.js';
import type { ZLedgerEntry } from './mdf.schemas.js';
import { mdfLedger } from './mdf.table.js';

type LedgerEntry = z.infer<typeof ZLedgerEntry>;

/** A budget's ledger in the order it was written; a partner user reads only its own lines. */
export async function findLedgerEntries(
  ctx: Ctx,
  budgetId: string,
  input: { limit: number; cursor?: string | undefined; partnerId?: string | undefined },
): Promise<Page<LedgerEntry>> {
  await getBudget(ctx, budgetId);
  const scope = partnerScope(ctx.actor);
  const byId = { column: mdfLedger.id, read: (r: Record<string, unknown>) => r.id as number };
  const plan = keyset('id', { id: byId }, byId, input.cursor);
  const rows = await ctx.db
    .select()
    .from(mdfLedger)
    .where(
      and(
        eq(mdfLedger.budgetId, budgetId),
        scope ? eq(mdfLedger.partnerId, scope) : undefined,
        input.partnerId ? eq(mdfLedger.partnerId, input.partnerId) : undefined,
        plan.where,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, ({ actorId: _actorId, at, ...row }) => ({
    ...row,
    at: at.toISOString(),
  }));
}
