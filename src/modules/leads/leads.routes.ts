import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const leadRoutes: FastifyPluginAsyncZod = async () => {};
