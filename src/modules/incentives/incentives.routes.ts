import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { incentiveLedgerRoutes } from './incentive-ledger.routes.js';
import { incentivePayoutRoutes } from './incentive-payouts.routes.js';
import { incentiveRuleRoutes } from './incentive-rules.routes.js';

export const incentiveRoutes: FastifyPluginAsyncZod = async (app) => {
  await incentiveRuleRoutes(app, {});
  await incentiveLedgerRoutes(app, {});
  await incentivePayoutRoutes(app, {});
};
