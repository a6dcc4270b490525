import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../../platform/http/schemas.js';
import { activateRuleSet } from './activate-rule-set.js';
import { activeRuleSet } from './active-rule-set.js';
import { createRuleSet } from './create-rule-set.js';
import { dryRunRuleSet } from './dry-run-rule-set.js';
import { findRuleSets } from './find-rule-sets.js';
import { ZRuleSetConfig } from './rule-set-config.js';
import { ZCreateRuleSet, ZDryRunRequest, ZDryRunResult, ZRuleSet } from './rule-sets.schemas.js';

const tags = ['rules of engagement'];

const ZActiveRuleSet = z
  .object({ id: z.uuid().nullable(), version: z.number().int(), name: z.string(), config: ZRuleSetConfig })
  .meta({ id: 'ActiveRuleSet' });

export const ruleSetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/rule-sets',
    {
      config: { action: 'rulesets.read' },
      schema: {
        operationId: 'listRuleSets',
        tags,
        summary: 'Every version of the rules of engagement, newest first, and which one is active',
        response: { 200: z.object({ items: z.array(ZRuleSet) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findRuleSets(ctxOf(request)) }),
  );

  app.get(
    '/api/rule-sets/active',
    {
      config: { action: 'rulesets.read' },
      schema: {
        operationId: 'getActiveRuleSet',
        tags,
        summary: 'The rules of engagement registrations are decided by now',
        response: { 200: ZActiveRuleSet, ...problemResponses },
      },
    },
    async (request) => activeRuleSet(ctxOf(request)),
  );

  app.post(
    '/api/rule-sets',
    {
      config: { action: 'rulesets.write' },
      schema: {
        operationId: 'createRuleSet',
        tags,
        summary: 'Save a new version of the rules (optionally switching to it at once)',
        body: ZCreateRuleSet,
        response: { 201: ZRuleSet, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createRuleSet(ctxOf(request), request.body)),
  );

  app.post(
    '/api/rule-sets/:id/activate',
    {
      config: { action: 'rulesets.write' },
      schema: {
        operationId: 'activateRuleSet',
        tags,
        summary: 'Switch the program to a saved version',
        params: ZIdParams,
        response: { 200: ZRuleSet, ...problemResponses },
      },
    },
    async (request) => activateRuleSet(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/rule-sets/dry-run',
    {
      config: { action: 'rulesets.read' },
      schema: {
        operationId: 'dryRunRuleSet',
        tags,
        summary: 'What a rule-set change would have decided on the latest registrations (writes nothing)',
        body: ZDryRunRequest,
        response: { 200: ZDryRunResult, ...problemResponses },
      },
    },
    async (request) => dryRunRuleSet(ctxOf(request), request.body),
  );
};
