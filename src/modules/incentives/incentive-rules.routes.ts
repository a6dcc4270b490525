import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zQueryBoolean, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { createIncentiveRule } from './create-rule.js';
import { deleteIncentiveRule } from './delete-rule.js';
import { INCENTIVE_KINDS, INCENTIVE_TRIGGERS } from './earning/earning-rules.js';
import { findIncentiveRules, RULE_SORTS } from './find-rules.js';
import { getIncentiveRule } from './get-rule.js';
import {
  ZIncentiveRule,
  ZIncentiveRuleInput,
  ZRulePreview,
  ZRulePreviewInput,
} from './incentives.schemas.js';
import { previewIncentiveRule } from './preview-rule.js';
import { updateIncentiveRule } from './update-rule.js';

const tags = ['incentives'];

const ZFindRulesQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(RULE_SORTS, 'name'),
  kind: z.enum(INCENTIVE_KINDS).optional(),
  trigger: z.enum(INCENTIVE_TRIGGERS).optional(),
  active: zQueryBoolean(),
});

export const incentiveRuleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/incentives/rules',
    {
      config: { action: 'incentives.read' },
      schema: {
        operationId: 'listIncentiveRules',
        tags,
        summary: 'Incentive rules (partner users see the partner rules in force for their type)',
        querystring: ZFindRulesQuery,
        response: { 200: zPage(ZIncentiveRule), ...problemResponses },
      },
    },
    async (request) => findIncentiveRules(ctxOf(request), request.query),
  );

  app.post(
    '/api/incentives/rules',
    {
      config: { action: 'incentives.rules.write' },
      schema: {
        operationId: 'createIncentiveRule',
        tags,
        summary: 'Create a rule: what earns, for whom, how much, with conditions, a quarterly cap and dates',
        body: ZIncentiveRuleInput,
        response: { 201: ZIncentiveRule, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createIncentiveRule(ctxOf(request), request.body)),
  );

  app.post(
    '/api/incentives/rules/preview',
    {
      config: { action: 'incentives.rules.write' },
      schema: {
        operationId: 'previewIncentiveRule',
        tags,
        summary: 'Dry run of a draft rule over the last days of real events: what it would have earned',
        body: ZRulePreviewInput,
        response: { 200: ZRulePreview, ...problemResponses },
      },
    },
    async (request) => previewIncentiveRule(ctxOf(request), request.body),
  );

  app.get(
    '/api/incentives/rules/:id',
    {
      config: { action: 'incentives.read' },
      schema: {
        operationId: 'getIncentiveRule',
        tags,
        summary: 'One incentive rule',
        params: ZIdParams,
        response: { 200: ZIncentiveRule, ...problemResponses },
      },
    },
    async (request) => getIncentiveRule(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/incentives/rules/:id',
    {
      config: { action: 'incentives.rules.write' },
      schema: {
        operationId: 'updateIncentiveRule',
        tags,
        summary: 'Replace a rule (what it already earned stays as it was)',
        params: ZIdParams,
        body: ZIncentiveRuleInput,
        response: { 200: ZIncentiveRule, ...problemResponses },
      },
    },
    async (request) => updateIncentiveRule(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/incentives/rules/:id',
    {
      config: { action: 'incentives.rules.write' },
      schema: {
        operationId: 'deleteIncentiveRule',
        tags,
        summary: 'Delete a rule that never earned (one that did is ended or made inactive instead)',
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteIncentiveRule(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
