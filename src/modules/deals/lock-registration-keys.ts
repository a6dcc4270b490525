import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { LOCK_KEYS } from '../../platform/db/lock-keys.js';

/**
 * Transaction-scoped advisory locks on the company keys a registration names (domain, name, name
 * blocks, then the resolved account id), so two registrations for one company are decided one after
 * the other: the second sees the first's approval. Each call takes its keys in sorted order, and the
 * account lock always comes last, so no two decisions deadlock.
 */
export async function lockRegistrationKeys(ctx: Ctx, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  await ctx.db.execute(
    sql`select count(pg_advisory_xact_lock(${LOCK_KEYS.registrationAccount}, hashtext(key)))
        from unnest(${sql.param(sorted)}::text[]) as key`,
  );
}
