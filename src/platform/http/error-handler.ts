import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';
import { PROBLEM_CONTENT_TYPE, problemFrom, validationError } from './problem.js';
import { sendWebApp, wantsWebApp } from './web-app.js';

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return validationError(error.validation, error.validationContext);
  }
  if (error.validation) return validationError(error.validation, error.validationContext);
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation_failed', 'The body is not valid JSON', {
        errors: [{ field: 'body', message: 'is not valid JSON' }],
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is larger than the server accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'Send the body as application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('validation_failed', 'Content-Length does not match the body');
  }
  if (error.statusCode === 400) return new AppError('validation_failed', error.message);
  if (error.statusCode === 404) return new AppError('not_found', error.message);
  if (error.statusCode === 413) return new AppError('payload_too_large', error.message);
  if (error.statusCode === 415) return new AppError('unsupported_media_type', error.message);
  return new AppError(
    'internal',
    'Something went wrong on our side; the request id identifies it in the logs',
  );
}

export function registerErrorHandling(app: FastifyInstance, options: { webApp: boolean }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'internal') request.log.error({ err: error }, 'request failed');
    // A refusal for asking too often says when to come back.
    const retryAfter = appError.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    return reply
      .code(appError.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(problemFrom(appError, request.id));
  });
  app.setNotFoundHandler((request, reply) => {
    if (options.webApp && wantsWebApp(request)) return sendWebApp(reply);
    const appError = new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
    return reply
      .code(404)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(problemFrom(appError, request.id));
  });
}
