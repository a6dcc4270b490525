import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const marketingRoutes: FastifyPluginAsyncZod = async () => {};
