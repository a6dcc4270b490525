import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../http/pagination.js';
import { ctxOf } from '../http/request-context.js';
import { problemResponses } from '../http/schemas.js';
import { findEvents } from './find-events.js';

const ZEvent = z
  .object({
    id: z.number().int(),
    type: z.string().describe('e.g. registration.approved, registration.expiring, deal.won'),
    entityType: z.string(),
    entityId: z.string(),
    partnerId: z.uuid().nullable(),
    payload: z.unknown(),
    occurredAt: z.iso.datetime(),
  })
  .meta({ id: 'DomainEvent' });

const ZEventsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(['id'], '-id'),
  type: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  partnerId: z.uuid().optional(),
});

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/events',
    {
      config: { action: 'events.read' },
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary:
          'The internal event stream (registration and deal transitions), oldest id first with sort=id',
        querystring: ZEventsQuery,
        response: { 200: zPage(ZEvent), ...problemResponses },
      },
    },
    async (request) => findEvents(ctxOf(request), request.query),
  );
};
