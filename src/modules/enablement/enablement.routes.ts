import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { courseRoutes } from './courses.routes.js';
import { learningRoutes } from './learning.routes.js';
import { pathRoutes } from './paths.routes.js';
import { enablementReportRoutes } from './reports.routes.js';

/** Enablement (LMS): courses, learning paths, learning and certification reports. */
export const enablementRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(courseRoutes);
  await app.register(pathRoutes);
  await app.register(learningRoutes);
  await app.register(enablementReportRoutes);
};
