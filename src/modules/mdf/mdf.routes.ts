import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { addBudgetFunds } from './add-budget-funds.js';
import { allocateByTierShare } from './allocate-by-tier-share.js';
import { cancelRequest } from './cancel-request.js';
import { closeBudget } from './close-budget.js';
import { createBudget } from './create-budget.js';
import { createRequest } from './create-request.js';
import { decideClaim } from './decide-claim.js';
import { decideRequest } from './decide-request.js';
import { findAllocations } from './find-allocations.js';
import { findBudgets, getBudget } from './find-budgets.js';
import { CLAIM_SORTS, findClaims } from './find-claims.js';
import { findLedgerEntries } from './find-ledger-entries.js';
import { findRequests, REQUEST_SORTS } from './find-requests.js';
import { getRequest } from './get-request.js';
import { getResults } from './get-results.js';
import {
  ACTIVITY_TYPES,
  CLAIM_STATUSES,
  REQUEST_STATUSES,
  RESULT_GROUPS,
  ZAddFunds,
  ZAllocation,
  ZBudget,
  ZClaim,
  ZClaimDecision,
  ZCreateBudget,
  ZCreateRequest,
  ZLedgerEntry,
  ZPayClaim,
  ZRequest,
  ZRequestDecision,
  ZRequestDetail,
  ZResults,
  ZSetAllocation,
  ZSubmitClaim,
  ZTierShareInput,
  ZTierSharePlan,
  ZUpdateRequest,
} from './mdf.schemas.js';
import { payClaim } from './pay-claim.js';
import { resubmitClaim } from './resubmit-claim.js';
import { setAllocation } from './set-allocation.js';
import { submitClaim } from './submit-claim.js';
import { updateRequest } from './update-request.js';

const tags = ['mdf'];

const statusList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(300)
    .transform((value) => value.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(values)).min(1))
    .describe('One status or several, comma-separated');

export const mdfRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mdf/budgets',
    {
      config: { action: 'mdf.read' },
      schema: {
        operationId: 'listMdfBudgets',
        tags,
        summary:
          'MDF budgets with their figures (a partner user sees the budgets it has an allocation in, with its own money only)',
        querystring: z.strictObject({ status: z.enum(['open', 'closed']).optional() }),
        response: { 200: z.object({ items: z.array(ZBudget) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findBudgets(ctxOf(request), request.query) }),
  );

  app.post(
    '/api/mdf/budgets',
    {
      config: { action: 'mdf.budget.write' },
      schema: {
        operationId: 'createMdfBudget',
        tags,
        summary: 'Create a budget for a period, funded with an amount',
        body: ZCreateBudget,
        response: { 201: ZBudget, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createBudget(ctxOf(request), request.body)),
  );

  app.get(
    '/api/mdf/budgets/:id',
    {
      config: { action: 'mdf.read' },
      schema: {
        operationId: 'getMdfBudget',
        tags,
        summary: 'One MDF budget with its figures',
        params: ZIdParams,
        response: { 200: ZBudget, ...problemResponses },
      },
    },
    async (request) => getBudget(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/mdf/budgets/:id/funds',
    {
      config: { action: 'mdf.budget.write' },
      schema: {
        operationId: 'addMdfBudgetFunds',
        tags,
        summary: 'Add money to an open budget',
        params: ZIdParams,
        body: ZAddFunds,
        response: { 200: ZBudget, ...problemResponses },
      },
    },
    async (request) => addBudgetFunds(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/mdf/budgets/:id/close',
    {
      config: { action: 'mdf.budget.write' },
      schema: {
        operationId: 'closeMdfBudget',
        tags,
        summary:
          'Close a budget: unallocated and uncommitted money returns; approved requests may still be claimed; no new requests',
        params: ZIdParams,
        response: { 200: ZBudget, ...problemResponses },
      },
    },
    async (request) => closeBudget(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/mdf/budgets/:id/ledger',
    {
      config: { action: 'mdf.read' },
      schema: {
        operationId: 'listMdfLedgerEntries',
        tags,
        summary: 'The double-entry ledger of a budget, oldest first (a partner user reads its own lines)',
        params: ZIdParams,
        querystring: z.strictObject({ ...ZPageQuery, partnerId: z.uuid().optional() }),
        response: { 200: zPage(ZLedgerEntry), ...problemResponses },
      },
    },
    async (request) => findLedgerEntries(ctxOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/mdf/budgets/:id/tier-share',
    {
      config: { action: 'mdf.allocate' },
      schema: {
        operationId: 'allocateMdfByTierShare',
        tags,
        summary: 'Allocate by tier share (dryRun previews)',
        description:
          "Each partner in a tier (onboarding, active or at risk) is due the budget's funded amount × its tier's MDF share percent (per partner, from the tier program's benefits). Partners below that are raised to it; nobody is lowered. When the raises exceed the unallocated money, all are scaled down alike, so the budget is never over-allocated.",
        params: ZIdParams,
        body: ZTierShareInput,
        response: { 200: ZTierSharePlan, ...problemResponses },
      },
    },
    async (request) => allocateByTierShare(ctxOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/mdf/budgets/:id/allocations/:partnerId',
    {
      config: { action: 'mdf.allocate' },
      schema: {
        operationId: 'setMdfAllocation',
        tags,
        summary:
          "Set a partner's allocation by hand (lowering only down to what is committed, payable or paid)",
        params: z.strictObject({ id: z.uuid(), partnerId: z.uuid() }),
        body: ZSetAllocation,
        response: { 200: ZAllocation, ...problemResponses },
      },
    },
    async (request) =>
      setAllocation(ctxOf(request), request.params.id, request.params.partnerId, request.body),
  );

  app.get(
    '/api/mdf/allocations',
    {
      config: { action: 'mdf.read' },
      schema: {
        operationId: 'listMdfAllocations',
        tags,
        summary: 'Allocations with balances, of a budget or a partner (a partner user sees its own)',
        querystring: z.strictObject({ budgetId: z.uuid().optional(), partnerId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(ZAllocation) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findAllocations(ctxOf(request), request.query) }),
  );

  app.get(
    '/api/mdf/requests',
    {
      config: { action: 'mdf.read' },
      schema: {
        operationId: 'listMdfRequests',
        tags,
        summary: 'MDF requests: the approval queue (a partner user sees its own)',
        querystring: z.strictObject({
          ...ZPageQuery,
          sort: zSort(REQUEST_SORTS, '-createdAt'),
          status: statusList(REQUEST_STATUSES).optional(),
          partnerId: z.uuid().optional(),
          budgetId: z.uuid().optional(),
          activityType: z.enum(ACTIVITY_TYPES).optional(),
          q: z.string().trim().min(1).max(200).optional().describe('Title contains'),
        }),
        response: { 200: zPage(ZRequest), ...problemResponses },
      },
    },
    async (request) => findRequests(ctxOf(request), request.query),
  );

  app.post(
    '/api/mdf/requests',
    {
      config: { action: 'mdf.request' },
      schema: {
        operationId: 'createMdfRequest',
        tags,
        summary: "Request funds from the partner's allocation in an open budget (draft, or submitted)",
        body: ZCreateRequest,
        response: { 201: ZRequest, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createRequest(ctxOf(request), request.body)),
  );

  app.get(
    '/api/mdf/requests/:id',
    {
      config: { action: 'mdf.read' },
      schema: {
        operationId: 'getMdfRequest',
        tags,
        summary: 'One request with its approval chain, claims, proof files and what is left to claim',
        params: ZIdParams,
        response: { 200: ZRequestDetail, ...problemResponses },
      },
    },
    async (request) => getRequest(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/mdf/requests/:id',
    {
      config: { action: 'mdf.request' },
      schema: {
        operationId: 'updateMdfRequest',
        tags,
        summary: 'Edit a draft or rejected request; submit sends it (again) for approval',
        params: ZIdParams,
        body: ZUpdateRequest,
        response: { 200: ZRequest, ...problemResponses },
      },
    },
    async (request) => updateRequest(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/mdf/requests/:id/cancel',
    {
      config: { action: 'mdf.request' },
      schema: {
        operationId: 'cancelMdfRequest',
        tags,
        summary: 'Withdraw a request before its final approval',
        params: ZIdParams,
        response: { 200: ZRequest, ...problemResponses },
      },
    },
    async (request) => cancelRequest(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/mdf/requests/:id/decision',
    {
      config: { action: 'mdf.approve' },
      schema: {
        operationId: 'decideMdfRequest',
        tags,
        summary:
          "Approve (maybe a lower amount) or reject with a reason: the manager's step, then finance's above the budget's threshold",
        params: ZIdParams,
        body: ZRequestDecision,
        response: { 200: ZRequest, ...problemResponses },
      },
    },
    async (request) => decideRequest(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/mdf/requests/:id/claims',
    {
      config: { action: 'mdf.claim' },
      schema: {
        operationId: 'submitMdfClaim',
        tags,
        summary: 'Claim money for an approved activity with proof of performance and results',
        params: ZIdParams,
        body: ZSubmitClaim,
        response: { 201: ZClaim, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitClaim(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/mdf/claims',
    {
      config: { action: 'mdf.read' },
      schema: {
        operationId: 'listMdfClaims',
        tags,
        summary: 'MDF claims: the decision and payment queue (a partner user sees its own)',
        querystring: z.strictObject({
          ...ZPageQuery,
          sort: zSort(CLAIM_SORTS, '-submittedAt'),
          status: statusList(CLAIM_STATUSES).optional(),
          partnerId: z.uuid().optional(),
          budgetId: z.uuid().optional(),
          requestId: z.uuid().optional(),
        }),
        response: { 200: zPage(ZClaim), ...problemResponses },
      },
    },
    async (request) => findClaims(ctxOf(request), request.query),
  );

  app.put(
    '/api/mdf/claims/:id',
    {
      config: { action: 'mdf.claim' },
      schema: {
        operationId: 'resubmitMdfClaim',
        tags,
        summary: 'Correct a rejected claim and send it again',
        params: ZIdParams,
        body: ZSubmitClaim,
        response: { 200: ZClaim, ...problemResponses },
      },
    },
    async (request) => resubmitClaim(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/mdf/claims/:id/decision',
    {
      config: { action: 'mdf.claim.decide' },
      schema: {
        operationId: 'decideMdfClaim',
        tags,
        summary: 'Approve (all or part), reject with a reason (resubmittable) or decline (final)',
        params: ZIdParams,
        body: ZClaimDecision,
        response: { 200: ZClaim, ...problemResponses },
      },
    },
    async (request) => decideClaim(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/mdf/claims/:id/pay',
    {
      config: { action: 'mdf.pay' },
      schema: {
        operationId: 'payMdfClaim',
        tags,
        summary: 'Record the payment of an approved claim',
        params: ZIdParams,
        body: ZPayClaim,
        response: { 200: ZClaim, ...problemResponses },
      },
    },
    async (request) => payClaim(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/mdf/results',
    {
      config: { action: 'mdf.read' },
      schema: {
        operationId: 'getMdfResults',
        tags,
        summary:
          'Results per request, partner or activity type: claimed and paid cost against leads and pipeline',
        querystring: z.strictObject({
          groupBy: z.enum(RESULT_GROUPS).default('activityType'),
          budgetId: z.uuid().optional(),
          partnerId: z.uuid().optional(),
        }),
        response: { 200: ZResults, ...problemResponses },
      },
    },
    async (request) => getResults(ctxOf(request), request.query),
  );
};
