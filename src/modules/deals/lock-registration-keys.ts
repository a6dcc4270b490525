import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { LOCK_KEYS } from '../../platform/db/lock-keys.js';

/**
 * Transaction-scoped advisory locks on the company keys a registration names (domain, name, then the
 * resolved account id), so two registrations for one company are decided one after the other: the
 * second sees the first's approval. Keys are taken in a fixed order, so no two decisions deadlock.
 */
export async function lockRegistrationKeys(ctx: Ctx, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await ctx.db.execute(
      sql`select pg_advisory_xact_lock(${LOCK_KEYS.registrationAccount}, hashtext(${key}))`,
    );
  }
}
