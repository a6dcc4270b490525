import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../http/pagination.js';
import { ctxOf } from '../http/request-context.js';
import { problemResponses } from '../http/schemas.js';
import { findAuditEntries } from './find-audit-entries.js';

const ZAuditEntry = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actorType: z.string().describe('user, api_key or system'),
    actorId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    partnerId: z.uuid().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const ZAuditQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(['id'], '-id'),
  actorId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  partnerId: z.uuid().optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { action: 'audit.read' },
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Every write: who, what, before and after (admins only)',
        querystring: ZAuditQuery,
        response: { 200: zPage(ZAuditEntry), ...problemResponses },
      },
    },
    async (request) => findAuditEntries(ctxOf(request), request.query),
  );
};
