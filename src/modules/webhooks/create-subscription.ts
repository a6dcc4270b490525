import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { checkEndpoint } from './check-endpoint.js';
import { sealSecret } from './secret-box.js';
import { newWebhookSecret, secretPrefixOf } from './webhook-signature.js';
import { toSubscriptionView } from './webhook-views.js';
import type { SubscriptionInput, SubscriptionView } from './webhooks.schemas.js';
import { webhookSubscriptions } from './webhooks.table.js';

/** Subscribes an endpoint; the signing secret is returned this once and kept only encrypted. */
export async function createSubscription(
  ctx: Ctx,
  input: SubscriptionInput,
  dataKey: Buffer,
): Promise<{ subscription: SubscriptionView; secret: string }> {
  await checkEndpoint(input.url, input.allowPrivateNetwork);
  const id = ctx.ids();
  const secret = newWebhookSecret();
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(webhookSubscriptions)
      .values({
        id,
        name: input.name,
        url: input.url,
        eventTypes: [...new Set(input.eventTypes)],
        secretEncrypted: sealSecret(dataKey, id, secret),
        secretPrefix: secretPrefixOf(secret),
        status: 'active',
        allowPrivateNetwork: input.allowPrivateNetwork,
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const subscription = toSubscriptionView(row!);
    await recordAudit(tx, {
      action: 'webhook.create',
      entityType: 'webhook_subscription',
      entityId: id,
      after: subscription,
    });
    return { subscription, secret };
  });
}
