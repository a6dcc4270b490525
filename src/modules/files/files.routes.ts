import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { FILE_PURPOSES, MAX_UPLOAD_BYTES } from './file-types.js';
import { ZStoredFile } from './file-view.js';
import { getFile, getFileContent } from './get-file.js';
import { storeFile } from './store-file.js';

const ZUploadQuery = z.strictObject({
  purpose: z.enum(Object.keys(FILE_PURPOSES) as [keyof typeof FILE_PURPOSES]),
  fileName: z.string().trim().min(1).max(200),
  partnerId: z.uuid().optional().describe('Vendor staff: the partner the file belongs to'),
});

const ZFileBody = z.any().meta({
  type: 'string',
  format: 'binary',
  description: 'The file itself: PNG, JPEG, GIF or WebP images, or PDF where the purpose allows it',
});

const UPLOAD_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/octet-stream',
];

export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    UPLOAD_TYPES,
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_r, body, done) => done(null, body),
  );

  app.post(
    '/api/files',
    {
      config: { action: 'files.upload' },
      bodyLimit: MAX_UPLOAD_BYTES,
      preValidation: async (request) => {
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError(
            'unsupported_media_type',
            'Send the file bytes as the body (image/png, application/pdf …)',
          );
        }
      },
      schema: {
        operationId: 'uploadFile',
        tags: ['files'],
        summary: 'Upload a logo, template image or proof of performance',
        description:
          'The body is the file. Its type is read from its bytes (the name and Content-Type do not decide it): campaign logos and template images are PNG, JPEG, GIF or WebP up to 2 MB and 5 MB; MDF proof of performance may also be PDF, up to 10 MB. SVG and HTML are refused.',
        consumes: UPLOAD_TYPES,
        querystring: ZUploadQuery,
        body: ZFileBody,
        response: { 201: ZStoredFile, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await storeFile(ctxOf(request), { ...request.query, bytes: request.body as Buffer })),
  );

  app.get(
    '/api/files/:id',
    {
      config: { action: 'files.read' },
      schema: {
        operationId: 'getFile',
        tags: ['files'],
        summary: "An uploaded file's name, type and size",
        params: ZIdParams,
        response: { 200: ZStoredFile, ...problemResponses },
      },
    },
    async (request) => getFile(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/files/:id/content',
    {
      config: { action: 'files.read' },
      schema: {
        operationId: 'getFileContent',
        tags: ['files'],
        summary: 'The bytes of an uploaded file',
        params: ZIdParams,
        response: { 200: ZFileBody, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { file, bytes } = await getFileContent(ctxOf(request), request.params.id);
      const disposition = file.contentType.startsWith('image/') ? 'inline' : 'attachment';
      return reply
        .type(file.contentType)
        .header('content-disposition', `${disposition}; filename="${encodeURIComponent(file.fileName)}"`)
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, max-age=3600')
        .send(bytes);
    },
  );
};
