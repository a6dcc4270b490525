import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseColumnMapping } from '../../analytics/matching/account-columns.js';
import { invalidFields } from '../../platform/errors.js';
import { CSV_UPLOAD_LIMIT, csvBytes, registerCsvUpload, ZCsvUpload } from '../../platform/http/csv-upload.js';
import { ZPageQuery, zPage, zQueryBoolean, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { createPopulation } from './create-population.js';
import { deletePopulation } from './delete-population.js';
import { findAccountPartners } from './find-account-partners.js';
import { findOverlapList, OVERLAP_SORTS } from './find-overlap-list.js';
import { findPartnerAccounts, PARTNER_ACCOUNT_SORTS } from './find-partner-accounts.js';
import { findPartnerImports } from './find-partner-imports.js';
import { getOverlapMatrix } from './get-overlap-matrix.js';
import { getSharing } from './get-sharing.js';
import { importPartnerAccounts } from './import-partner-accounts.js';
import {
  ZCreatePopulation,
  ZMappingImport,
  ZOverlapList,
  ZOverlapMatrix,
  ZOverlapRow,
  ZPartnerAccount,
  ZPopulation,
  ZSharingSettings,
  ZUpdateSharing,
} from './mapping.schemas.js';
import { refreshMapping } from './refresh-mapping.js';
import { summarizeMappings } from './summarize-mappings.js';
import { updateSharing } from './update-sharing.js';

const ZImportQuery = z.strictObject({
  mode: z
    .enum(['replace', 'merge'])
    .default('replace')
    .describe('replace: the file is the whole list; merge: add and update by id'),
  columns: z
    .string()
    .max(2000)
    .optional()
    .describe(
      'Column mapping as field=Header pairs, e.g. "name=Account Name,domain=Website,population=Type"',
    ),
  defaultPopulation: z
    .enum(['customer', 'prospect'])
    .optional()
    .describe('Population of rows that give none'),
  skipInvalid: zQueryBoolean().describe(
    'Import the valid rows and report the rejected ones instead of refusing the file',
  ),
  fileName: z.string().max(200).optional(),
});

const ZListParams = z.strictObject({ id: z.uuid(), list: ZOverlapList });
const ZListQuery = z.strictObject({
  ...ZPageQuery,
  sort: z.enum(OVERLAP_SORTS.flatMap((k) => [k, `-${k}`]) as [string, ...string[]]).optional(),
  vendorPopulation: z.string().max(64).optional(),
  partnerPopulation: z.string().max(64).optional(),
  q: z.string().trim().min(1).max(200).optional(),
});

const ZSummary = z.array(
  z.object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    refreshedAt: z.iso.datetime(),
    customerSharing: z.string(),
    partnerCustomers: z.number().int().nullable(),
    whiteSpace: z.number().int().nullable(),
    coSellNow: z.number().int().nullable(),
    introductions: z.number().int().nullable(),
    upsellTogether: z.number().int().nullable(),
  }),
);

const ZAccountPartner = z.object({
  partnerId: z.uuid(),
  partnerName: z.string(),
  population: z.string(),
  rule: z.string(),
  confidence: z.number(),
});

export const mappingRoutes: FastifyPluginAsyncZod = async (app) => {
  registerCsvUpload(app);

  app.get(
    '/api/mapping/summary',
    {
      config: { action: 'mapping.program.read' },
      schema: {
        operationId: 'summarizeAccountMapping',
        tags: ['account mapping'],
        summary: 'Per partner: white space and co-sell list sizes, as far as each partner shares them',
        response: { 200: ZSummary, ...problemResponses },
      },
    },
    async (request) => summarizeMappings(ctxOf(request)),
  );

  app.get(
    '/api/mapping/partners/:id/overlap',
    {
      config: { action: 'mapping.read' },
      schema: {
        operationId: 'getOverlapMatrix',
        tags: ['account mapping'],
        summary: 'Overlap counts by vendor and partner population, within what each side shares',
        params: ZIdParams,
        response: { 200: ZOverlapMatrix, ...problemResponses },
      },
    },
    async (request) => getOverlapMatrix(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/mapping/partners/:id/lists/:list',
    {
      config: { action: 'mapping.read' },
      schema: {
        operationId: 'listOverlaps',
        tags: ['account mapping'],
        summary:
          'A co-sell list: co_sell (prioritized), introductions, co_sell_now, upsell_together, white_space, or any population pair',
        params: ZListParams,
        querystring: ZListQuery,
        response: { 200: zPage(ZOverlapRow), ...problemResponses },
      },
    },
    async (request) =>
      findOverlapList(ctxOf(request), {
        partnerId: request.params.id,
        list: request.params.list,
        ...request.query,
      }),
  );

  app.get(
    '/api/mapping/partners/:id/sharing',
    {
      config: { action: 'mapping.read' },
      schema: {
        operationId: 'getMappingSharing',
        tags: ['account mapping'],
        summary: 'What each side shares of each of its populations',
        params: ZIdParams,
        response: { 200: ZSharingSettings, ...problemResponses },
      },
    },
    async (request) => getSharing(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/mapping/partners/:id/sharing',
    {
      config: { action: 'mapping.share' },
      schema: {
        operationId: 'updateMappingSharing',
        tags: ['account mapping'],
        summary: "Set the caller's own side's sharing levels",
        params: ZIdParams,
        body: ZUpdateSharing,
        response: { 200: ZSharingSettings, ...problemResponses },
      },
    },
    async (request) => updateSharing(ctxOf(request), request.params.id, request.body.levels),
  );

  app.post(
    '/api/mapping/partners/:id/populations',
    {
      config: { action: 'mapping.share' },
      schema: {
        operationId: 'createMappingPopulation',
        tags: ['account mapping'],
        summary: "A custom population on the caller's side (the vendor's apply to every partner)",
        params: ZIdParams,
        body: ZCreatePopulation,
        response: { 201: ZPopulation, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPopulation(ctxOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/mapping/populations/:id',
    {
      config: { action: 'mapping.share' },
      schema: {
        operationId: 'deleteMappingPopulation',
        tags: ['account mapping'],
        summary: "Remove one of the caller's side's custom populations",
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deletePopulation(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/mapping/partners/:id/accounts/import',
    {
      config: { action: 'mapping.import' },
      bodyLimit: CSV_UPLOAD_LIMIT,
      schema: {
        operationId: 'importPartnerAccounts',
        tags: ['account mapping'],
        summary:
          "Upload the partner's account list (CSV); the overlaps are recomputed in the same transaction",
        description:
          'Comma, semicolon or tab separated; quoted fields; UTF-8 or UTF-16 with BOM. Columns are guessed from common CRM headers unless mapped. A file with row problems is refused with a per-row report unless skipInvalid is set.',
        consumes: ['text/csv'],
        params: ZIdParams,
        querystring: ZImportQuery,
        body: ZCsvUpload,
        response: { 201: ZMappingImport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const bytes = csvBytes(request.body);
      const { columns, problems } = parseColumnMapping(request.query.columns ?? '');
      if (problems.length > 0) throw invalidFields(problems.map((p) => ({ ...p, field: 'query.columns' })));
      const report = await importPartnerAccounts(ctxOf(request), {
        partnerId: request.params.id,
        bytes,
        mode: request.query.mode,
        columns,
        defaultPopulation: request.query.defaultPopulation,
        skipInvalid: request.query.skipInvalid,
        fileName: request.query.fileName,
      });
      return reply.code(201).send(report);
    },
  );

  app.get(
    '/api/mapping/partners/:id/accounts',
    {
      config: { action: 'mapping.list.read' },
      schema: {
        operationId: 'listPartnerAccounts',
        tags: ['account mapping'],
        summary: "The partner's own uploaded list, with how many CRM accounts each matched (partner users)",
        params: ZIdParams,
        querystring: z.strictObject({
          ...ZPageQuery,
          sort: zSort(PARTNER_ACCOUNT_SORTS, 'name'),
          q: z.string().trim().min(1).max(200).optional(),
          population: z.enum(['customer', 'prospect']).optional(),
          matched: zQueryBoolean(),
        }),
        response: { 200: zPage(ZPartnerAccount), ...problemResponses },
      },
    },
    async (request) =>
      findPartnerAccounts(ctxOf(request), { partnerId: request.params.id, ...request.query }),
  );

  app.get(
    '/api/mapping/partners/:id/imports',
    {
      config: { action: 'mapping.read' },
      schema: {
        operationId: 'listMappingImports',
        tags: ['account mapping'],
        summary: 'The latest uploads of the partner’s list, each with its row report',
        params: ZIdParams,
        response: { 200: z.array(ZMappingImport), ...problemResponses },
      },
    },
    async (request) => findPartnerImports(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/mapping/partners/:id/refresh',
    {
      config: { action: 'mapping.refresh' },
      schema: {
        operationId: 'refreshAccountMapping',
        tags: ['account mapping'],
        summary: "Match the partner's list against the CRM again now",
        params: ZIdParams,
        response: {
          200: z.object({
            partnerAccounts: z.number().int(),
            matches: z.number().int(),
            refreshedAt: z.iso.datetime(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => refreshMapping(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/accounts/:id/partners',
    {
      config: { action: 'mapping.program.read' },
      schema: {
        operationId: 'listAccountPartners',
        tags: ['account mapping'],
        summary: 'Partners that have this account on their list, where they share it (customers first)',
        params: ZIdParams,
        response: { 200: z.array(ZAccountPartner), ...problemResponses },
      },
    },
    async (request) => findAccountPartners(ctxOf(request), request.params.id),
  );
};
