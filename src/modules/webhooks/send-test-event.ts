import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { domainEvents } from '../../platform/events/events.table.js';
import { enqueueDeliveries } from './enqueue-deliveries.js';
import { TEST_EVENT_TYPE } from './fan-out-events.js';
import { loadSubscription } from './load-subscription.js';
import { toDeliveryView } from './webhook-views.js';
import type { DeliveryView } from './webhooks.schemas.js';
import { webhookDeliveries } from './webhooks.table.js';

/**
 * Queues a `webhook.test` event for this subscription only. It goes through the same queue, signing and
 * retries as any event, so a green test proves the whole path.
 */
export async function sendTestEvent(ctx: Ctx, id: string): Promise<DeliveryView> {
  return inTransaction(ctx, async (tx) => {
    const subscription = await loadSubscription(tx, id);
    if (subscription.status !== 'active') {
      throw new AppError('conflict', 'Enable the subscription before sending it a test event');
    }
    const [event] = await tx.db
      .insert(domainEvents)
      .values({
        type: TEST_EVENT_TYPE,
        entityType: 'webhook_subscription',
        entityId: id,
        payload: { subscriptionId: id, message: 'A test event sent from the Trellis console' },
        occurredAt: ctx.clock.now(),
      })
      .returning();
    await enqueueDeliveries(tx, [{ subscriptionId: id, event: event! }]);
    const [delivery] = await tx.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.subscriptionId, id), eq(webhookDeliveries.eventId, event!.id)));
    await recordAudit(tx, {
      action: 'webhook.test',
      entityType: 'webhook_subscription',
      entityId: id,
      after: { deliveryId: delivery!.id, eventId: event!.id },
    });
    return toDeliveryView(delivery!);
  });
}
