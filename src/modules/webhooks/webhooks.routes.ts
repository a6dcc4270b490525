import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const webhookRoutes: FastifyPluginAsyncZod = async () => {};
