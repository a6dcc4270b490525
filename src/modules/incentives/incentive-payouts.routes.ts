import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { createIncentivePayout } from './create-payout.js';
import { exportIncentivePayout, PAYOUT_EXPORT_FORMATS } from './export-payout.js';
import { findIncentivePayouts } from './find-payouts.js';
import { findIncentiveStatements } from './find-statements.js';
import { getIncentivePayout } from './get-payout.js';
import { getIncentiveStatement } from './get-statement.js';
import {
  ZBeneficiaryType,
  ZPayout,
  ZPayoutDetail,
  ZPayoutExport,
  ZPayoutInput,
  ZPeriod,
  ZStatement,
  ZStatementSummary,
} from './incentives.schemas.js';

const tags = ['incentives'];
const ZStatementQuery = z.strictObject({ period: ZPeriod });

export const incentivePayoutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/incentives/payouts',
    {
      config: { action: 'incentives.manage' },
      schema: {
        operationId: 'listIncentivePayouts',
        tags,
        summary: 'Payout batches (accounts payable for partners, payroll for reps)',
        querystring: z.strictObject({
          ...ZPageQuery,
          sort: zSort(['createdAt', 'totalMinor'], '-createdAt'),
          beneficiaryType: ZBeneficiaryType.optional(),
        }),
        response: { 200: zPage(ZPayout), ...problemResponses },
      },
    },
    async (request) => findIncentivePayouts(ctxOf(request), request.query),
  );

  app.post(
    '/api/incentives/payouts',
    {
      config: { action: 'incentives.manage' },
      schema: {
        operationId: 'createIncentivePayout',
        tags,
        summary:
          'Pay the approved entries of a beneficiary type and currency up to a period, with a reference',
        body: ZPayoutInput,
        response: { 201: ZPayoutDetail, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createIncentivePayout(ctxOf(request), request.body)),
  );

  app.get(
    '/api/incentives/payouts/:id',
    {
      config: { action: 'incentives.manage' },
      schema: {
        operationId: 'getIncentivePayout',
        tags,
        summary: 'A payout with one line per beneficiary',
        params: ZIdParams,
        response: { 200: ZPayoutDetail, ...problemResponses },
      },
    },
    async (request) => getIncentivePayout(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/incentives/payouts/:id/export',
    {
      config: { action: 'incentives.manage' },
      schema: {
        operationId: 'exportIncentivePayout',
        tags,
        summary: 'A payout as CSV: summary (one line per payee, AP or payroll import shape) or detail',
        params: ZIdParams,
        querystring: z.strictObject({ format: z.enum(PAYOUT_EXPORT_FORMATS).default('summary') }),
        response: { 200: ZPayoutExport, ...problemResponses },
      },
    },
    async (request) => exportIncentivePayout(ctxOf(request), request.params.id, request.query.format),
  );

  app.get(
    '/api/incentives/statements',
    {
      config: { action: 'incentives.read' },
      schema: {
        operationId: 'listIncentiveStatements',
        tags,
        summary: 'Statement totals of every partner or rep for a period (scoped like the ledger)',
        querystring: z.strictObject({
          limit: ZPageQuery.limit,
          cursor: ZPageQuery.cursor,
          beneficiaryType: ZBeneficiaryType.default('partner'),
          period: ZPeriod.optional().describe(
            'A month (YYYY-MM) or a quarter (YYYY-Qn); default the current quarter',
          ),
        }),
        response: { 200: zPage(ZStatementSummary), ...problemResponses },
      },
    },
    async (request) => findIncentiveStatements(ctxOf(request), request.query),
  );

  app.get(
    '/api/incentives/statements/:beneficiaryType/:id',
    {
      config: { action: 'incentives.read' },
      schema: {
        operationId: 'getIncentiveStatement',
        tags,
        summary:
          'A partner’s or a rep’s statement for a month or quarter: opening balance, lines, payments, closing',
        params: z.strictObject({ beneficiaryType: ZBeneficiaryType, id: z.uuid() }),
        querystring: ZStatementQuery,
        response: { 200: ZStatement, ...problemResponses },
      },
    },
    async (request) =>
      getIncentiveStatement(
        ctxOf(request),
        request.params.beneficiaryType,
        request.params.id,
        request.query.period,
      ),
  );
};
