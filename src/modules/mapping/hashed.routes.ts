import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CSV_UPLOAD_LIMIT,
  csvBytes,
  registerCsvUpload,
  requireCsvBody,
  ZCsvUpload,
} from '../../platform/http/csv-upload.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { deleteHashedList } from './delete-hashed-list.js';
import { getHashedOverlap } from './get-hashed-overlap.js';
import { ZHashedListUpload, ZHashedListUploadQuery, ZHashedOverlap } from './hashed.schemas.js';
import { uploadHashedList } from './upload-hashed-list.js';

/** Privacy-preserving account mapping: each side uploads keyed hashes of its accounts, never the accounts. */
export const hashedMappingRoutes: FastifyPluginAsyncZod = async (app) => {
  registerCsvUpload(app);

  app.post(
    '/api/mapping/partners/:id/hashed-lists',
    {
      config: { action: 'mapping.import' },
      bodyLimit: CSV_UPLOAD_LIMIT,
      preValidation: requireCsvBody,
      schema: {
        operationId: 'uploadHashedAccountList',
        tags: ['account mapping'],
        summary: "Upload the caller's side's account list as keyed hashes, replacing its previous one",
        description:
          'The CSV that `trellis hash-accounts` writes: columns id, population, domain_hash, name_hash, each hash an HMAC-SHA-256 (base64url) of a normalized key under a secret the two sides agree on between themselves. Trellis never receives the secret nor the names and domains. A file with row problems is refused with a per-row report unless skipInvalid is set.',
        consumes: ['text/csv'],
        params: ZIdParams,
        querystring: ZHashedListUploadQuery,
        body: ZCsvUpload,
        response: { 201: ZHashedListUpload, ...problemResponses },
      },
    },
    async (request, reply) => {
      const report = await uploadHashedList(ctxOf(request), {
        partnerId: request.params.id,
        bytes: csvBytes(request.body),
        keyFingerprint: request.query.keyFingerprint,
        defaultPopulation: request.query.defaultPopulation,
        skipInvalid: request.query.skipInvalid,
      });
      return reply.code(201).send(report);
    },
  );

  app.get(
    '/api/mapping/partners/:id/hashed-overlap',
    {
      config: { action: 'mapping.read' },
      schema: {
        operationId: 'getHashedOverlap',
        tags: ['account mapping'],
        summary: "Overlap of the two sides' hashed lists by population pair, within what each side shares",
        description:
          'Says which side has yet to upload while a list is missing; answers 409 when the lists were hashed with different secrets (key fingerprints).',
        params: ZIdParams,
        response: { 200: ZHashedOverlap, ...problemResponses },
      },
    },
    async (request) => getHashedOverlap(ctxOf(request), request.params.id),
  );

  app.delete(
    '/api/mapping/partners/:id/hashed-lists/mine',
    {
      config: { action: 'mapping.import' },
      schema: {
        operationId: 'deleteOwnHashedAccountList',
        tags: ['account mapping'],
        summary: "Remove the caller's side's hashed list",
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteHashedList(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
