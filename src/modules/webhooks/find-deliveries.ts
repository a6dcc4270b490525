import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { loadSubscription } from './load-subscription.js';
import { toDeliveryView } from './webhook-views.js';
import type { DeliveriesQuery, DeliveryView } from './webhooks.schemas.js';
import { webhookDeliveries as d } from './webhooks.table.js';

/** A subscription's delivery log, newest first by default. */
export async function findDeliveries(
  ctx: Ctx,
  subscriptionId: string,
  input: DeliveriesQuery,
): Promise<Page<DeliveryView>> {
  await loadSubscription(ctx, subscriptionId);
  const plan = keyset(
    input.sort,
    { createdAt: { column: d.createdAt, read: (r) => (r.createdAt as Date).toISOString() } },
    { column: d.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, eq(d.subscriptionId, subscriptionId)];
  if (input.status) filters.push(eq(d.status, input.status));
  if (input.eventType) filters.push(eq(d.eventType, input.eventType));
  const rows = await ctx.db
    .select()
    .from(d)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toDeliveryView);
}
