import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { changeSurveyStatus } from './change-survey-status.js';
import { createSurvey } from './create-survey.js';
import { findSurveys, SURVEY_SORTS } from './find-surveys.js';
import { getSurvey } from './get-survey.js';
import { invitationRoutes } from './invitations.routes.js';
import { satisfactionRoutes } from './satisfaction.routes.js';
import { sendSurveyNow } from './send-survey-now.js';
import { SURVEY_STATUSES, SURVEY_TRIGGERS, ZSurvey, ZSurveyInput } from './surveys.schemas.js';
import { updateSurvey } from './update-survey.js';

const tags = ['surveys'];

function zList<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .max(200)
    .transform((value) => value.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(values)).min(1))
    .describe(`One value or several, comma-separated: ${values.join(', ')}`);
}

const ZFindSurveysQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(SURVEY_SORTS, '-createdAt'),
  status: zList(SURVEY_STATUSES).optional(),
  trigger: zList(SURVEY_TRIGGERS).optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Name contains'),
});

export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/surveys',
    {
      config: { action: 'surveys.report.read' },
      schema: {
        operationId: 'listSurveys',
        tags,
        summary: 'Partner satisfaction surveys with invitations sent and response rate',
        querystring: ZFindSurveysQuery,
        response: { 200: zPage(ZSurvey), ...problemResponses },
      },
    },
    async (request) => findSurveys(ctxOf(request), request.query),
  );

  app.post(
    '/api/surveys',
    {
      config: { action: 'surveys.manage' },
      schema: {
        operationId: 'createSurvey',
        tags,
        summary: 'Create a survey as a draft',
        body: ZSurveyInput,
        response: { 201: ZSurvey, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createSurvey(ctxOf(request), request.body)),
  );

  app.get(
    '/api/surveys/:id',
    {
      config: { action: 'surveys.report.read' },
      schema: {
        operationId: 'getSurvey',
        tags,
        summary: 'A survey with its questions, trigger and invitation counts',
        params: ZIdParams,
        response: { 200: ZSurvey, ...problemResponses },
      },
    },
    async (request) => getSurvey(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/surveys/:id',
    {
      config: { action: 'surveys.manage' },
      schema: {
        operationId: 'updateSurvey',
        tags,
        summary: "Replace a survey's questions, trigger, roles and response days (not once closed)",
        params: ZIdParams,
        body: ZSurveyInput,
        response: { 200: ZSurvey, ...problemResponses },
      },
    },
    async (request) => updateSurvey(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/surveys/:id/status',
    {
      config: { action: 'surveys.manage' },
      schema: {
        operationId: 'setSurveyStatus',
        tags,
        summary: 'Activate, pause or close a survey (closing is final)',
        params: ZIdParams,
        body: z.strictObject({ status: z.enum(['active', 'paused', 'closed']) }),
        response: { 200: ZSurvey, ...problemResponses },
      },
    },
    async (request) => changeSurveyStatus(ctxOf(request), request.params.id, request.body.status),
  );

  app.post(
    '/api/surveys/:id/send',
    {
      config: { action: 'surveys.manage' },
      schema: {
        operationId: 'sendSurveyNow',
        tags,
        summary: "Invite an active survey's partner users now (everyone in business, or one partner)",
        params: ZIdParams,
        body: z.strictObject({ partnerId: z.uuid().optional() }),
        response: { 200: z.object({ invited: z.number().int() }), ...problemResponses },
      },
    },
    async (request) => sendSurveyNow(ctxOf(request), request.params.id, request.body),
  );

  await app.register(invitationRoutes);
  await app.register(satisfactionRoutes);
};
