import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { loadSubscription } from './load-subscription.js';
import { toSubscriptionView } from './webhook-views.js';
import type { SubscriptionView } from './webhooks.schemas.js';
import { webhookSubscriptions } from './webhooks.table.js';

export interface StatusChange {
  status: 'active' | 'disabled';
  /** Why it was disabled (kept and shown); ignored when enabling. */
  reason?: string | undefined;
}

/**
 * Enables or disables a subscription by hand. Enabling clears the failure count, so the subscription
 * gets a fresh run of attempts; its pending deliveries resume in order.
 */
export async function setSubscriptionStatus(
  ctx: Ctx,
  id: string,
  change: StatusChange,
): Promise<SubscriptionView> {
  return inTransaction(ctx, async (tx) => {
    const before = toSubscriptionView(await loadSubscription(tx, id, true));
    const now = ctx.clock.now();
    const values =
      change.status === 'active'
        ? { status: 'active', disabledReason: null, disabledAt: null, consecutiveFailures: 0 }
        : { status: 'disabled', disabledReason: change.reason ?? 'Disabled by an admin', disabledAt: now };
    const [row] = await tx.db
      .update(webhookSubscriptions)
      .set({ ...values, updatedAt: now })
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    const after = toSubscriptionView(row!);
    await recordAudit(tx, {
      action: change.status === 'active' ? 'webhook.enable' : 'webhook.disable',
      entityType: 'webhook_subscription',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
