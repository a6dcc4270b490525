import { and, eq, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { queryRows } from '../db/rows.js';
import { rateLimitCounters } from './rate-limits.table.js';

export interface RateLimit {
  /** Hits allowed per window. */
  limit: number;
  windowSeconds: number;
}

export function windowStart(now: Date, windowSeconds: number): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

/** Seconds until the current window of `rule` ends. */
export function secondsLeftInWindow(now: Date, rule: RateLimit): number {
  const end = windowStart(now, rule.windowSeconds).getTime() + rule.windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/** Counts one hit in the bucket's current window, atomically; returns the window's count so far. */
export async function countHit(ctx: Ctx, bucket: string, rule: RateLimit): Promise<number> {
  const start = windowStart(ctx.clock.now(), rule.windowSeconds);
  const [row] = await queryRows<{ hits: number }>(
    ctx.db,
    sql`INSERT INTO ${rateLimitCounters} (bucket, window_start, hits)
        VALUES (${bucket}, ${start.toISOString()}::timestamptz, 1)
        ON CONFLICT (bucket, window_start)
        DO UPDATE SET hits = ${rateLimitCounters.hits} + 1
        RETURNING hits`,
  );
  return Number(row!.hits);
}

/** The bucket's count in the current window, without counting. */
export async function hitsSoFar(ctx: Ctx, bucket: string, rule: RateLimit): Promise<number> {
  const start = windowStart(ctx.clock.now(), rule.windowSeconds);
  const [row] = await ctx.db
    .select({ hits: rateLimitCounters.hits })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.bucket, bucket), eq(rateLimitCounters.windowStart, start)));
  return row?.hits ?? 0;
}

export async function clearBucket(ctx: Ctx, bucket: string): Promise<void> {
  await ctx.db.delete(rateLimitCounters).where(eq(rateLimitCounters.bucket, bucket));
}

/** Drops counters of windows that began more than a day ago (every window here is shorter than that). */
export async function pruneRateLimitCounters(ctx: Ctx): Promise<{ pruned: number }> {
  const before = new Date(ctx.clock.now().getTime() - 86_400_000);
  const deleted = await ctx.db
    .delete(rateLimitCounters)
    .where(lt(rateLimitCounters.windowStart, before))
    .returning({ bucket: rateLimitCounters.bucket });
  return { pruned: deleted.length };
}
