import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zQueryInt, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { adjustIncentiveBalance } from './adjust-balance.js';
import { approveIncentiveEntries } from './approve-entries.js';
import { ENTRY_SORTS, findIncentiveEntries } from './find-entries.js';
import { getIncentiveEntry } from './get-entry.js';
import {
  ENTRY_STATUSES,
  ENTRY_TYPES,
  ZAdjustment,
  ZApprovalResult,
  ZApproveEntries,
  ZBeneficiaryType,
  ZEarningsByMonth,
  ZLedgerEntry,
  ZPeriod,
  ZReverseEntry,
} from './incentives.schemas.js';
import { reverseIncentiveEntry } from './reverse-entry.js';
import { summarizeIncentiveEarnings } from './summarize-earnings.js';

const tags = ['incentives'];

const ZFindEntriesQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(ENTRY_SORTS, '-earnedAt'),
  beneficiaryType: ZBeneficiaryType.optional(),
  partnerId: z.uuid().optional(),
  userId: z.uuid().optional().describe('A vendor rep'),
  status: z.enum(ENTRY_STATUSES).optional(),
  entryType: z.enum(ENTRY_TYPES).optional(),
  period: ZPeriod.optional(),
  ruleId: z.uuid().optional(),
  payoutId: z.uuid().optional(),
});

export const incentiveLedgerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/incentives/ledger',
    {
      config: { action: 'incentives.read' },
      schema: {
        operationId: 'listIncentiveEntries',
        tags,
        summary:
          'The incentive ledger (partner users: their partner’s entries; sales reps: their own rewards)',
        querystring: ZFindEntriesQuery,
        response: { 200: zPage(ZLedgerEntry), ...problemResponses },
      },
    },
    async (request) => findIncentiveEntries(ctxOf(request), request.query),
  );

  app.get(
    '/api/incentives/ledger/:id',
    {
      config: { action: 'incentives.read' },
      schema: {
        operationId: 'getIncentiveEntry',
        tags,
        summary: 'One ledger entry',
        params: ZIdParams,
        response: { 200: ZLedgerEntry, ...problemResponses },
      },
    },
    async (request) => getIncentiveEntry(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/incentives/ledger/approve',
    {
      config: { action: 'incentives.manage' },
      schema: {
        operationId: 'approveIncentiveEntries',
        tags,
        summary:
          'Approve the accrued entries of a period (optionally one beneficiary type), or the ones named',
        body: ZApproveEntries,
        response: { 200: ZApprovalResult, ...problemResponses },
      },
    },
    async (request) => approveIncentiveEntries(ctxOf(request), request.body),
  );

  app.post(
    '/api/incentives/ledger/adjustments',
    {
      config: { action: 'incentives.manage' },
      schema: {
        operationId: 'adjustIncentiveBalance',
        tags,
        summary: 'Add an adjustment (up, or down as a clawback) for a partner or rep, with a reason',
        body: ZAdjustment,
        response: { 201: ZLedgerEntry, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await adjustIncentiveBalance(ctxOf(request), request.body)),
  );

  app.post(
    '/api/incentives/ledger/:id/reverse',
    {
      config: { action: 'incentives.manage' },
      schema: {
        operationId: 'reverseIncentiveEntry',
        tags,
        summary: 'Reverse an entry with a reason (a paid one becomes a clawback on the next statement)',
        params: ZIdParams,
        body: ZReverseEntry,
        response: { 200: ZLedgerEntry, ...problemResponses },
      },
    },
    async (request) => reverseIncentiveEntry(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/incentives/earnings',
    {
      config: { action: 'incentives.read' },
      schema: {
        operationId: 'summarizeIncentiveEarnings',
        tags,
        summary: 'Net earnings per month and kind (scoped like the ledger)',
        querystring: z.strictObject({ months: zQueryInt((n) => n.min(1).max(36).default(12)) }),
        response: { 200: ZEarningsByMonth, ...problemResponses },
      },
    },
    async (request) => summarizeIncentiveEarnings(ctxOf(request), request.query),
  );
};
