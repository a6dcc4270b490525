import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../../modules/identity/tokens.js';
import { readableLevels } from './etag.js';

type Transformed = ReturnType<typeof jsonSchemaTransform>;
type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

const IDEMPOTENCY_KEY = {
  type: 'string',
  maxLength: 255,
  description:
    'Retrying with the same key and body returns the first response (Idempotent-Replayed: true) and writes nothing again; keys last 24 hours',
};
const IF_MATCH = {
  type: 'string',
  description:
    'The ETag from reading the record: the change is made only if the record has not changed since (412 otherwise)',
};

/** Documents Idempotency-Key on every POST and If-Match on writes to a record that can be read. */
function withConditionalHeaders(
  app: FastifyInstance,
  input: TransformInput,
  output: Transformed,
): Transformed {
  const { route } = input as TransformInput & {
    route: { method: string | string[]; url: string; config?: { action?: string } };
  };
  const schema = output.schema as
    | { hide?: boolean; headers?: { properties?: object; required?: string[] } }
    | undefined;
  const method = Array.isArray(route.method) ? route.method[0] : route.method;
  if (!schema || schema.hide || !route.config?.action || !method || method === 'GET' || method === 'HEAD')
    return output;
  const readable = readableLevels(app, method, route.url) !== null;
  const extra = {
    ...(method === 'POST' ? { 'idempotency-key': IDEMPOTENCY_KEY } : {}),
    ...(readable ? { 'if-match': IF_MATCH } : {}),
  };
  if (Object.keys(extra).length === 0) return output;
  schema.headers = {
    type: 'object',
    ...schema.headers,
    properties: { ...schema.headers?.properties, ...extra },
  } as typeof schema.headers;
  return output;
}

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
    transform: (document) => withConditionalHeaders(app, document, jsonSchemaTransform(document)),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}
