import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import type { Payout } from './incentives.schemas.js';
import { incentivePayouts } from './incentives.table.js';
import { toPayoutView } from './payout-view.js';

export interface FindPayoutsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  beneficiaryType?: string | undefined;
}

export async function findIncentivePayouts(ctx: Ctx, input: FindPayoutsInput): Promise<Page<Payout>> {
  const t = incentivePayouts;
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: t.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      totalMinor: { column: t.totalMinor, read: (r) => r.totalMinor as number },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.beneficiaryType) filters.push(eq(t.beneficiaryType, input.beneficiaryType));
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toPayoutView);
}
