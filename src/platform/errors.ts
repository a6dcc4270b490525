export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'rate_limited'
  | 'internal';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
};

export const TITLE_BY_CODE: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid',
  unauthenticated: 'Authentication is required',
  forbidden: 'You are not allowed to do this',
  not_found: 'Not found',
  conflict: 'The request conflicts with the current state',
  precondition_failed: 'A precondition failed',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'Unsupported media type',
  unprocessable: 'The request is valid but the data cannot satisfy it yet',
  rate_limited: 'Too many requests',
  internal: 'Internal server error',
};

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorDetails {
  errors?: FieldError[];
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function notFound(entity: string): AppError {
  return new AppError('not_found', `${entity} was not found`);
}

export function invalidFields(errors: FieldError[]): AppError {
  const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new AppError('validation_failed', summary || 'The request is not valid', { errors });
}

export function invalidField(field: string, message: string): AppError {
  return invalidFields([{ field, message }]);
}
