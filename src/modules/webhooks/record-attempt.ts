import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { succeeded } from './attempt-delivery.js';
import type { ClaimedDelivery } from './claim-due-deliveries.js';
import type { DeliverySettings } from './delivery-settings.js';
import type { PostOutcome } from './post-webhook.js';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-schedule.js';
import { webhookAttempts, webhookDeliveries, webhookSubscriptions } from './webhooks.table.js';

const MAX_ERROR_LENGTH = 500;

/**
 * Logs an attempt and moves its delivery on: delivered, retried later with backoff, or failed after
 * the last attempt. A retry's failure counts towards disabling the subscription; a success resets the
 * count. A redelivery (by hand) never reschedules and never counts towards disabling.
 */
export async function recordAttempt(
  ctx: Ctx,
  { delivery, subscription }: ClaimedDelivery,
  outcome: PostOutcome,
  trigger: 'retry' | 'redelivery',
  settings: DeliverySettings,
): Promise<{ disabled: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const ok = succeeded(outcome);
    const error = outcome.error?.slice(0, MAX_ERROR_LENGTH) ?? (ok ? null : `HTTP ${outcome.statusCode}`);
    await tx.db.insert(webhookAttempts).values({
      id: tx.ids(),
      deliveryId: delivery.id,
      attemptedAt: now,
      statusCode: outcome.statusCode,
      error,
      durationMs: outcome.durationMs,
      responseExcerpt: outcome.responseExcerpt,
      trigger,
    });
    const [current] = await tx.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, delivery.id))
      .for('update');
    if (!current) return { disabled: false };
    const attempts = current.attempts + 1;
    let next: Partial<typeof webhookDeliveries.$inferInsert> = {};
    if (ok) next = { status: 'succeeded', deliveredAt: now };
    else if (trigger === 'retry' && current.status === 'pending') {
      next =
        attempts >= MAX_ATTEMPTS
          ? { status: 'failed' }
          : {
              nextAttemptAt: new Date(
                now.getTime() + retryDelayMs(attempts, settings.retryBaseMs, settings.random),
              ),
            };
    }
    await tx.db
      .update(webhookDeliveries)
      .set({
        ...next,
        attempts,
        lockedUntil: null,
        lastAttemptAt: now,
        lastStatusCode: outcome.statusCode,
        lastError: error,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    if (ok) {
      await tx.db
        .update(webhookSubscriptions)
        .set({ consecutiveFailures: 0 })
        .where(eq(webhookSubscriptions.id, subscription.id));
      return { disabled: false };
    }
    if (trigger !== 'retry') return { disabled: false };
    const [counted] = await tx.db
      .update(webhookSubscriptions)
      .set({ consecutiveFailures: sql`${webhookSubscriptions.consecutiveFailures} + 1` })
      .where(eq(webhookSubscriptions.id, subscription.id))
      .returning();
    if (counted?.status !== 'active' || counted.consecutiveFailures < settings.disableAfterFailures) {
      return { disabled: false };
    }
    return { disabled: await disableWhenFailingLongEnough(tx, counted, settings) };
  });
}

/**
 * Disabled once the current run of failures (at least `disableAfterFailures` of them, none since a
 * success) began `disableAfterMs` ago or earlier: a receiver down for minutes is retried, one down for a
 * day is switched off.
 */
async function disableWhenFailingLongEnough(
  ctx: Ctx,
  subscription: { id: string; consecutiveFailures: number },
  settings: DeliverySettings,
) {
  const now = ctx.clock.now();
  const [firstFailure] = await ctx.db
    .select({ attemptedAt: webhookAttempts.attemptedAt })
    .from(webhookAttempts)
    .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
    .where(and(eq(webhookDeliveries.subscriptionId, subscription.id), eq(webhookAttempts.trigger, 'retry')))
    .orderBy(desc(webhookAttempts.attemptedAt), desc(webhookAttempts.id))
    .limit(1)
    .offset(subscription.consecutiveFailures - 1);
  if (!firstFailure || now.getTime() - firstFailure.attemptedAt.getTime() < settings.disableAfterMs) {
    return false;
  }
  const subscriptionId = subscription.id;
  const span =
    settings.disableAfterMs >= 3600_000
      ? `${Math.round(settings.disableAfterMs / 3600_000)} h`
      : `${Math.round(settings.disableAfterMs / 60_000)} min`;
  const reason = `Disabled after ${subscription.consecutiveFailures} failed attempts in a row over more than ${span}`;
  const [row] = await ctx.db
    .update(webhookSubscriptions)
    .set({ status: 'disabled', disabledReason: reason, disabledAt: now, updatedAt: now })
    .where(eq(webhookSubscriptions.id, subscriptionId))
    .returning();
  await recordAudit(ctx, {
    action: 'webhook.disable',
    entityType: 'webhook_subscription',
    entityId: subscriptionId,
    before: { status: 'active' },
    after: { status: 'disabled', disabledReason: reason },
  });
  await publishEvent(ctx, {
    type: 'webhook.disabled',
    entityType: 'webhook_subscription',
    entityId: subscriptionId,
    payload: { name: row!.name, url: row!.url, reason, consecutiveFailures: row!.consecutiveFailures },
  });
  return true;
}
