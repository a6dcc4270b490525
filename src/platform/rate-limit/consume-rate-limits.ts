import type { Ctx } from '../context.js';
import { AppError } from '../errors.js';
import { countHit, type RateLimit, secondsLeftInWindow } from './counters.js';

/**
 * Counts one request in each bucket's current fixed window, atomically in the database (so every
 * server process sees one count), and refuses with rate_limited once any bucket is over its limit. The
 * count is committed whether or not the request goes on: refused attempts count too.
 */
export async function consumeRateLimits(
  ctx: Ctx,
  buckets: ReadonlyArray<{ bucket: string; rule: RateLimit }>,
  /** What is being sent, for the refusal's message: "applications", "requests" … */
  noun: string,
): Promise<void> {
  let retryAfterSeconds = 0;
  for (const { bucket, rule } of buckets) {
    if ((await countHit(ctx, bucket, rule)) > rule.limit) {
      retryAfterSeconds = Math.max(retryAfterSeconds, secondsLeftInWindow(ctx.clock.now(), rule));
    }
  }
  if (retryAfterSeconds > 0) {
    throw new AppError('rate_limited', `Too many ${noun}; try again in ${retryAfterSeconds} seconds`, {
      retryAfterSeconds,
    });
  }
}
