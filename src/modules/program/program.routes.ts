import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const programRoutes: FastifyPluginAsyncZod = async () => {};
