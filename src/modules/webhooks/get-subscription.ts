import type { Ctx } from '../../platform/context.js';
import { loadSubscription } from './load-subscription.js';
import { toSubscriptionView } from './webhook-views.js';
import type { SubscriptionView } from './webhooks.schemas.js';

export async function getSubscription(ctx: Ctx, id: string): Promise<SubscriptionView> {
  return toSubscriptionView(await loadSubscription(ctx, id));
}
