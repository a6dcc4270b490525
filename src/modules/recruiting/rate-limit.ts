import { isIPv6 } from 'node:net';
import { lt, sql } from 'drizzle-orm';
import { companyDomain } from '../../analytics/matching/normalize-domain.js';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import { AppError } from '../../platform/errors.js';
import { applicationRateLimits } from './recruiting.table.js';

export interface RateLimit {
  /** Submissions allowed per window. */
  limit: number;
  windowSeconds: number;
}

/** How many public applications one client address, and one company (email domain), may send. */
export const APPLICATION_RATE_LIMITS = {
  clientAddress: { limit: 5, windowSeconds: 3600 },
  emailDomain: { limit: 3, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimit>;

/**
 * The bucket a client address counts in: an IPv4 address (also when mapped into IPv6) as it is, an
 * IPv6 address by its /64 network, which one subscriber usually holds whole.
 */
export function clientBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return `ip:${mapped[1]}`;
  if (!isIPv6(address)) return `ip:${address}`;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `ip6:${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** A company's submissions count together by email domain; a free-mail address counts on its own. */
export function emailBucket(email: string): string {
  const address = email.trim().toLowerCase();
  const domain = companyDomain(address);
  return domain ? `domain:${domain}` : `email:${address}`;
}

function windowStart(now: Date, windowSeconds: number): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

/**
 * Counts one submission in each bucket's current fixed window, atomically in the database (so every
 * server process sees one count), and refuses with rate_limited once any bucket is over its limit. The
 * count is committed whether or not the request goes on: refused attempts count too.
 */
export async function consumeRateLimits(
  ctx: Ctx,
  buckets: ReadonlyArray<{ bucket: string; rule: RateLimit }>,
  /** What is being sent, for the refusal's message. */
  noun = 'applications',
): Promise<void> {
  const now = ctx.clock.now();
  let retryAfterSeconds = 0;
  for (const { bucket, rule } of buckets) {
    const start = windowStart(now, rule.windowSeconds);
    const [row] = await queryRows<{ hits: number }>(
      ctx.db,
      sql`INSERT INTO ${applicationRateLimits} (bucket, window_start, hits)
          VALUES (${bucket}, ${start.toISOString()}::timestamptz, 1)
          ON CONFLICT (bucket, window_start)
          DO UPDATE SET hits = ${applicationRateLimits.hits} + 1
          RETURNING hits`,
    );
    if (Number(row!.hits) > rule.limit) {
      const end = start.getTime() + rule.windowSeconds * 1000;
      retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil((end - now.getTime()) / 1000));
    }
  }
  if (retryAfterSeconds > 0) {
    throw new AppError('rate_limited', `Too many ${noun}; try again in ${retryAfterSeconds} seconds`, {
      retryAfterSeconds,
    });
  }
}

/** Drops counters of windows that began more than a day ago (every window here is shorter than that). */
export async function pruneRateLimits(ctx: Ctx): Promise<{ pruned: number }> {
  const before = new Date(ctx.clock.now().getTime() - 86_400_000);
  const deleted = await ctx.db
    .delete(applicationRateLimits)
    .where(lt(applicationRateLimits.windowStart, before))
    .returning({ bucket: applicationRateLimits.bucket });
  return { pruned: deleted.length };
}
