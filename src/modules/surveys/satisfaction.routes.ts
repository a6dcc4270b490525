import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zQueryBoolean, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { ZPartnerStage, ZPartnerType, ZRegion } from '../partners/partners.schemas.js';
import { findPartnerSatisfaction, PARTNER_SATISFACTION_SORTS } from './find-partner-satisfaction.js';
import { findSurveyComments } from './find-survey-comments.js';
import { getPartnerEngagement } from './get-partner-engagement.js';
import { getSatisfactionReport } from './get-satisfaction-report.js';
import {
  ZEngagement,
  ZPartnerSatisfaction,
  ZReportRange,
  ZSatisfactionReport,
  ZSurveyComment,
} from './surveys.schemas.js';

const tags = ['surveys'];

const ZAsOf = z.iso
  .date()
  .optional()
  .describe('Last day (UTC) of the 30-day engagement window; default today');

export const satisfactionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/satisfaction/report',
    {
      config: { action: 'surveys.report.read' },
      schema: {
        operationId: 'getSatisfactionReport',
        tags,
        summary: 'PSAT and pNPS overall and by tier, region, partner type, survey and month',
        querystring: z.strictObject(ZReportRange),
        response: { 200: ZSatisfactionReport, ...problemResponses },
      },
    },
    async (request) => getSatisfactionReport(ctxOf(request), request.query),
  );

  app.get(
    '/api/satisfaction/partners',
    {
      config: { action: 'surveys.report.read' },
      schema: {
        operationId: 'listPartnerSatisfaction',
        tags,
        summary: 'PSAT, pNPS, responses and portal engagement score per partner',
        querystring: z.strictObject({
          ...ZPageQuery,
          sort: zSort(PARTNER_SATISFACTION_SORTS, 'partnerName'),
          ...ZReportRange,
          q: z.string().trim().min(1).max(200).optional().describe('Partner name contains'),
          tier: z.string().trim().min(1).max(60).optional(),
          region: ZRegion.optional(),
          type: ZPartnerType.optional(),
          stage: z
            .string()
            .max(200)
            .transform((value) => value.split(',').map((s) => s.trim()))
            .pipe(z.array(ZPartnerStage).min(1))
            .optional()
            .describe('One stage or several, comma-separated; default every stage past prospect'),
          asOf: ZAsOf,
        }),
        response: { 200: zPage(ZPartnerSatisfaction), ...problemResponses },
      },
    },
    async (request) => findPartnerSatisfaction(ctxOf(request), request.query),
  );

  app.get(
    '/api/satisfaction/comments',
    {
      config: { action: 'surveys.report.read' },
      schema: {
        operationId: 'listSurveyComments',
        tags,
        summary: 'Survey responses with their comments, partner, date and scores',
        querystring: z.strictObject({
          ...ZPageQuery,
          sort: zSort(['submittedAt', 'recommend'], '-submittedAt'),
          ...ZReportRange,
          partnerId: z.uuid().optional(),
          withComment: zQueryBoolean()
            .default(true)
            .describe('true (default): only responses with a comment; false: every response'),
        }),
        response: { 200: zPage(ZSurveyComment), ...problemResponses },
      },
    },
    async (request) => findSurveyComments(ctxOf(request), request.query),
  );

  app.get(
    '/api/partners/:id/engagement',
    {
      config: { action: 'surveys.read' },
      schema: {
        operationId: 'getPartnerEngagement',
        tags,
        summary: "A partner's portal engagement score over the last 30 days, with its components",
        params: ZIdParams,
        querystring: z.strictObject({ asOf: ZAsOf }),
        response: { 200: ZEngagement, ...problemResponses },
      },
    },
    async (request) => getPartnerEngagement(ctxOf(request), request.params.id, request.query.asOf),
  );
};
