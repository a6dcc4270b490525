import { lt } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { idempotencyKeys } from './idempotency.table.js';

/** How long a client may retry with the same Idempotency-Key and get the first response back. */
export const IDEMPOTENCY_KEY_HOURS = 24;

export async function pruneIdempotencyKeys(ctx: Ctx): Promise<{ pruned: number }> {
  const before = new Date(ctx.clock.now().getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000);
  const deleted = await ctx.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, before))
    .returning({ key: idempotencyKeys.key });
  return { pruned: deleted.length };
}

export const pruneIdempotencyKeysJob: JobDefinition = {
  name: 'idempotency-keys.prune',
  description: `Forgets Idempotency-Keys older than ${IDEMPOTENCY_KEY_HOURS} hours`,
  intervalSeconds: 3600,
  run: pruneIdempotencyKeys,
};
