import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/** Deeper JSON than this is refused: no schema here nests anywhere near it. */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character, which text may not hold';
  if (LONE_SURROGATE.test(value)) return 'is not valid Unicode (it holds an unpaired surrogate)';
  return null;
}

function joinPath(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** The first field holding text the database cannot store, or nesting past the limit. */
function findProblem(value: unknown, path: string, depth: number): { field: string; message: string } | null {
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message ? { field: path || 'body', message } : null;
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  if (depth > MAX_JSON_DEPTH)
    return { field: path || 'body', message: `nests deeper than ${MAX_JSON_DEPTH} levels` };
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const keyMessage = typeof key === 'string' ? textProblem(key) : null;
    if (keyMessage) return { field: joinPath(path, key), message: `has a name that ${keyMessage}` };
    const found = findProblem(item, joinPath(path, key), depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses, before validation, text PostgreSQL cannot store (NUL characters, unpaired surrogates: left
 * alone they fail the write or get replaced silently) and absurdly deep JSON, naming the field.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const inBody = findProblem(request.body, '', 0);
    const inQuery = inBody ? null : findProblem(request.query, 'query', 0);
    const inParams = inBody || inQuery ? null : findProblem(request.params, 'params', 0);
    const problem = inBody ?? inQuery ?? inParams;
    if (problem) {
      throw new AppError(
        'validation_failed',
        `The request holds text that cannot be stored: ${problem.field} ${problem.message}`,
        {
          errors: [problem],
        },
      );
    }
  });
}
