import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { approvePromotion } from './approve-promotion.js';
import { evaluateTiers } from './evaluate-tiers.js';
import { findTierHistory } from './find-tier-history.js';
import { getTierProgram } from './get-tier-program.js';
import { getTierProgress } from './get-tier-progress.js';
import { replaceTierProgram } from './replace-tier-program.js';
import { setCustomMetric } from './set-custom-metric.js';
import {
  ZReplaceTierProgram,
  ZTierEvaluation,
  ZTierHistoryEntry,
  ZTierProgram,
  ZTierProgress,
} from './tiers.schemas.js';

const ZEvaluationRun = z
  .object({
    dryRun: z.boolean(),
    evaluatedAt: z.iso.datetime(),
    unconvertedCurrencies: z
      .array(z.string())
      .describe('Won-deal currencies without an exchange rate: left out'),
    moved: z.number().int(),
    evaluations: z.array(ZTierEvaluation),
  })
  .meta({ id: 'TierEvaluationRun' });

export const tierRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tiers',
    {
      config: { action: 'tiers.read' },
      schema: {
        operationId: 'getTierProgram',
        tags: ['tiers'],
        summary: 'The tier program: tiers with criteria and benefits, grace period, approval, currency',
        response: { 200: ZTierProgram, ...problemResponses },
      },
    },
    async (request) => getTierProgram(ctxOf(request)),
  );

  app.put(
    '/api/tiers',
    {
      config: { action: 'tiers.write' },
      schema: {
        operationId: 'replaceTierProgram',
        tags: ['tiers'],
        summary: 'Save the whole tier program (tiers not named are removed)',
        body: ZReplaceTierProgram,
        response: { 200: ZTierProgram, ...problemResponses },
      },
    },
    async (request) => replaceTierProgram(ctxOf(request), request.body),
  );

  app.post(
    '/api/tiers/evaluate',
    {
      config: { action: 'tiers.evaluate' },
      schema: {
        operationId: 'evaluateTiers',
        tags: ['tiers'],
        summary: 'Evaluate partners against the tiers now; dryRun previews who would move and why',
        body: z.strictObject({ dryRun: z.boolean().default(true), partnerId: z.uuid().optional() }),
        response: { 200: ZEvaluationRun, ...problemResponses },
      },
    },
    async (request) => evaluateTiers(ctxOf(request), request.body),
  );

  app.post(
    '/api/tiers/partners/:id/approve-promotion',
    {
      config: { action: 'tiers.evaluate' },
      schema: {
        operationId: 'approveTierPromotion',
        tags: ['tiers'],
        summary: 'Approve the promotion a partner qualified for',
        params: ZIdParams,
        response: { 200: z.object({ tier: z.string() }), ...problemResponses },
      },
    },
    async (request) => approvePromotion(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/tiers/partners/:id/progress',
    {
      config: { action: 'tiers.read' },
      schema: {
        operationId: 'getTierProgress',
        tags: ['tiers'],
        summary: "A partner's tier, benefits, trailing metrics and what it needs for the next tier",
        params: ZIdParams,
        response: { 200: ZTierProgress, ...problemResponses },
      },
    },
    async (request) => getTierProgress(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/tiers/partners/:id/history',
    {
      config: { action: 'tiers.read' },
      schema: {
        operationId: 'listTierHistory',
        tags: ['tiers'],
        summary: "A partner's tier changes, warnings and approvals, newest first",
        params: ZIdParams,
        response: { 200: z.array(ZTierHistoryEntry), ...problemResponses },
      },
    },
    async (request) => findTierHistory(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/tiers/custom-metrics',
    {
      config: { action: 'tiers.write' },
      schema: {
        operationId: 'setTierCustomMetric',
        tags: ['tiers'],
        summary: 'Set the values of a custom tier metric (custom:<key>) for partners',
        body: z.strictObject({
          key: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'must be a lower-case key such as joint-webinars'),
          values: z
            .array(
              z.strictObject({
                partnerId: z.uuid(),
                // Stored as a 4-byte float: a value must be 0 or within what it can hold.
                value: z
                  .number()
                  .min(-1e12)
                  .max(1e12)
                  .refine((v) => v === 0 || Math.abs(v) >= 1e-6, 'must be 0 or at least 0.000001 in size'),
              }),
            )
            .max(10_000),
        }),
        response: { 200: z.object({ key: z.string(), updated: z.number().int() }), ...problemResponses },
      },
    },
    async (request) => setCustomMetric(ctxOf(request), request.body.key, request.body.values),
  );
};
