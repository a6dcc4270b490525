import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { loadSubscription } from './load-subscription.js';
import { toSubscriptionView } from './webhook-views.js';
import { webhookSubscriptions } from './webhooks.table.js';

/** Removes the subscription with its queue and delivery log (they cascade). */
export async function deleteSubscription(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = toSubscriptionView(await loadSubscription(tx, id, true));
    await tx.db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
    await recordAudit(tx, {
      action: 'webhook.delete',
      entityType: 'webhook_subscription',
      entityId: id,
      before,
    });
  });
}
