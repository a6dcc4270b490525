import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { systemActor } from '../../platform/actor.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZNoContent } from '../../platform/http/schemas.js';
import { acceptInvite } from './accept-invite.js';
import { getMe } from './get-me.js';
import { ZAcceptInvite, ZLogin, ZMe, ZSession, ZUser } from './identity.schemas.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { hashToken, SESSION_COOKIE } from './tokens.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const anonymousCtx = (requestId: string) => {
    const { database, clock, ids } = app.services;
    return { db: database.db, actor: systemActor('anonymous'), clock, ids, requestId };
  };

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        operationId: 'login',
        tags: ['auth'],
        summary: 'Log in with email and password; sets the session cookie',
        security: [],
        body: ZLogin,
        response: { 200: ZSession, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { config } = app.services;
      const previousSessionToken = request.cookies[SESSION_COOKIE];
      const result = await login(anonymousCtx(request.id), {
        ...request.body,
        sessionTtlHours: config.sessionTtlHours,
        clientAddress: request.ip ?? null,
        previousSessionToken,
        limits: config.loginLimits,
      });
      if (previousSessionToken) app.services.authenticator.forget(hashToken(previousSessionToken));
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        expires: result.expiresAt,
      });
      return { user: result.user, expiresAt: result.expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { action: 'session.self' },
      schema: {
        operationId: 'logout',
        tags: ['auth'],
        summary: 'End this session',
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        await logout(ctxOf(request), { sessionToken: token });
        app.services.authenticator.forget(hashToken(token));
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { action: 'session.self' },
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'The logged-in user and what they may do',
        response: { 200: ZMe, ...problemResponses },
      },
    },
    async (request) => getMe(ctxOf(request)),
  );

  app.post(
    '/api/auth/accept-invite',
    {
      config: { public: true },
      schema: {
        operationId: 'acceptInvite',
        tags: ['auth'],
        summary: 'Set a password with an invitation token; then log in',
        security: [],
        body: ZAcceptInvite,
        response: { 200: ZUser, ...problemResponses },
      },
    },
    async (request) => acceptInvite(anonymousCtx(request.id), request.body),
  );
};
