import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const scorecardRoutes: FastifyPluginAsyncZod = async () => {};
