import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses } from '../../platform/http/schemas.js';
import {
  ZAttributionComparison,
  ZAttributionPeriodQuery,
  ZPartnerAttribution,
  ZPartnerAttributionQuery,
} from './attribution.schemas.js';
import { getAttributionComparison } from './get-attribution-comparison.js';
import { getPartnerAttribution } from './get-partner-attribution.js';

const tags = ['attribution'];

export const attributionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/attribution/partners',
    {
      config: { action: 'scorecard.read' },
      schema: {
        operationId: 'listPartnerAttribution',
        tags,
        summary: 'Partner-influenced revenue credited to each partner by one attribution model',
        description:
          'Won deals closed in [from, to) with partner touches; each deal’s amount is split over its ' +
          'partners by the model and sums exactly to the amount. Partner users see only their own credit.',
        querystring: ZPartnerAttributionQuery,
        response: { 200: ZPartnerAttribution, ...problemResponses },
      },
    },
    async (request) => getPartnerAttribution(ctxOf(request), request.query),
  );

  app.get(
    '/api/attribution/comparison',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'getAttributionComparison',
        tags,
        summary: 'Every attribution model’s credit per partner side by side, with totals',
        querystring: z.strictObject(ZAttributionPeriodQuery),
        response: { 200: ZAttributionComparison, ...problemResponses },
      },
    },
    async (request) => getAttributionComparison(ctxOf(request), request.query),
  );
};
