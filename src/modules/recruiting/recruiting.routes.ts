import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { systemActor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { ZPageQuery, zPage, zQueryBoolean, zQueryInt, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { ZPartnerType, ZRegion } from '../partners/partners.schemas.js';
import { changeApplicationStage } from './change-application-stage.js';
import { createApplication } from './create-application.js';
import { APPLICATION_SORTS, findApplications } from './find-applications.js';
import { getApplication } from './get-application.js';
import {
  APPLICATION_SOURCES,
  APPLICATION_STATUSES,
  ZApplication,
  ZApplicationDetail,
  ZApplicationReceipt,
  ZApplicationSummary,
  ZChangeApplicationStage,
  ZCreateApplication,
  ZSubmitApplication,
  ZUpdateApplication,
} from './recruiting.schemas.js';
import { submitApplication } from './submit-application.js';
import { summarizeApplications } from './summarize-applications.js';
import { updateApplication } from './update-application.js';

const ZStatusList = z
  .string()
  .max(200)
  .transform((value) => value.split(',').map((s) => s.trim()))
  .pipe(z.array(z.enum(APPLICATION_STATUSES)).min(1))
  .describe('One status or several, comma-separated: applied,qualified');

const filterQuery = {
  type: ZPartnerType.optional(),
  region: ZRegion.optional(),
  source: z.enum(APPLICATION_SOURCES).optional(),
  ownerId: z.uuid().optional(),
  minFit: zQueryInt((n) => n.min(0).max(100).optional()),
  maxFit: zQueryInt((n) => n.min(0).max(100).optional()),
  duplicate: zQueryBoolean().describe(
    'true: only applications flagged as duplicates; false: only the others',
  ),
  q: z.string().trim().min(1).max(200).optional().describe('Company name contains, or a domain'),
};

const ZFindApplicationsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(APPLICATION_SORTS, '-createdAt'),
  status: ZStatusList.optional(),
  ...filterQuery,
});

const tags = ['recruiting'];

export const recruitingRoutes: FastifyPluginAsyncZod = async (app) => {
  // A refusal for sending too often says when to come back.
  app.addHook('onError', async (_request, reply, error) => {
    const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  });

  app.post(
    '/api/public/partner-applications',
    {
      config: { public: true },
      schema: {
        operationId: 'submitPartnerApplication',
        tags,
        summary:
          'Apply to the partner program (no login). Rate limited per client address and per email domain',
        security: [],
        body: ZSubmitApplication,
        response: { 202: ZApplicationReceipt, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { database, clock, ids } = app.services;
      const ctx = {
        db: database.db,
        actor: systemActor('public_application_form'),
        clock,
        ids,
        requestId: request.id,
      };
      return reply
        .code(202)
        .send(await submitApplication(ctx, { ...request.body, clientAddress: request.ip }));
    },
  );

  app.get(
    '/api/partner-applications',
    {
      config: { action: 'recruiting.read' },
      schema: {
        operationId: 'listPartnerApplications',
        tags,
        summary: 'Prospective partners: public applications and prospects added by staff',
        querystring: ZFindApplicationsQuery,
        response: { 200: zPage(ZApplication), ...problemResponses },
      },
    },
    async (request) => findApplications(ctxOf(request), request.query),
  );

  app.get(
    '/api/partner-applications/summary',
    {
      config: { action: 'recruiting.read' },
      schema: {
        operationId: 'summarizePartnerApplications',
        tags,
        summary: 'How many applications are in each stage, for the same filters as the list',
        querystring: z.strictObject(filterQuery),
        response: { 200: ZApplicationSummary, ...problemResponses },
      },
    },
    async (request) => summarizeApplications(ctxOf(request), request.query),
  );

  app.post(
    '/api/partner-applications',
    {
      config: { action: 'recruiting.write' },
      schema: {
        operationId: 'createPartnerApplication',
        tags,
        summary: 'Add a prospect by hand; it is scored against the IPP and checked for duplicates',
        body: ZCreateApplication,
        response: { 201: ZApplication, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createApplication(ctxOf(request), request.body)),
  );

  app.get(
    '/api/partner-applications/:id',
    {
      config: { action: 'recruiting.read' },
      schema: {
        operationId: 'getPartnerApplication',
        tags,
        summary: 'One application with its IPP fit reasons and stage history',
        params: ZIdParams,
        response: { 200: ZApplicationDetail, ...problemResponses },
      },
    },
    async (request) => getApplication(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/partner-applications/:id',
    {
      config: { action: 'recruiting.write' },
      schema: {
        operationId: 'updatePartnerApplication',
        tags,
        summary: 'Edit a prospect before it is signed; its fit and duplicate flag are worked out again',
        params: ZIdParams,
        body: ZUpdateApplication,
        response: { 200: ZApplication, ...problemResponses },
      },
    },
    async (request) => updateApplication(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/partner-applications/:id/stage',
    {
      config: { action: 'recruiting.write' },
      schema: {
        operationId: 'changePartnerApplicationStage',
        tags,
        summary:
          'Move an application: qualified, agreement_sent, signed (becomes a partner), onboarding (starts its checklist), or rejected with a reason',
        params: ZIdParams,
        body: ZChangeApplicationStage,
        response: { 200: ZApplication, ...problemResponses },
      },
    },
    async (request) => changeApplicationStage(ctxOf(request), request.params.id, request.body),
  );
};
