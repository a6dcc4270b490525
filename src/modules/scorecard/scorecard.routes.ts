import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { ZRegion } from '../partners/partners.schemas.js';
import { findBenchmarks } from './find-benchmarks.js';
import { findScorecard, SCORECARD_SORTS } from './find-scorecard.js';
import { getAnalyticsSettings } from './get-analytics-settings.js';
import { getPartnerScorecard } from './get-partner-scorecard.js';
import { getProgramDashboard } from './get-program-dashboard.js';
import {
  ZAnalyticsSettings,
  ZAnalyticsSettingsView,
  ZGroupBy,
  ZPartnerBenchmark,
  ZPartnerScorecard,
  ZPeriodQuery,
  ZProgramDashboard,
  ZScorecardContext,
  ZScorecardRow,
} from './scorecard.schemas.js';
import { updateAnalyticsSettings } from './update-analytics-settings.js';

const tags = ['analytics'];

export const scorecardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/scorecard',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'listScorecard',
        tags,
        summary: 'Scorecard metrics per partner, tier, region, type or the whole program, with trend',
        querystring: z.strictObject({
          ...ZPageQuery,
          sort: zSort(SCORECARD_SORTS, 'label'),
          groupBy: ZGroupBy.default('partner'),
          ...ZPeriodQuery,
        }),
        response: {
          200: z.object({
            ...ZScorecardContext,
            groupBy: ZGroupBy,
            items: z.array(ZScorecardRow),
            nextCursor: z.string().nullable(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => findScorecard(ctxOf(request), request.query),
  );

  app.get(
    '/api/partners/:id/scorecard',
    {
      config: { action: 'scorecard.read' },
      schema: {
        operationId: 'getPartnerScorecard',
        tags,
        summary:
          "A partner's scorecard with trend and peer percentiles (partner users: their own, fewer metrics)",
        params: ZIdParams,
        querystring: z.strictObject(ZPeriodQuery),
        response: { 200: ZPartnerScorecard, ...problemResponses },
      },
    },
    async (request) => getPartnerScorecard(ctxOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/benchmarks',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'listBenchmarks',
        tags,
        summary: "Each partner's percentile among peers in its tier and region, with under/over flags",
        querystring: z.strictObject({
          ...ZPeriodQuery,
          flag: z
            .enum(['under', 'over', 'any'])
            .optional()
            .describe('Only flagged partners (any: either flag)'),
          tier: z.string().trim().min(1).max(60).optional(),
          region: ZRegion.optional(),
        }),
        response: {
          200: z.object({ currency: z.string(), items: z.array(ZPartnerBenchmark) }),
          ...problemResponses,
        },
      },
    },
    async (request) => findBenchmarks(ctxOf(request), request.query),
  );

  app.get(
    '/api/analytics/dashboard',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'getProgramDashboard',
        tags,
        summary: 'Program KPIs with trend, revenue series, breakdowns by tier, region and type',
        querystring: z.strictObject(ZPeriodQuery),
        response: { 200: ZProgramDashboard, ...problemResponses },
      },
    },
    async (request) => getProgramDashboard(ctxOf(request), request.query),
  );

  app.get(
    '/api/analytics/settings',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'getAnalyticsSettings',
        tags,
        summary: 'The margin and cost assumptions behind ROPI, CLTV and CAC',
        response: { 200: ZAnalyticsSettingsView, ...problemResponses },
      },
    },
    async (request) => getAnalyticsSettings(ctxOf(request)),
  );

  app.put(
    '/api/analytics/settings',
    {
      config: { action: 'analytics.train' },
      schema: {
        operationId: 'updateAnalyticsSettings',
        tags,
        summary: 'Replace the margin and cost assumptions',
        body: ZAnalyticsSettings,
        response: { 200: ZAnalyticsSettingsView, ...problemResponses },
      },
    },
    async (request) => updateAnalyticsSettings(ctxOf(request), request.body),
  );
};
