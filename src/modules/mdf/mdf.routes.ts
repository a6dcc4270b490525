import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const mdfRoutes: FastifyPluginAsyncZod = async () => {};
