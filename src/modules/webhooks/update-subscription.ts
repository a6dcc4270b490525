import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { checkEndpoint } from './check-endpoint.js';
import { loadSubscription } from './load-subscription.js';
import { toSubscriptionView } from './webhook-views.js';
import type { SubscriptionUpdate, SubscriptionView } from './webhooks.schemas.js';
import { webhookSubscriptions } from './webhooks.table.js';

export async function updateSubscription(
  ctx: Ctx,
  id: string,
  input: SubscriptionUpdate,
): Promise<SubscriptionView> {
  const current = await loadSubscription(ctx, id);
  const url = input.url ?? current.url;
  const allowPrivateNetwork = input.allowPrivateNetwork ?? current.allowPrivateNetwork;
  if (url !== current.url || allowPrivateNetwork !== current.allowPrivateNetwork) {
    await checkEndpoint(url, allowPrivateNetwork);
  }
  return inTransaction(ctx, async (tx) => {
    const before = toSubscriptionView(await loadSubscription(tx, id, true));
    const [row] = await tx.db
      .update(webhookSubscriptions)
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.eventTypes === undefined ? {} : { eventTypes: [...new Set(input.eventTypes)] }),
        url,
        allowPrivateNetwork,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    const after = toSubscriptionView(row!);
    await recordAudit(tx, {
      action: 'webhook.update',
      entityType: 'webhook_subscription',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
