import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

/**
 * The typed Trellis API client, shared by the web app and integrators. Types come from the server's
 * OpenAPI document (`npm run client:generate` writes them to ./schema.d.ts), so a call that names a
 * wrong path, parameter or body field does not compile.
 */
export interface TrellisClientOptions {
  /** Where the API is served, e.g. https://trellis.example.com ('' for the same origin in a browser). */
  baseUrl: string;
  /** An API key's secret, sent as `Authorization: Bearer <key>`; leave out to use a session cookie. */
  apiKey?: string | undefined;
  /** A fetch to use instead of the global one (tests, proxies, retries). */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Browsers: whether to send the session cookie. */
  credentials?: RequestInit['credentials'];
}

/** The `application/problem+json` body every refused request carries. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  code?: string;
  errors?: { field: string; message: string }[];
}

export class TrellisApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `Request failed (${status})`);
    this.name = 'TrellisApiError';
    this.status = status;
    this.problem = problem;
  }
}

interface PageBody {
  items: unknown[];
  nextCursor: string | null;
}

/** The paths whose GET answers one cursor page: { items, nextCursor }. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends {
    get: { responses: { 200: { content: { 'application/json': PageBody } } } };
  }
    ? P
    : never;
}[keyof paths];

type ListOperation<P extends ListPath> = paths[P]['get'];
type ListParameters<P extends ListPath> = ListOperation<P> extends { parameters: infer A } ? A : never;
/** A list's query parameters, except the cursor, which paginate follows itself. */
export type ListQuery<P extends ListPath> = Omit<
  NonNullable<ListParameters<P> extends { query?: infer Q } ? Q : never>,
  'cursor'
>;
type ListPathParams<P extends ListPath> = ListParameters<P> extends { path: infer A } ? A : never;
/** One page of a list, as the API returns it. */
export type ListPage<P extends ListPath> = ListOperation<P>['responses'][200]['content']['application/json'];
export type ListItem<P extends ListPath> = ListPage<P>['items'][number];

/** Headers that make a write safe to retry: the server applies one key's request once. */
export function idempotencyKey(key: string = globalThis.crypto.randomUUID()): {
  headers: { 'Idempotency-Key': string };
} {
  return { headers: { 'Idempotency-Key': key } };
}

export type TrellisClient = Client<paths> & {
  /**
   * Every page of a list, following `nextCursor` until the last one. Lists under a parent row take its
   * id as `pathParams`, e.g. paginate('/api/partners/{id}/contacts', {}, { id }).
   */
  paginate<P extends ListPath>(
    path: P,
    query?: ListQuery<P>,
    ...pathParams: ListPathParams<P> extends never ? [] : [ListPathParams<P>]
  ): AsyncGenerator<ListPage<P>, void, undefined>;
  idempotencyKey: typeof idempotencyKey;
};

export function createTrellisClient(options: TrellisClientOptions): TrellisClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.apiKey ? { headers: { Authorization: `Bearer ${options.apiKey}` } } : {}),
  });

  // openapi-fetch cannot relate a generic path to its operation, so the call itself is untyped; the
  // signature above is what keeps callers honest.
  const get = client.GET as unknown as (
    path: string,
    init: { params: { query: Record<string, unknown>; path?: unknown } },
  ) => Promise<{ data?: PageBody; error?: unknown; response: Response }>;

  async function* paginate<P extends ListPath>(
    path: P,
    query?: ListQuery<P>,
    ...pathParams: ListPathParams<P> extends never ? [] : [ListPathParams<P>]
  ): AsyncGenerator<ListPage<P>, void, undefined> {
    let cursor: string | null = null;
    do {
      const params = {
        query: { ...(query ?? {}), ...(cursor ? { cursor } : {}) },
        ...(pathParams.length ? { path: pathParams[0] } : {}),
      };
      const { data, error, response } = await get(path, { params });
      if (!response.ok || !data) throw new TrellisApiError(response.status, error as Problem | undefined);
      yield data as ListPage<P>;
      cursor = data.nextCursor;
    } while (cursor);
  }

  return Object.assign(client, { paginate, idempotencyKey });
}
