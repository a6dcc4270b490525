import type { Actor } from './actor.js';
import type { Clock } from './clock.js';
import type { Executor } from './db/client.js';
import type { IdGenerator } from './ids.js';
import { flushPendingWrites, newPendingWrites, type PendingWrites } from './pending-writes.js';

/** What every use case receives: where to read and write, who is asking, and injected time and ids. */
export interface Ctx {
  db: Executor;
  actor: Actor;
  clock: Clock;
  ids: IdGenerator;
  requestId: string | null;
  /** Inside a transaction: audit entries and events to write when its work is done. */
  pending?: PendingWrites;
}

/**
 * Runs a multi-step write atomically; nested calls become savepoints. Audit entries and events the
 * work records are written at its end, still inside the transaction (or savepoint).
 */
export function inTransaction<T>(ctx: Ctx, fn: (txCtx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const pending = newPendingWrites();
    const result = await fn({ ...ctx, db: tx, pending });
    await flushPendingWrites(tx, pending);
    return result;
  });
}
