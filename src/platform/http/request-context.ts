import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../context.js';
import { AppError } from '../errors.js';

/** The use-case context for an authenticated request. */
export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.actor) throw new AppError('unauthenticated', 'Log in or send an API key');
  const { database, clock, ids } = request.server.services;
  return {
    db: request.heldTransaction?.tx ?? database.db,
    actor: request.actor,
    clock,
    ids,
    requestId: request.id,
  };
}
