import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { isInternalRead } from '../http/etag.js';
import { ctxOf } from '../http/request-context.js';
import { countHit, type RateLimit, secondsLeftInWindow } from './counters.js';

/**
 * Integrators' request rate: each API key may make `apiKeyRequestsPerMinute` requests a minute, counted
 * in the database so every server shares one count. Every response says how many are left; past the
 * limit the answer is 429 with Retry-After. Signed-in browser sessions are not limited here.
 */
export function registerApiKeyRateLimit(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const actor = request.actor;
    const limit = request.server.services.config.apiKeyRequestsPerMinute;
    if (actor?.kind !== 'user' || !actor.apiKeyId || limit === 0 || isInternalRead(request)) return;
    const rule: RateLimit = { limit, windowSeconds: 60 };
    const hits = await countHit(ctxOf(request), `apikey:${actor.apiKeyId}`, rule);
    const resetSeconds = secondsLeftInWindow(request.server.services.clock.now(), rule);
    reply.header('ratelimit-limit', String(limit));
    reply.header('ratelimit-remaining', String(Math.max(0, limit - hits)));
    reply.header('ratelimit-reset', String(resetSeconds));
    if (hits > limit)
      throw new AppError('rate_limited', `This API key made more than ${limit} requests this minute`, {
        retryAfterSeconds: resetSeconds,
      });
  });
}
