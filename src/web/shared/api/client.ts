import type { components } from '../../../client/schema';
import { createTrellisClient } from '../../../client/trellis-client';

/**
 * The one way the web app talks to Trellis: the public API through the same typed client integrators
 * use, with the browser's session cookie instead of an API key.
 */
export const api = createTrellisClient({ baseUrl: '', credentials: 'same-origin' });

export type Schemas = components['schemas'];

export interface FieldError {
  field: string;
  message: string;
}

interface ProblemBody {
  title?: string;
  detail?: string;
  status?: number;
  code?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];

  constructor(status: number, problem: ProblemBody | undefined) {
    super(problem?.detail ?? problem?.title ?? `Request failed (${status})`);
    this.status = status;
    this.code = problem?.code ?? 'unknown';
    this.fieldErrors = problem?.errors ?? [];
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the response body, or throws an ApiError carrying the problem's field errors. */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw new ApiError(response.status, error as ProblemBody | undefined);
  return data as T;
}
