import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cloudReferralRoutes } from './cloud-referral.routes.js';
import { crmImportRoutes } from './crm-import.routes.js';

export const integrationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(crmImportRoutes);
  await app.register(cloudReferralRoutes);
};
