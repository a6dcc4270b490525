import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { ZFitReason } from '../partners/partners.schemas.js';
import { getIpp } from './get-ipp.js';
import { getPartnerFit } from './get-partner-fit.js';
import { ZIpp, ZReplaceIpp } from './ipp.schemas.js';
import { replaceIpp } from './replace-ipp.js';

export const ippRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/ipp',
    {
      config: { action: 'ipp.read' },
      schema: {
        operationId: 'getIpp',
        tags: ['ipp'],
        summary: 'The ideal partner profile in force',
        response: { 200: ZIpp, ...problemResponses },
      },
    },
    async (request) => getIpp(ctxOf(request)),
  );

  app.put(
    '/api/ipp',
    {
      config: { action: 'ipp.write' },
      schema: {
        operationId: 'replaceIpp',
        tags: ['ipp'],
        summary: 'Replace the profile (a new version) and rescore every partner and prospect',
        body: ZReplaceIpp,
        response: { 200: ZIpp, ...problemResponses },
      },
    },
    async (request) => replaceIpp(ctxOf(request), request.body),
  );

  app.get(
    '/api/partners/:id/fit',
    {
      config: { action: 'partners.fit.read' },
      schema: {
        operationId: 'getPartnerFit',
        tags: ['ipp'],
        summary: 'A partner’s IPP fit with the reason for each criterion',
        params: ZIdParams,
        response: {
          200: z.object({
            partnerId: z.uuid(),
            score: z.number().int(),
            ippVersion: z.number().int(),
            reasons: z.array(ZFitReason),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => getPartnerFit(ctxOf(request), request.params.id),
  );
};
