import { type AppError, type FieldError, invalidFields, TITLE_BY_CODE } from '../errors.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  [key: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemFrom(error: AppError, requestId: string | undefined): Problem {
  const { errors, ...rest } = error.details ?? {};
  return {
    type: `urn:trellis:problem:${error.code}`,
    title: TITLE_BY_CODE[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(requestId ? { instance: `urn:trellis:request:${requestId}` } : {}),
    ...(errors ? { errors } : {}),
    ...rest,
  };
}

interface ValidationIssue {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: { keys?: string[] } & Record<string, unknown>;
}

/** Turns schema validation issues into field errors ("regions.0", "query.limit", "path.id") a client can show. */
const LOCATION_NAMES: Record<string, string> = { querystring: 'query', params: 'path', headers: 'header' };

export function fieldErrorsFrom(issues: ValidationIssue[], context: string | undefined): FieldError[] {
  const location = context ? (LOCATION_NAMES[context] ?? context) : undefined;
  const prefix = location && location !== 'body' ? `${location}.` : '';
  return issues.flatMap((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const message = issue.message ?? 'is not valid';
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params?.keys)) {
      return issue.params.keys.map((key) => ({
        field: `${prefix}${path ? `${path}.` : ''}${key}`,
        message: 'is not a known field',
      }));
    }
    return [{ field: `${prefix}${path}` || location || 'body', message }];
  });
}

export function validationError(issues: ValidationIssue[], location: string | undefined): AppError {
  return invalidFields(fieldErrorsFrom(issues, location));
}
