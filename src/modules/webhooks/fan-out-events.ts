import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { consumeOutbox, type OutboxEvent } from '../../platform/events/consume-outbox.js';
import { enqueueDeliveries } from './enqueue-deliveries.js';
import { webhookSubscriptions } from './webhooks.table.js';

export const WEBHOOKS_CONSUMER = 'webhooks';
export const TEST_EVENT_TYPE = 'webhook.test';

type Subscription = typeof webhookSubscriptions.$inferSelect;

function wants(subscription: Subscription, event: OutboxEvent): boolean {
  // A subscription hears only what happens after it exists, not the outbox's backlog.
  if (event.occurredAt < subscription.createdAt) return false;
  if (event.type === TEST_EVENT_TYPE) {
    return (event.payload as { subscriptionId?: string }).subscriptionId === subscription.id;
  }
  return subscription.eventTypes.includes('*') || subscription.eventTypes.includes(event.type);
}

/** Reads new domain events and queues one delivery per active subscription that wants each. */
export async function fanOutEvents(ctx: Ctx): Promise<{ queued: number; lastEventId: number }> {
  let queued = 0;
  const { lastEventId } = await consumeOutbox(ctx, {
    name: WEBHOOKS_CONSUMER,
    async handleBatch(tx, events) {
      const active = await tx.db
        .select()
        .from(webhookSubscriptions)
        .where(eq(webhookSubscriptions.status, 'active'));
      if (active.length === 0) return;
      const pairs = events.flatMap((event) =>
        active.filter((s) => wants(s, event)).map((s) => ({ subscriptionId: s.id, event })),
      );
      queued += (await enqueueDeliveries(tx, pairs)).length;
    },
  });
  return { queued, lastEventId };
}
