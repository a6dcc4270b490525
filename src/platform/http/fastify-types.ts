import type { Authenticator } from '../../modules/identity/authenticate.js';
import type { Actor } from '../actor.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { HeldTransaction } from '../db/held-transaction.js';
import type { IdGenerator } from '../ids.js';
import type { Action } from '../policy.js';

export interface Services {
  database: Database;
  config: Config;
  clock: Clock;
  ids: IdGenerator;
  authenticator: Authenticator;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action this route performs; every /api route names one or is public. */
    action?: Action;
    public?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The open transaction an Idempotency-Key request's work runs in (see idempotency.ts). */
    heldTransaction: HeldTransaction | null;
    /** Ends the hold an If-Match write took on its resource (see etag.ts). */
    releaseResource: (() => Promise<void>) | null;
  }
  interface FastifyInstance {
    services: Services;
  }
}
