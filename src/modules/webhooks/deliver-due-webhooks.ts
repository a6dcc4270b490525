import type { Ctx } from '../../platform/context.js';
import { attemptDelivery, succeeded } from './attempt-delivery.js';
import { claimDueDeliveries } from './claim-due-deliveries.js';
import type { DeliverySettings } from './delivery-settings.js';
import { recordAttempt } from './record-attempt.js';

export interface DeliverRunOptions {
  /** Deliveries claimed and sent side by side at a time. */
  batchSize?: number;
  /** A run stops claiming after this long, so one busy subscription cannot hold the scheduler. */
  budgetMs?: number;
}

export interface DeliverRunResult {
  sent: number;
  succeeded: number;
  failed: number;
  disabled: number;
}

/** Sends due deliveries, batch after batch, until none is due or the run's time is up. */
export async function deliverDueWebhooks(
  ctx: Ctx,
  settings: DeliverySettings,
  options: DeliverRunOptions = {},
): Promise<DeliverRunResult> {
  const batchSize = options.batchSize ?? 25;
  const budgetMs = options.budgetMs ?? 20_000;
  const started = Date.now();
  const result: DeliverRunResult = { sent: 0, succeeded: 0, failed: 0, disabled: 0 };
  // The hold outlasts the slowest POST, so a claim is released by its outcome, not by the clock.
  const leaseMs = settings.timeoutMs + 5_000;
  while (Date.now() - started < budgetMs) {
    const claimed = await claimDueDeliveries(ctx, batchSize, leaseMs);
    if (claimed.length === 0) break;
    await Promise.all(
      claimed.map(async (claim) => {
        const outcome = await attemptDelivery(claim, settings, ctx.clock);
        const { disabled } = await recordAttempt(ctx, claim, outcome, 'retry', settings);
        result.sent += 1;
        if (succeeded(outcome)) result.succeeded += 1;
        else result.failed += 1;
        if (disabled) result.disabled += 1;
      }),
    );
  }
  return result;
}
