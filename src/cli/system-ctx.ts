import { systemActor } from '../platform/actor.js';
import { systemClock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import type { Database } from '../platform/db/client.js';
import { createIdGenerator } from '../platform/ids.js';

/** A context acting as the system (named in the audit trail), on real time. */
export function systemCtx(database: Database, name: string): Ctx {
  return {
    db: database.db,
    actor: systemActor(name),
    clock: systemClock,
    ids: createIdGenerator(() => systemClock.now()),
    requestId: null,
  };
}
