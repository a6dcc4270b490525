import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseColumnMapping } from '../../analytics/matching/account-columns.js';
import { invalidFields } from '../../platform/errors.js';
import {
  CSV_UPLOAD_LIMIT,
  csvBytes,
  registerCsvUpload,
  requireCsvBody,
  ZCsvUpload,
} from '../../platform/http/csv-upload.js';
import { ZPageQuery, zPage, zQueryBoolean, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { zUpdatedSince } from '../../platform/http/updated-since.js';
import {
  ZAccount,
  ZAccountImport,
  ZAccountStatus,
  ZAccountSystem,
  ZCreateAccount,
  ZUpdateAccount,
} from './accounts.schemas.js';
import { createAccount } from './create-account.js';
import { deleteAccount } from './delete-account.js';
import { ACCOUNT_SORTS, findAccounts } from './find-accounts.js';
import { getAccount } from './get-account.js';
import { importAccounts } from './import-accounts.js';
import { updateAccount } from './update-account.js';

const ZFindAccountsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(ACCOUNT_SORTS, 'name'),
  q: z.string().trim().min(1).max(200).optional().describe('Name contains, or a domain'),
  domain: z.string().trim().min(3).max(253).optional(),
  status: ZAccountStatus.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  industry: z.string().max(80).optional(),
  ownerId: z.uuid().optional(),
  updatedSince: zUpdatedSince(),
});

const ZImportAccountsQuery = z.strictObject({
  system: ZAccountSystem.default('other').describe(
    "The CRM the file comes from: its id column fills the accounts' externalIds[system]",
  ),
  columns: z
    .string()
    .max(2000)
    .optional()
    .describe(
      'Column mapping as field=Header pairs, e.g. "id=Account ID,name=Account Name,domain=Website,population=Type"',
    ),
  skipInvalid: zQueryBoolean().describe(
    'Import the valid rows and report the rejected ones instead of refusing the file',
  ),
  dryRun: zQueryBoolean().describe('Report what the import would do, writing nothing'),
});

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  registerCsvUpload(app);

  app.get(
    '/api/accounts',
    {
      config: { action: 'accounts.read' },
      schema: {
        operationId: 'listAccounts',
        tags: ['accounts'],
        summary: "The vendor's customers and prospects, searchable by name and domain",
        querystring: ZFindAccountsQuery,
        response: { 200: zPage(ZAccount), ...problemResponses },
      },
    },
    async (request) => findAccounts(ctxOf(request), request.query),
  );

  app.post(
    '/api/accounts',
    {
      config: { action: 'accounts.write' },
      schema: {
        operationId: 'createAccount',
        tags: ['accounts'],
        summary: 'Add a customer or prospect account; domains are reduced to registrable domains',
        body: ZCreateAccount,
        response: { 201: ZAccount, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createAccount(ctxOf(request), request.body)),
  );

  app.post(
    '/api/accounts/import',
    {
      config: { action: 'accounts.import' },
      bodyLimit: CSV_UPLOAD_LIMIT,
      preValidation: requireCsvBody,
      schema: {
        operationId: 'importAccounts',
        tags: ['accounts'],
        summary: 'Create and update accounts from a CRM accounts export (CSV)',
        description:
          'Salesforce-, HubSpot- or Dynamics-shaped CSV: comma, semicolon or tab separated; UTF-8 or UTF-16 with BOM; columns guessed from common CRM headers unless mapped. Each row updates the account with its id in `system`, else the account with its registrable domain, else creates one; the population column (type, lifecycle stage) sets the status, the country is an ISO code or a country name. A file with row problems is refused whole with a per-row report unless skipInvalid is set. Partner account mappings are not recomputed at once: the nightly mapping.refresh job does it, or POST /api/mapping/partners/{id}/refresh for one partner.',
        consumes: ['text/csv'],
        querystring: ZImportAccountsQuery,
        body: ZCsvUpload,
        response: { 200: ZAccountImport, ...problemResponses },
      },
    },
    async (request) => {
      const bytes = csvBytes(request.body);
      const { columns, problems } = parseColumnMapping(request.query.columns ?? '');
      if (problems.length > 0) throw invalidFields(problems.map((p) => ({ ...p, field: 'query.columns' })));
      return importAccounts(ctxOf(request), {
        bytes,
        system: request.query.system,
        columns,
        skipInvalid: request.query.skipInvalid,
        dryRun: request.query.dryRun,
      });
    },
  );

  app.get(
    '/api/accounts/:id',
    {
      config: { action: 'accounts.read' },
      schema: {
        operationId: 'getAccount',
        tags: ['accounts'],
        summary: 'One account',
        params: ZIdParams,
        response: { 200: ZAccount, ...problemResponses },
      },
    },
    async (request) => getAccount(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/accounts/:id',
    {
      config: { action: 'accounts.write' },
      schema: {
        operationId: 'updateAccount',
        tags: ['accounts'],
        summary: 'Edit an account',
        params: ZIdParams,
        body: ZUpdateAccount,
        response: { 200: ZAccount, ...problemResponses },
      },
    },
    async (request) => updateAccount(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/accounts/:id',
    {
      config: { action: 'accounts.delete' },
      schema: {
        operationId: 'deleteAccount',
        tags: ['accounts'],
        summary: 'Delete an account',
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteAccount(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
