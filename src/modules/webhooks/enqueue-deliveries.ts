import type { Ctx } from '../../platform/context.js';
import type { OutboxEvent } from '../../platform/events/consume-outbox.js';
import { webhookDeliveries } from './webhooks.table.js';

/** The Standard Webhooks body: the type, when it happened, and the event's data with its entity. */
export function deliveryBody(event: OutboxEvent): Record<string, unknown> {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  return {
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: {
      ...payload,
      entity: event.entityType,
      id: event.entityId,
      ...(event.partnerId ? { partnerId: event.partnerId } : {}),
    },
  };
}

/**
 * One queued delivery per (subscription, event). The unique key makes a second offer of the same event
 * (a batch read again after a crash) change nothing, and the message id stays the first one. Returns
 * the ids of the deliveries it queued.
 */
export async function enqueueDeliveries(
  ctx: Ctx,
  pairs: Array<{ subscriptionId: string; event: OutboxEvent }>,
): Promise<string[]> {
  if (pairs.length === 0) return [];
  const now = ctx.clock.now();
  const inserted = await ctx.db
    .insert(webhookDeliveries)
    .values(
      pairs.map(({ subscriptionId, event }) => ({
        id: ctx.ids(),
        messageId: `msg_${ctx.ids().replaceAll('-', '')}`,
        subscriptionId,
        eventId: event.id,
        eventType: event.type,
        subject: `${event.entityType}:${event.entityId}`,
        payload: deliveryBody(event),
        status: 'pending',
        nextAttemptAt: now,
        createdAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  return inserted.map((row) => row.id);
}
