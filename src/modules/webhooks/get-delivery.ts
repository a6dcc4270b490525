import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { toAttemptView, toDeliveryView } from './webhook-views.js';
import type { DeliveryDetail } from './webhooks.schemas.js';
import { webhookAttempts, webhookDeliveries } from './webhooks.table.js';

/** One delivery with the body it sends and every attempt, oldest first. */
export async function getDelivery(ctx: Ctx, id: string): Promise<DeliveryDetail> {
  const [row] = await ctx.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
  if (!row) throw notFound('Webhook delivery');
  const attempts = await ctx.db
    .select()
    .from(webhookAttempts)
    .where(eq(webhookAttempts.deliveryId, id))
    .orderBy(asc(webhookAttempts.attemptedAt), asc(webhookAttempts.id));
  return { ...toDeliveryView(row), payload: row.payload, attemptLog: attempts.map(toAttemptView) };
}
