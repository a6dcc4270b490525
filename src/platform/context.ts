import type { Actor } from './actor.js';
import type { Clock } from './clock.js';
import type { Executor } from './db/client.js';
import type { IdGenerator } from './ids.js';

/** What every use case receives: where to read and write, who is asking, and injected time and ids. */
export interface Ctx {
  db: Executor;
  actor: Actor;
  clock: Clock;
  ids: IdGenerator;
  requestId: string | null;
}

/** Runs a multi-step write atomically; nested calls become savepoints. */
export function inTransaction<T>(ctx: Ctx, fn: (txCtx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
}
