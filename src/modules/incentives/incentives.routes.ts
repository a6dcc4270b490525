import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const incentiveRoutes: FastifyPluginAsyncZod = async () => {};
