import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zQueryBoolean, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { ZPartnerType } from '../partners/partners.schemas.js';
import { completeOnboardingStep } from './complete-onboarding-step.js';
import { createTemplate } from './create-template.js';
import { deleteTemplate } from './delete-template.js';
import { FIRST_REVENUE_SORTS, findFirstRevenue, summarizeFirstRevenueCohorts } from './find-first-revenue.js';
import { findOnboardings, ONBOARDING_SORTS } from './find-onboardings.js';
import { findTemplates, getTemplate } from './find-templates.js';
import { getPartnerOnboarding } from './get-partner-onboarding.js';
import {
  ONBOARDING_STATUSES,
  ZCompleteStep,
  ZFirstRevenue,
  ZFirstRevenueCohort,
  ZOnboarding,
  ZOnboardingDetail,
  ZOnboardingSummary,
  ZTemplate,
  ZTemplateInput,
} from './onboarding.schemas.js';
import { replaceTemplate } from './replace-template.js';
import { summarizeOnboardings } from './summarize-onboardings.js';

const ZFindOnboardingsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(ONBOARDING_SORTS, '-startedAt'),
  status: z.enum(ONBOARDING_STATUSES).optional(),
  stalled: zQueryBoolean().describe('true: only stalled onboardings; false: only the others'),
  managerId: z.uuid().optional().describe('Onboardings of the partners this manager owns'),
  partnerType: ZPartnerType.optional(),
  partnerId: z.uuid().optional(),
});

const ZOnboardingSummaryQuery = z.strictObject({
  partnerType: ZPartnerType.optional(),
  managerId: z.uuid().optional().describe('Onboardings of the partners this manager owns'),
});

const ZFirstRevenueQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(FIRST_REVENUE_SORTS, '-activatedAt'),
  cohort: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, 'must be a quarter such as 2026-Q1')
    .optional(),
  partnerId: z.uuid().optional(),
  hasRevenue: zQueryBoolean().describe('true: partners with a first win; false: those still without one'),
});

const ZStepParams = z.strictObject({ id: z.uuid(), stepId: z.uuid() });

const tags = ['onboarding'];

export const onboardingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/onboarding-templates',
    {
      config: { action: 'onboarding.templates.read' },
      schema: {
        operationId: 'listOnboardingTemplates',
        tags,
        summary: 'Onboarding checklists: the default and one per partner type',
        response: { 200: z.object({ items: z.array(ZTemplate) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findTemplates(ctxOf(request)) }),
  );

  app.post(
    '/api/onboarding-templates',
    {
      config: { action: 'onboarding.manage' },
      schema: {
        operationId: 'createOnboardingTemplate',
        tags,
        summary: 'Add the checklist for a partner type',
        body: ZTemplateInput,
        response: { 201: ZTemplate, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createTemplate(ctxOf(request), request.body)),
  );

  app.get(
    '/api/onboarding-templates/:id',
    {
      config: { action: 'onboarding.templates.read' },
      schema: {
        operationId: 'getOnboardingTemplate',
        tags,
        summary: 'One onboarding checklist',
        params: ZIdParams,
        response: { 200: ZTemplate, ...problemResponses },
      },
    },
    async (request) => getTemplate(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/onboarding-templates/:id',
    {
      config: { action: 'onboarding.manage' },
      schema: {
        operationId: 'replaceOnboardingTemplate',
        tags,
        summary: 'Replace a checklist; onboardings already under way keep their steps',
        params: ZIdParams,
        body: ZTemplateInput,
        response: { 200: ZTemplate, ...problemResponses },
      },
    },
    async (request) => replaceTemplate(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/onboarding-templates/:id',
    {
      config: { action: 'onboarding.manage' },
      schema: {
        operationId: 'deleteOnboardingTemplate',
        tags,
        summary: 'Delete a per-type checklist (the type falls back to the default, which stays)',
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteTemplate(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/onboardings',
    {
      config: { action: 'onboarding.read' },
      schema: {
        operationId: 'listOnboardings',
        tags,
        summary: "Partner onboardings with progress; a partner user sees only its own partner's",
        querystring: ZFindOnboardingsQuery,
        response: { 200: zPage(ZOnboarding), ...problemResponses },
      },
    },
    async (request) => findOnboardings(ctxOf(request), request.query),
  );

  app.get(
    '/api/onboardings/summary',
    {
      config: { action: 'onboarding.metrics.read' },
      schema: {
        operationId: 'summarizeOnboardings',
        tags,
        summary: 'Onboardings under way, stalled and completed, and the median days to complete one',
        querystring: ZOnboardingSummaryQuery,
        response: { 200: ZOnboardingSummary, ...problemResponses },
      },
    },
    async (request) => summarizeOnboardings(ctxOf(request), request.query),
  );

  app.get(
    '/api/partners/:id/onboarding',
    {
      config: { action: 'onboarding.read' },
      schema: {
        operationId: 'getPartnerOnboarding',
        tags,
        summary: "A partner's onboarding checklist with each step's state and what completed it",
        params: ZIdParams,
        response: { 200: ZOnboardingDetail, ...problemResponses },
      },
    },
    async (request) => getPartnerOnboarding(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/partners/:id/onboarding/steps/:stepId/complete',
    {
      config: { action: 'onboarding.complete_step' },
      schema: {
        operationId: 'completeOnboardingStep',
        tags,
        summary:
          'Tick a manual step (the partner admin or a vendor manager; a vendor manager may also complete an automatic one)',
        params: ZStepParams,
        body: ZCompleteStep,
        response: { 200: ZOnboardingDetail, ...problemResponses },
      },
    },
    async (request) =>
      completeOnboardingStep(ctxOf(request), request.params.id, request.params.stepId, request.body),
  );

  app.get(
    '/api/lifecycle/first-revenue',
    {
      config: { action: 'onboarding.metrics.read' },
      schema: {
        operationId: 'listFirstRevenue',
        tags,
        summary:
          'Time to first revenue per activated partner: activation, first closed-won partner deal, days',
        querystring: ZFirstRevenueQuery,
        response: { 200: zPage(ZFirstRevenue), ...problemResponses },
      },
    },
    async (request) => findFirstRevenue(ctxOf(request), request.query),
  );

  app.get(
    '/api/lifecycle/first-revenue/cohorts',
    {
      config: { action: 'onboarding.metrics.read' },
      schema: {
        operationId: 'listFirstRevenueCohorts',
        tags,
        summary: 'Median time to first revenue per activation quarter',
        response: { 200: z.object({ items: z.array(ZFirstRevenueCohort) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await summarizeFirstRevenueCohorts(ctxOf(request)) }),
  );
};
