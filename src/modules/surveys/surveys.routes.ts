import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const surveyRoutes: FastifyPluginAsyncZod = async () => {};
