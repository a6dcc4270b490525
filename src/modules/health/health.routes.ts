import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { evaluatePartnerHealth } from './evaluate-partner-health.js';
import { getPartnerHealth } from './get-partner-health.js';
import { ZHealthEvaluationRun, ZHealthRules, ZHealthSettings, ZPartnerHealth } from './health.schemas.js';
import { getHealthSettings } from './health-settings.js';
import { replaceHealthSettings } from './replace-health-settings.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/partner-health/rules',
    {
      config: { action: 'health.read' },
      schema: {
        operationId: 'getHealthRules',
        tags: ['partners'],
        summary: 'The lifecycle health rules that move partners to and from at_risk',
        response: { 200: ZHealthSettings, ...problemResponses },
      },
    },
    async (request) => getHealthSettings(ctxOf(request)),
  );

  app.put(
    '/api/partner-health/rules',
    {
      config: { action: 'health.write' },
      schema: {
        operationId: 'replaceHealthRules',
        tags: ['partners'],
        summary: 'Save the lifecycle health rules',
        body: ZHealthRules,
        response: { 200: ZHealthSettings, ...problemResponses },
      },
    },
    async (request) => replaceHealthSettings(ctxOf(request), request.body),
  );

  app.post(
    '/api/partner-health/evaluate',
    {
      config: { action: 'health.evaluate' },
      schema: {
        operationId: 'evaluatePartnerHealth',
        tags: ['partners'],
        summary: 'Assess active and at-risk partners now; dryRun previews who would move and why',
        body: z.strictObject({ dryRun: z.boolean().default(true), partnerId: z.uuid().optional() }),
        response: { 200: ZHealthEvaluationRun, ...problemResponses },
      },
    },
    async (request) => evaluatePartnerHealth(ctxOf(request), request.body),
  );

  app.get(
    '/api/partners/:id/health',
    {
      config: { action: 'health.read' },
      schema: {
        operationId: 'getPartnerHealth',
        tags: ['partners'],
        summary: "A partner's latest health assessment: each rule's finding and its last activity",
        params: ZIdParams,
        response: { 200: ZPartnerHealth, ...problemResponses },
      },
    },
    async (request) => getPartnerHealth(ctxOf(request), request.params.id),
  );
};
