import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { loadSubscription } from './load-subscription.js';
import { sealSecret } from './secret-box.js';
import { newWebhookSecret, secretPrefixOf } from './webhook-signature.js';
import { toSubscriptionView } from './webhook-views.js';
import type { SubscriptionView } from './webhooks.schemas.js';
import { webhookSubscriptions } from './webhooks.table.js';

/** Replaces the signing secret at once: every later attempt, retries included, is signed with the new one. */
export async function rotateSecret(
  ctx: Ctx,
  id: string,
  dataKey: Buffer,
): Promise<{ subscription: SubscriptionView; secret: string }> {
  const secret = newWebhookSecret();
  return inTransaction(ctx, async (tx) => {
    const before = toSubscriptionView(await loadSubscription(tx, id, true));
    const [row] = await tx.db
      .update(webhookSubscriptions)
      .set({
        secretEncrypted: sealSecret(dataKey, id, secret),
        secretPrefix: secretPrefixOf(secret),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    const subscription = toSubscriptionView(row!);
    await recordAudit(tx, {
      action: 'webhook.rotate_secret',
      entityType: 'webhook_subscription',
      entityId: id,
      before: { secretPrefix: before.secretPrefix },
      after: { secretPrefix: subscription.secretPrefix },
    });
    return { subscription, secret };
  });
}
