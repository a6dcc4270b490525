import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { attemptDelivery } from './attempt-delivery.js';
import type { DeliverySettings } from './delivery-settings.js';
import { getDelivery } from './get-delivery.js';
import { recordAttempt } from './record-attempt.js';
import type { DeliveryDetail } from './webhooks.schemas.js';
import { webhookDeliveries, webhookSubscriptions } from './webhooks.table.js';

/**
 * Sends a delivery again by hand with the same message id, so a receiver that dedups drops it if it
 * already has it. A delivery still queued is only brought forward: it keeps its place behind earlier
 * events of its subject. A delivered or failed one is sent at once and the attempt logged.
 */
export async function redeliver(ctx: Ctx, id: string, settings: DeliverySettings): Promise<DeliveryDetail> {
  const [claim] = await ctx.db
    .select({ delivery: webhookDeliveries, subscription: webhookSubscriptions })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(eq(webhookDeliveries.id, id));
  if (!claim) throw notFound('Webhook delivery');
  const audit = { action: 'webhook.redeliver', entityType: 'webhook_delivery', entityId: id };
  if (claim.delivery.status === 'pending') {
    await inTransaction(ctx, async (tx) => {
      await tx.db
        .update(webhookDeliveries)
        .set({ nextAttemptAt: ctx.clock.now() })
        .where(eq(webhookDeliveries.id, id));
      await recordAudit(tx, { ...audit, after: { status: 'pending', broughtForward: true } });
    });
    return getDelivery(ctx, id);
  }
  const outcome = await attemptDelivery(claim, settings, ctx.clock);
  await inTransaction(ctx, async (tx) => {
    await recordAttempt(tx, claim, outcome, 'redelivery', settings);
    await recordAudit(tx, { ...audit, after: { statusCode: outcome.statusCode, error: outcome.error } });
  });
  return getDelivery(ctx, id);
}
