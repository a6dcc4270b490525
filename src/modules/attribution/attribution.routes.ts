import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const attributionRoutes: FastifyPluginAsyncZod = async () => {};
