import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { zUpdatedSince } from '../../platform/http/updated-since.js';
import { createRegistration } from './create-registration.js';
import { decideRegistration } from './decide-registration.js';
import { disputeRegistration } from './dispute-registration.js';
import { extendRegistration } from './extend-registration.js';
import { findRegistrations, REGISTRATION_SORTS } from './find-registrations.js';
import { getRegistration } from './get-registration.js';
import {
  REGISTRATION_STATUSES,
  ZCreateRegistration,
  ZDecideRegistration,
  ZReasonBody,
  ZRegistration,
  ZRegistrationDetail,
  ZResolveDispute,
  ZUpdateRegistration,
} from './registrations.schemas.js';
import { resolveDispute } from './resolve-dispute.js';
import { submitRegistration } from './submit-registration.js';
import { updateRegistration } from './update-registration.js';
import { withdrawRegistration } from './withdraw-registration.js';

const ZStatusList = z
  .string()
  .max(300)
  .transform((value) => value.split(',').map((s) => s.trim()))
  .pipe(z.array(z.enum(REGISTRATION_STATUSES)).min(1))
  .describe('One status or several, comma-separated: under_review,disputed');

const ZFindRegistrationsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(REGISTRATION_SORTS, '-createdAt'),
  status: ZStatusList.optional(),
  partnerId: z.uuid().optional(),
  accountId: z.uuid().optional(),
  dealId: z.uuid().optional(),
  managerId: z
    .uuid()
    .optional()
    .describe("Registrations of the partners this manager owns (the manager's queue)"),
  accountOwnerId: z.uuid().optional().describe("Registrations on this sales rep's accounts"),
  q: z.string().trim().min(1).max(200).optional().describe('Customer name contains, or a domain'),
  updatedSince: zUpdatedSince(),
});

const tags = ['registrations'];

export const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/registrations',
    {
      config: { action: 'registrations.read' },
      schema: {
        operationId: 'listRegistrations',
        tags,
        summary: "Deal registrations; a partner user sees only its own partner's",
        querystring: ZFindRegistrationsQuery,
        response: { 200: zPage(ZRegistration), ...problemResponses },
      },
    },
    async (request) => findRegistrations(ctxOf(request), request.query),
  );

  app.post(
    '/api/registrations',
    {
      config: { action: 'registrations.create' },
      schema: {
        operationId: 'createRegistration',
        tags,
        summary:
          'Register a deal: saved as a draft, or with submit=true decided at once by the rules of engagement',
        body: ZCreateRegistration,
        response: { 201: ZRegistration, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createRegistration(ctxOf(request), request.body)),
  );

  app.get(
    '/api/registrations/:id',
    {
      config: { action: 'registrations.read' },
      schema: {
        operationId: 'getRegistration',
        tags,
        summary:
          'A registration with its decisions, history and disputes (and, for the vendor, the conflict)',
        params: ZIdParams,
        response: { 200: ZRegistrationDetail, ...problemResponses },
      },
    },
    async (request) => getRegistration(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/registrations/:id',
    {
      config: { action: 'registrations.update' },
      schema: {
        operationId: 'updateRegistration',
        tags,
        summary: 'Edit a draft registration',
        params: ZIdParams,
        body: ZUpdateRegistration,
        response: { 200: ZRegistration, ...problemResponses },
      },
    },
    async (request) => updateRegistration(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/registrations/:id/submit',
    {
      config: { action: 'registrations.create' },
      schema: {
        operationId: 'submitRegistration',
        tags,
        summary: 'Submit a draft; the answer carries the decision and its reason',
        params: ZIdParams,
        response: { 200: ZRegistration, ...problemResponses },
      },
    },
    async (request) => submitRegistration(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/registrations/:id/decide',
    {
      config: { action: 'registrations.decide' },
      schema: {
        operationId: 'decideRegistration',
        tags,
        summary: 'Approve or reject a registration waiting for review, with a reason the partner reads',
        params: ZIdParams,
        body: ZDecideRegistration,
        response: { 200: ZRegistration, ...problemResponses },
      },
    },
    async (request) => decideRegistration(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/registrations/:id/withdraw',
    {
      config: { action: 'registrations.update' },
      schema: {
        operationId: 'withdrawRegistration',
        tags,
        summary: 'Withdraw a registration; an approved one releases the account',
        params: ZIdParams,
        body: ZReasonBody,
        response: { 200: ZRegistration, ...problemResponses },
      },
    },
    async (request) => withdrawRegistration(ctxOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/registrations/:id/extend',
    {
      config: { action: 'registrations.extend' },
      schema: {
        operationId: 'extendRegistration',
        tags,
        summary: 'Extend protection once, when the deal shows recent activity',
        params: ZIdParams,
        body: ZReasonBody,
        response: { 200: ZRegistration, ...problemResponses },
      },
    },
    async (request) => extendRegistration(ctxOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/registrations/:id/dispute',
    {
      config: { action: 'registrations.update' },
      schema: {
        operationId: 'disputeRegistration',
        tags,
        summary: 'Dispute a rejection or a review routing, with a reason',
        params: ZIdParams,
        body: ZReasonBody,
        response: { 200: ZRegistration, ...problemResponses },
      },
    },
    async (request) => disputeRegistration(ctxOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/registrations/:id/dispute/resolve',
    {
      config: { action: 'registrations.decide' },
      schema: {
        operationId: 'resolveRegistrationDispute',
        tags,
        summary: "Decide a partner's dispute: overturn (approve) or uphold the decision",
        params: ZIdParams,
        body: ZResolveDispute,
        response: { 200: ZRegistration, ...problemResponses },
      },
    },
    async (request) => resolveDispute(ctxOf(request), request.params.id, request.body),
  );
};
