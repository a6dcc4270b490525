import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const predictionRoutes: FastifyPluginAsyncZod = async () => {};
