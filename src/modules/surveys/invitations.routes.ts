import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { answerInvitation } from './answer-invitation.js';
import { countPendingInvitations } from './count-pending-invitations.js';
import { findInvitations, INVITATION_SORTS } from './find-invitations.js';
import { getInvitation } from './get-invitation.js';
import { INVITATION_STATUSES, ZAnswerInput, ZSurveyInvitation } from './surveys.schemas.js';

const tags = ['surveys'];

const ZFindInvitationsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(INVITATION_SORTS, '-sentAt'),
  status: z
    .string()
    .max(100)
    .transform((value) => value.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(INVITATION_STATUSES)).min(1))
    .optional()
    .describe('One status or several, comma-separated: pending,answered'),
  surveyId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
});

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/survey-invitations',
    {
      config: { action: 'surveys.read' },
      schema: {
        operationId: 'listSurveyInvitations',
        tags,
        summary: "Survey invitations: a partner user's own, or every one for vendor staff",
        querystring: ZFindInvitationsQuery,
        response: { 200: zPage(ZSurveyInvitation), ...problemResponses },
      },
    },
    async (request) => findInvitations(ctxOf(request), request.query),
  );

  app.get(
    '/api/survey-invitations/pending-count',
    {
      config: { action: 'surveys.read' },
      schema: {
        operationId: 'countPendingSurveyInvitations',
        tags,
        summary: 'How many surveys the signed-in user still has to answer',
        response: { 200: z.object({ pending: z.number().int() }), ...problemResponses },
      },
    },
    async (request) => countPendingInvitations(ctxOf(request)),
  );

  app.get(
    '/api/survey-invitations/:id',
    {
      config: { action: 'surveys.read' },
      schema: {
        operationId: 'getSurveyInvitation',
        tags,
        summary: 'One survey invitation with its questions and, once answered, the response',
        params: ZIdParams,
        response: { 200: ZSurveyInvitation, ...problemResponses },
      },
    },
    async (request) => getInvitation(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/survey-invitations/:id/response',
    {
      config: { action: 'surveys.respond' },
      schema: {
        operationId: 'answerSurveyInvitation',
        tags,
        summary: 'Answer your own pending survey: every question 1–5, recommend 0–10, optional comment',
        params: ZIdParams,
        body: ZAnswerInput,
        response: { 200: ZSurveyInvitation, ...problemResponses },
      },
    },
    async (request) => answerInvitation(ctxOf(request), request.params.id, request.body),
  );
};
