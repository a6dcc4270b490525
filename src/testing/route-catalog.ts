import type { FastifyInstance, RouteOptions } from 'fastify';
import { type Action, POLICY } from '../platform/policy.js';

/**
 * The catalogue of API operations, generated from what the server really registered rather than
 * listed by hand: method, path and operationId come from the OpenAPI document, and each route's
 * declared `config.action` / `config.public` comes from a recording of the routes as Fastify added
 * them (Fastify does not expose route config once the app is ready).
 *
 * To record, a test file replaces Fastify's factory before the app is built:
 *
 *   vi.mock('fastify', async (importOriginal) =>
 *     (await import('../../../testing/route-catalog.js')).withRouteRecorder(await importOriginal()));
 */

export interface RecordedRoute {
  method: string;
  url: string;
  config: { action?: string; public?: boolean } & Record<string, unknown>;
}

const recordings = new WeakMap<object, RecordedRoute[]>();

type FastifyFactory = (...args: unknown[]) => FastifyInstance;

/** Wraps the fastify module so every instance it creates records its routes (use inside vi.mock). */
export function withRouteRecorder<M extends object>(fastifyModule: M): M {
  const original = (fastifyModule as unknown as { default: FastifyFactory }).default;
  const recording: FastifyFactory = (...args) => {
    const app = original(...args);
    const routes: RecordedRoute[] = [];
    recordings.set(app, routes);
    app.addHook('onRoute', (route: RouteOptions) => {
      for (const method of [route.method].flat()) {
        routes.push({
          method: String(method).toUpperCase(),
          url: route.url,
          config: { ...(route.config ?? {}) },
        });
      }
    });
    return app;
  };
  return { ...fastifyModule, default: recording, fastify: recording };
}

export function recordedRoutes(app: FastifyInstance): RecordedRoute[] {
  const routes = recordings.get(app);
  if (!routes) {
    throw new Error(
      "No route recording for this app: the test file must vi.mock('fastify') with withRouteRecorder",
    );
  }
  return routes;
}

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  [key: string]: unknown;
};

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  operationId: string;
  method: string;
  /** OpenAPI path template, e.g. /api/partners/{id}/contacts/{contactId}. */
  path: string;
  /** The same path as Fastify writes it, e.g. /api/partners/:id/contacts/:contactId. */
  url: string;
  pathParams: string[];
  queryParams: ParameterSpec[];
  /** The JSON request body schema with $refs resolved, or null when the operation takes no JSON body. */
  body: JsonSchema | null;
  /** The media types the request body may have (a file upload names e.g. text/csv); empty without a body. */
  bodyMediaTypes: string[];
  bodyRequired: boolean;
}

export interface CatalogRoute extends Operation {
  public: boolean;
  /** The policy action the route declares; null only for public routes. */
  action: Action | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface OpenApiOperation {
  operationId?: string;
  parameters?: ParameterSpec[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'options', 'head', 'trace']);

/** Resolves local $refs (recursively, so nested schemas can be walked without the document). */
export function resolveSchema(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  seen: string[] = [],
): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (!target) throw new Error(`Unresolvable $ref ${schema.$ref}`);
    if (seen.includes(name)) return {};
    const { $ref: _ref, ...rest } = schema;
    return resolveSchema({ ...target, ...rest }, components, [...seen, name]);
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, resolveSchema(value, components, seen)]),
    );
  }
  if (schema.items) out.items = resolveSchema(schema.items, components, seen);
  if (typeof schema.additionalProperties === 'object') {
    out.additionalProperties = resolveSchema(schema.additionalProperties, components, seen);
  }
  if (schema.anyOf) out.anyOf = schema.anyOf.map((s) => resolveSchema(s, components, seen));
  if (schema.oneOf) out.oneOf = schema.oneOf.map((s) => resolveSchema(s, components, seen));
  return out;
}

/** Every operation in the app's OpenAPI document. */
export function openApiOperations(app: FastifyInstance): Operation[] {
  const doc = app.swagger() as unknown as OpenApiDocument;
  const components = doc.components?.schemas ?? {};
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const parameters = op.parameters ?? [];
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        url: path.replace(/\{([^}]+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ ...p, schema: resolveSchema(p.schema, components) })),
        body: bodySchema ? resolveSchema(bodySchema, components) : null,
        bodyMediaTypes: Object.keys(op.requestBody?.content ?? {}),
        bodyRequired: op.requestBody?.required ?? false,
      });
    }
  }
  return operations;
}

/** Operations joined with the action (or public flag) each route declared when it was registered. */
export function routeCatalog(app: FastifyInstance): CatalogRoute[] {
  const recorded = recordedRoutes(app);
  return openApiOperations(app).map((op) => {
    const route = recorded.find((r) => r.method === op.method && r.url === op.url);
    if (!route)
      throw new Error(
        `${op.operationId}: ${op.method} ${op.url} is in the OpenAPI document but was never registered`,
      );
    const action = route.config.action;
    if (action !== undefined && !(action in POLICY))
      throw new Error(`${op.operationId} names unknown action ${action}`);
    if (!route.config.public && action === undefined)
      throw new Error(`${op.operationId} is neither public nor names an action`);
    return { ...op, public: route.config.public === true, action: (action as Action | undefined) ?? null };
  });
}

/** Fills an OpenAPI path template: fillPath('/api/partners/{id}', { id }) → /api/partners/<id>. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for path parameter ${name} of ${path}`);
    return encodeURIComponent(value);
  });
}
