import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { zUpdatedSince } from '../../platform/http/updated-since.js';
import { createContact } from './create-contact.js';
import { deleteContact } from './delete-contact.js';
import { findContacts } from './find-contacts.js';
import { ZContact, ZCreateContact, ZUpdateContact } from './partners.schemas.js';
import { updateContact } from './update-contact.js';

const ZContactParams = z.strictObject({ id: z.uuid(), contactId: z.uuid() });
const ZFindContactsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(['name', 'createdAt', 'updatedAt'], 'name'),
  q: z.string().trim().min(1).max(200).optional(),
  updatedSince: zUpdatedSince(),
});

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/partners/:id/contacts',
    {
      config: { action: 'contacts.read' },
      schema: {
        operationId: 'listPartnerContacts',
        tags: ['contacts'],
        summary: "A partner's contacts",
        params: ZIdParams,
        querystring: ZFindContactsQuery,
        response: { 200: zPage(ZContact), ...problemResponses },
      },
    },
    async (request) => findContacts(ctxOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/partners/:id/contacts',
    {
      config: { action: 'contacts.write' },
      schema: {
        operationId: 'createPartnerContact',
        tags: ['contacts'],
        summary: 'Add a contact to a partner; a new primary contact replaces the old one',
        params: ZIdParams,
        body: ZCreateContact,
        response: { 201: ZContact, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createContact(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/partners/:id/contacts/:contactId',
    {
      config: { action: 'contacts.write' },
      schema: {
        operationId: 'updatePartnerContact',
        tags: ['contacts'],
        summary: 'Edit a contact',
        params: ZContactParams,
        body: ZUpdateContact,
        response: { 200: ZContact, ...problemResponses },
      },
    },
    async (request) =>
      updateContact(ctxOf(request), request.params.id, request.params.contactId, request.body),
  );

  app.delete(
    '/api/partners/:id/contacts/:contactId',
    {
      config: { action: 'contacts.write' },
      schema: {
        operationId: 'deletePartnerContact',
        tags: ['contacts'],
        summary: 'Remove a contact',
        params: ZContactParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteContact(ctxOf(request), request.params.id, request.params.contactId);
      return reply.code(204).send(null);
    },
  );
};
