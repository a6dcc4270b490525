import { findUsers } from '../modules/identity/find-users.js';
import { systemActor } from '../platform/actor.js';
import { systemClock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import type { Database } from '../platform/db/client.js';
import { LOCK_KEYS } from '../platform/db/lock-keys.js';
import { createIdGenerator } from '../platform/ids.js';
import { type DemoSummary, type SeedDemoOptions, seedDemo } from './seed-demo.js';

/** Seeds the demo only into a database without users, so a second start keeps what is there. */
export async function seedDemoIfEmpty(
  database: Database,
  options: SeedDemoOptions = {},
): Promise<DemoSummary | null> {
  const ctx: Ctx = {
    db: database.db,
    actor: systemActor('demo'),
    clock: systemClock,
    ids: createIdGenerator(() => systemClock.now()),
    requestId: null,
  };
  // Two demo processes starting on one PostgreSQL must not both seed.
  return database.withLock(LOCK_KEYS.demoSeed, async () => {
    const existing = await findUsers(ctx, { limit: 1, sort: 'createdAt' });
    return existing.items.length ? null : seedDemo(database.db, options);
  });
}
