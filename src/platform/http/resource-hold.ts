import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { resourceLocks } from './idempotency.table.js';

const HOLD_SECONDS = 30;
const WAIT_LIMIT_MS = 5_000;

/** Takes the hold on a resource URL, waiting briefly for another writer's; returns its release. */
export async function holdResource(db: Db, path: string, now: () => Date): Promise<() => Promise<void>> {
  const holder = randomUUID();
  const started = Date.now();
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    const at = now();
    await db.delete(resourceLocks).where(and(eq(resourceLocks.path, path), lt(resourceLocks.expiresAt, at)));
    const taken = await db
      .insert(resourceLocks)
      .values({ path, holder, expiresAt: new Date(at.getTime() + HOLD_SECONDS * 1000) })
      .onConflictDoNothing()
      .returning({ holder: resourceLocks.holder });
    if (taken.length > 0) break;
    if (Date.now() - started > WAIT_LIMIT_MS)
      throw new AppError('conflict', 'Another change to this record is in progress; retry', {
        retryAfterSeconds: 1,
      });
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return async () => {
    await db
      .delete(resourceLocks)
      .where(and(eq(resourceLocks.path, path), sql`${resourceLocks.holder} = ${holder}`));
  };
}
