import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../actor.js';
import { openHeldTransaction } from '../db/held-transaction.js';
import { AppError, invalidField } from '../errors.js';
import { idempotencyKeys } from './idempotency.table.js';
import { PROBLEM_CONTENT_TYPE, problemFrom } from './problem.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** Response headers a replay repeats; the rest (dates, request ids) belong to each response. */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'] as const;

function ownerOf(actor: Actor): string | null {
  if (actor.kind !== 'user') return null;
  return actor.apiKeyId ? `apikey:${actor.apiKeyId}` : `user:${actor.userId}`;
}

function requestHashOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

function keyOf(request: FastifyRequest): string | undefined {
  const header = request.headers[IDEMPOTENCY_HEADER];
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY_PATTERN.test(header))
    throw invalidField(`header.${IDEMPOTENCY_HEADER}`, 'must be 1 to 255 visible ASCII characters');
  return header;
}

type StoredKey = typeof idempotencyKeys.$inferSelect;

function replay(reply: FastifyReply, stored: StoredKey): FastifyReply {
  const headers = (stored.responseHeaders ?? {}) as Record<string, string>;
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply
    .code(stored.statusCode ?? 200)
    .header('idempotent-replayed', 'true')
    .send(stored.responseBody ?? '');
}

/**
 * `Idempotency-Key` on POST requests: the first request's work, its key and its response commit in one
 * transaction held open across the handler; a retry with the same key and body gets that response back
 * (`Idempotent-Replayed: true`) and writes nothing. A concurrent retry waits for the first to finish. A
 * refused or failed request (status 400 and up) keeps nothing, so it can be retried as new.
 */
export function registerIdempotency(app: FastifyInstance): void {
  app.decorateRequest('heldTransaction', null);
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || !request.actor) return;
    const key = keyOf(request);
    if (key === undefined) return;
    const owner = ownerOf(request.actor);
    if (!owner) return;
    const { database, clock } = request.server.services;
    const requestHash = requestHashOf(request);
    const held = await openHeldTransaction(database.db);
    const now = clock.now();
    try {
      const inserted = await held.tx
        .insert(idempotencyKeys)
        .values({ owner, key, method: request.method, path: request.url, requestHash, createdAt: now })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length > 0) {
        request.heldTransaction = held;
        return;
      }
      const [stored] = await held.tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key)));
      await held.finish(false);
      if (!stored)
        throw new AppError('conflict', 'The request with this Idempotency-Key is still running; retry');
      if (stored.requestHash !== requestHash)
        throw invalidField(
          `header.${IDEMPOTENCY_HEADER}`,
          'was already used for a different request; use a new key for a new request',
        );
      return replay(reply, stored);
    } catch (error) {
      await held.finish(false).catch(() => undefined);
      throw error;
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = request.heldTransaction;
    if (!held) return payload;
    request.heldTransaction = null;
    const owner = ownerOf(request.actor!)!;
    const key = request.headers[IDEMPOTENCY_HEADER] as string;
    const commit = reply.statusCode < 400;
    const body =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    try {
      await held.finish(commit, async (tx) => {
        await tx
          .update(idempotencyKeys)
          .set({ statusCode: reply.statusCode, responseHeaders: headers, responseBody: body })
          .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key)));
      });
    } catch (error) {
      request.log.error({ err: error }, 'could not commit an idempotent request');
      const failure = new AppError(
        'internal',
        'The request could not be saved; nothing was changed. Retry with the same Idempotency-Key.',
      );
      reply.code(failure.status).header('content-type', PROBLEM_CONTENT_TYPE);
      return JSON.stringify(problemFrom(failure, request.id));
    }
    return payload;
  });

  const abandon = async (request: FastifyRequest) => {
    const held = request.heldTransaction;
    if (!held) return;
    request.heldTransaction = null;
    await held.finish(false).catch(() => undefined);
  };
  app.addHook('onRequestAbort', abandon);
  app.addHook('onResponse', abandon);
}
