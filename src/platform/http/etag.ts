import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { holdResource } from './resource-hold.js';

/** Marks the server's own precondition reads, so they are not counted as a user's activity or rate. */
export const INTERNAL_READ_HEADER = 'x-trellis-internal-read';
const INTERNAL_READ_TOKEN = randomUUID();

export function isInternalRead(request: FastifyRequest): boolean {
  return request.headers[INTERNAL_READ_HEADER] === INTERNAL_READ_TOKEN;
}

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** The entity tags an If-Match or If-None-Match header lists (weak tags compare by their opaque part). */
function listedTags(header: string): string[] {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter(Boolean);
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Which readable record a write to `pattern` changes, as a number of trailing path segments to drop:
 * 0 when the URL itself can be read with GET, 1 for actions such as POST /registrations/{id}/decide
 * whose parent record can; null when there is none. The OpenAPI document uses it too.
 */
export function readableLevels(app: FastifyInstance, method: string, pattern: string): 0 | 1 | null {
  if (app.hasRoute({ method: 'GET', url: pattern })) return 0;
  const parent = pattern.replace(/\/[^/]+$/, '');
  if (method === 'POST' && parent.includes(':') && app.hasRoute({ method: 'GET', url: parent })) return 1;
  return null;
}

/** The URL whose representation the write changes, or null. */
function resourceOf(app: FastifyInstance, request: FastifyRequest): string | null {
  const pattern = request.routeOptions.url;
  if (!pattern) return null;
  const levels = readableLevels(app, request.method, pattern);
  if (levels === null) return null;
  const path = request.url.split('?')[0]!;
  return levels === 0 ? path : path.replace(/\/[^/]+$/, '');
}

/**
 * ETags on every JSON read (a hash of the representation) with If-None-Match → 304, and If-Match on
 * writes: the write goes ahead only while the resource still has one of the listed tags, checked and
 * made under a hold on the resource URL, so of two writers with the same tag only the first succeeds.
 */
export function registerEtags(app: FastifyInstance): void {
  app.decorateRequest('releaseResource', null);

  app.addHook('preHandler', async (request) => {
    const ifMatch = request.headers['if-match'];
    if (ifMatch === undefined || !WRITES.has(request.method) || !request.actor) return;
    const resource = resourceOf(app, request);
    if (!resource)
      throw new AppError(
        'validation_failed',
        'This operation has no readable resource to match If-Match against',
        {
          errors: [{ field: 'header.if-match', message: 'is not supported on this operation' }],
        },
      );
    const { database, clock } = request.server.services;
    const release = await holdResource(database.db, resource, () => clock.now());
    request.releaseResource = release;
    const current = await app.inject({
      method: 'GET',
      url: resource,
      headers: {
        [INTERNAL_READ_HEADER]: INTERNAL_READ_TOKEN,
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
        ...(request.headers.cookie ? { cookie: request.headers.cookie } : {}),
      },
    });
    if (current.statusCode !== 200) {
      if (current.statusCode === 404) throw new AppError('not_found', 'The record was not found');
      throw new AppError('precondition_failed', 'The record cannot be read to check If-Match');
    }
    const tag = etagOf(current.rawPayload);
    const listed = listedTags(ifMatch);
    if (!listed.includes('*') && !listed.includes(tag))
      throw new AppError(
        'precondition_failed',
        'The record has changed since you read it; read it again and reapply your change',
        { currentEtag: tag },
      );
  });

  const release = async (request: FastifyRequest) => {
    const releaseResource = request.releaseResource;
    if (!releaseResource) return;
    request.releaseResource = null;
    await releaseResource().catch((error: unknown) =>
      request.log.warn({ err: error }, 'resource hold not released'),
    );
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || !request.url.startsWith('/api/'))
      return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const tag = etagOf(payload);
    reply.header('etag', tag);
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && listedTags(ifNoneMatch).some((t) => t === tag || t === '*')) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
