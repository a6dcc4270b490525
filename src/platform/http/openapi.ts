import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../../modules/identity/tokens.js';

export async function registerOpenApi(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trellis API',
        version: '0.1.0',
        description:
          'The public API of Trellis, the partner ecosystem platform. The web app uses exactly this API. ' +
          'Authenticate with the session cookie from POST /api/auth/login or an API key as a Bearer token. ' +
          'Lists take limit, cursor and sort (prefix - for descending) and answer { items, nextCursor }. ' +
          'Errors are RFC 9457 problem+json.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: publicUrl, description: 'This server' }],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key (trk_…) from POST /api/api-keys',
          },
        },
      },
      security: [{ sessionCookie: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}
