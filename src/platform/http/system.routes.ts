import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from './schemas.js';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Liveness: the process answers',
        security: [],
        response: { 200: z.object({ status: z.literal('ok') }), ...problemResponses },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      config: { public: true },
      schema: {
        operationId: 'getReadiness',
        tags: ['system'],
        summary: 'Readiness: the database answers',
        security: [],
        response: {
          200: z.object({ status: z.literal('ready'), database: z.string() }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { database } = request.server.services;
      await database.db.execute(sql`SELECT 1`);
      return { status: 'ready' as const, database: database.kind };
    },
  );

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
};
