import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { toSubscriptionView } from './webhook-views.js';
import type { SubscriptionsQuery, SubscriptionView } from './webhooks.schemas.js';
import { webhookSubscriptions as s } from './webhooks.table.js';

export async function findSubscriptions(
  ctx: Ctx,
  input: SubscriptionsQuery,
): Promise<Page<SubscriptionView>> {
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: s.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      name: { column: s.name, read: (r) => r.name as string },
    },
    { column: s.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.status) filters.push(eq(s.status, input.status));
  const rows = await ctx.db
    .select()
    .from(s)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toSubscriptionView);
}
