import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../modules/identity/tokens.js';
import { AppError } from '../errors.js';
import { can, POLICY } from '../policy.js';

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AppError('unauthenticated', 'Send the API key as Authorization: Bearer <key>');
  return match[1];
}

/**
 * The one gate in front of every route: routes under /api must name a policy action (or be public)
 * or the server refuses to start; each request is authenticated and checked against the policy
 * before its body is even parsed.
 */
export function registerAuthGuard(app: FastifyInstance): void {
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    const config = route.config ?? {};
    if (config.public || !route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (!config.action || !(config.action in POLICY)) {
      throw new Error(`Route ${route.method} ${route.url} names no policy action`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    const action = config?.action;
    const bearer = bearerOf(request);
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (!action) {
      if (config?.public && (bearer || sessionToken)) {
        request.actor = await request.server.services.authenticator.authenticate({
          bearerToken: bearer,
          sessionToken,
        });
      }
      return;
    }
    const actor = await request.server.services.authenticator.authenticate({
      bearerToken: bearer,
      sessionToken,
    });
    if (!actor)
      throw new AppError(
        'unauthenticated',
        bearer ? 'The API key is not valid' : 'Log in or send an API key',
      );
    if (!can(actor, action))
      throw new AppError('forbidden', `Your role (${actor.role}) may not perform ${action}`);
    request.actor = actor;
  });
}
