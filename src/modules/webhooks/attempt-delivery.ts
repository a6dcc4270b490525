import type { Clock } from '../../platform/clock.js';
import type { ClaimedDelivery } from './claim-due-deliveries.js';
import type { DeliverySettings } from './delivery-settings.js';
import { resolveTarget, TargetRefused } from './network-guard.js';
import { type PostOutcome, postWebhook } from './post-webhook.js';
import { openSecret } from './secret-box.js';
import { webhookHeaders } from './webhook-signature.js';

/**
 * One signed POST of a delivery. The endpoint is resolved and checked again right before sending (its
 * DNS may have changed since it was saved); a refused address is logged as a failed attempt and never
 * contacted.
 */
export async function attemptDelivery(
  { delivery, subscription }: ClaimedDelivery,
  settings: DeliverySettings,
  clock: Clock,
): Promise<PostOutcome> {
  let secret: string;
  try {
    secret = openSecret(settings.dataKey, subscription.id, subscription.secretEncrypted);
  } catch (error) {
    return { statusCode: null, error: (error as Error).message, durationMs: 0, responseExcerpt: null };
  }
  let target: Awaited<ReturnType<typeof resolveTarget>>;
  try {
    target = await resolveTarget(subscription.url, subscription.allowPrivateNetwork, settings.resolver);
  } catch (error) {
    const message = error instanceof TargetRefused ? error.message : String(error);
    return { statusCode: null, error: `Not sent: ${message}`, durationMs: 0, responseExcerpt: null };
  }
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(clock.now().getTime() / 1000);
  return postWebhook(
    target,
    webhookHeaders(secret, delivery.messageId, timestamp, body),
    body,
    settings.timeoutMs,
  );
}

export function succeeded(outcome: PostOutcome): boolean {
  return outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
}
