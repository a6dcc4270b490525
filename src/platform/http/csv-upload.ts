import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors.js';

/** Uploads of account lists: up to 64 MB (some 500,000 CRM rows). */
export const CSV_UPLOAD_LIMIT = 64 * 1024 * 1024;

/** The request body of a CSV upload route, as the OpenAPI document describes it (read as raw bytes). */
export const ZCsvUpload = z.any().meta({
  type: 'string',
  format: 'binary',
  description: 'The CSV file: UTF-8, or UTF-16 with a byte order mark',
});

/**
 * Lets the routes of one plugin take a CSV file as the request body: the bytes arrive untouched as a
 * Buffer (the encoding is read from them, BOM included) up to CSV_UPLOAD_LIMIT. Routes set
 * `bodyLimit: CSV_UPLOAD_LIMIT`, `body: ZCsvUpload` and `preValidation: requireCsvBody`, and read the
 * body with csvBytes. Fastify parsers are per plugin, so each plugin with upload routes calls this once.
 */
export function registerCsvUpload(app: FastifyInstance): void {
  app.addContentTypeParser(
    ['text/csv', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: CSV_UPLOAD_LIMIT },
    (_request, body, done) => done(null, body),
  );
}

/**
 * The uploaded file's bytes. Fastify's own parsers still take JSON and plain text on these routes, which
 * would arrive as an object or a string: those are refused as the wrong media type.
 */
export function csvBytes(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) {
    throw new AppError('unsupported_media_type', 'Send the file as text/csv (or application/octet-stream)');
  }
  return body;
}

/**
 * Route hook refusing a body that is not a file before the query string is validated, so a request
 * sending JSON learns first that it sent the wrong kind of body.
 */
export async function requireCsvBody(request: FastifyRequest): Promise<void> {
  csvBytes(request.body);
}
