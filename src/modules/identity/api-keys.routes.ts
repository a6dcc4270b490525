import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { createApiKey } from './create-api-key.js';
import { findApiKeys } from './find-api-keys.js';
import { ZApiKey, ZCreateApiKey, ZCreatedApiKey } from './identity.schemas.js';
import { revokeApiKey } from './revoke-api-key.js';

const ZFindApiKeysQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(['createdAt', 'name'], '-createdAt'),
  userId: z.uuid().optional(),
});

export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/api-keys',
    {
      config: { action: 'apikeys.read' },
      schema: {
        operationId: 'listApiKeys',
        tags: ['api-keys'],
        summary: 'Your API keys (an admin sees all)',
        querystring: ZFindApiKeysQuery,
        response: { 200: zPage(ZApiKey), ...problemResponses },
      },
    },
    async (request) => findApiKeys(ctxOf(request), request.query),
  );

  app.post(
    '/api/api-keys',
    {
      config: { action: 'apikeys.write' },
      schema: {
        operationId: 'createApiKey',
        tags: ['api-keys'],
        summary: 'Create an API key acting as you; the secret is shown once',
        body: ZCreateApiKey,
        response: { 201: ZCreatedApiKey, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiKey(ctxOf(request), request.body)),
  );

  app.delete(
    '/api/api-keys/:id',
    {
      config: { action: 'apikeys.write' },
      schema: {
        operationId: 'revokeApiKey',
        tags: ['api-keys'],
        summary: 'Revoke an API key at once',
        params: ZIdParams,
        response: { 200: ZApiKey, ...problemResponses },
      },
    },
    async (request) => {
      const key = await revokeApiKey(ctxOf(request), request.params.id);
      app.services.authenticator.forget();
      return key;
    },
  );
};
