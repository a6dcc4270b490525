import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function refuse(): never {
  throw new AppError('forbidden', 'Cross-site requests that change data are refused (CSRF protection)');
}

function sameOrigin(origin: string, request: FastifyRequest, publicUrl: string): boolean {
  try {
    const { host } = new URL(origin);
    return host === request.host || host === new URL(publicUrl).host;
  } catch {
    return false;
  }
}

/**
 * CSRF protection for cookie sessions, without tokens: a browser says where a request comes from
 * (Sec-Fetch-Site, or Origin in older browsers), and a request that would change data from another
 * site is refused before anything else runs. Requests with neither header do not come from a browser
 * page, and API keys are never sent by a browser on its own (a cross-site page cannot set the
 * Authorization header without a CORS preflight, which Trellis does not grant). Public form endpoints
 * under /api/public/ are meant to be posted from other sites and keep no session.
 */
export function registerCrossSiteGuard(app: FastifyInstance, publicUrl: string): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/public/')) return;
    if (request.headers.authorization) return;
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string') {
      if (site !== 'same-origin' && site !== 'none') refuse();
      return;
    }
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (!sameOrigin(origin, request, publicUrl)) refuse();
  });
}
