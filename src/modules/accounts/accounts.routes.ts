import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { ZAccount, ZAccountStatus, ZCreateAccount, ZUpdateAccount } from './accounts.schemas.js';
import { createAccount } from './create-account.js';
import { deleteAccount } from './delete-account.js';
import { ACCOUNT_SORTS, findAccounts } from './find-accounts.js';
import { getAccount } from './get-account.js';
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
});

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
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
