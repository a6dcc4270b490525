import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { zUpdatedSince } from '../../platform/http/updated-since.js';
import { addDealNote } from './add-deal-note.js';
import { addDealPartner } from './add-deal-partner.js';
import { addDealTask } from './add-deal-task.js';
import { addTouchpoint } from './add-touchpoint.js';
import { closeDeal } from './close-deal.js';
import {
  ZCreateDealNote,
  ZCreateDealTask,
  ZCreatePrivateOffer,
  ZCreateTouchpoint,
  ZDealNote,
  ZDealTask,
  ZDealView,
  ZPrivateOffer,
  ZTouchpoint,
  ZUpdateDealTask,
  ZUpdatePrivateOffer,
} from './co-sell.schemas.js';
import { completeDealTask } from './complete-deal-task.js';
import { createDeal } from './create-deal.js';
import { createPrivateOffer } from './create-private-offer.js';
import {
  DEAL_SORTS,
  ZAddDealPartner,
  ZCloseDeal,
  ZCreateDeal,
  ZDeal,
  ZFindDealsFilters,
  ZUpdateDeal,
} from './deals.schemas.js';
import { findDeals } from './find-deals.js';
import { getDeal } from './get-deal.js';
import { importDeals } from './import-deals.js';
import { ZImportDeals, ZImportReport } from './import-deals.schemas.js';
import { removeDealPartner } from './remove-deal-partner.js';
import { updateDeal } from './update-deal.js';
import { updatePrivateOffer } from './update-private-offer.js';

const ZFindDealsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(DEAL_SORTS, '-createdAt'),
  ...ZFindDealsFilters,
  updatedSince: zUpdatedSince(),
});
const ZDealPartnerParams = z.strictObject({ id: z.uuid(), partnerId: z.uuid() });
const ZDealTaskParams = z.strictObject({ id: z.uuid(), taskId: z.uuid() });
const ZPrivateOfferParams = z.strictObject({ id: z.uuid(), offerId: z.uuid() });
const tags = ['deals'];

export const dealRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/deals',
    {
      config: { action: 'deals.read' },
      schema: {
        operationId: 'listDeals',
        tags,
        summary: 'Deals; a partner user sees only the deals its organization is on',
        querystring: ZFindDealsQuery,
        response: { 200: zPage(ZDeal), ...problemResponses },
      },
    },
    async (request) => findDeals(ctxOf(request), request.query),
  );

  app.post(
    '/api/deals',
    {
      config: { action: 'deals.write' },
      schema: {
        operationId: 'createDeal',
        tags,
        summary: "Add a deal to the vendor's pipeline on an existing account",
        body: ZCreateDeal,
        response: { 201: ZDeal, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createDeal(ctxOf(request), request.body)),
  );

  app.post(
    '/api/deals/import',
    {
      config: { action: 'deals.write' },
      schema: {
        operationId: 'importDeals',
        tags,
        summary: 'Import CRM deals all or nothing, with a report per row; a dry run only reports',
        body: ZImportDeals,
        response: { 200: ZImportReport, ...problemResponses },
      },
    },
    async (request) => importDeals(ctxOf(request), request.body),
  );

  app.get(
    '/api/deals/:id',
    {
      config: { action: 'deals.read' },
      schema: {
        operationId: 'getDeal',
        tags,
        summary: 'The shared co-sell view of a deal: notes, tasks, timeline, touchpoints, offers',
        params: ZIdParams,
        response: { 200: ZDealView, ...problemResponses },
      },
    },
    async (request) => getDeal(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/deals/:id',
    {
      config: { action: 'deals.collaborate' },
      schema: {
        operationId: 'updateDeal',
        tags,
        summary: 'Edit a deal; a partner user on it may change only the next steps',
        params: ZIdParams,
        body: ZUpdateDeal,
        response: { 200: ZDeal, ...problemResponses },
      },
    },
    async (request) => updateDeal(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/deals/:id/close',
    {
      config: { action: 'deals.write' },
      schema: {
        operationId: 'closeDeal',
        tags,
        summary: 'Close a deal won or lost; settles its registrations and credits the co-selling rep',
        params: ZIdParams,
        body: ZCloseDeal,
        response: { 200: ZDeal, ...problemResponses },
      },
    },
    async (request) => closeDeal(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/deals/:id/partners',
    {
      config: { action: 'deals.write' },
      schema: {
        operationId: 'addDealPartner',
        tags,
        summary: 'Put a partner on a deal as sourcing, influencing, fulfilling or technology partner',
        params: ZIdParams,
        body: ZAddDealPartner,
        response: { 201: ZDeal, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addDealPartner(ctxOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/deals/:id/partners/:partnerId',
    {
      config: { action: 'deals.write' },
      schema: {
        operationId: 'removeDealPartner',
        tags,
        summary: 'Take a partner off a deal',
        params: ZDealPartnerParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await removeDealPartner(ctxOf(request), request.params.id, request.params.partnerId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/deals/:id/notes',
    {
      config: { action: 'deals.collaborate' },
      schema: {
        operationId: 'addDealNote',
        tags,
        summary: 'Add a note to the deal; internal notes (vendor staff only) stay hidden from partners',
        params: ZIdParams,
        body: ZCreateDealNote,
        response: { 201: ZDealNote, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addDealNote(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/deals/:id/tasks',
    {
      config: { action: 'deals.collaborate' },
      schema: {
        operationId: 'addDealTask',
        tags,
        summary: 'Add a task on the deal',
        params: ZIdParams,
        body: ZCreateDealTask,
        response: { 201: ZDealTask, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addDealTask(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/deals/:id/tasks/:taskId',
    {
      config: { action: 'deals.collaborate' },
      schema: {
        operationId: 'updateDealTask',
        tags,
        summary: 'Mark a task done, or not done again',
        params: ZDealTaskParams,
        body: ZUpdateDealTask,
        response: { 200: ZDealTask, ...problemResponses },
      },
    },
    async (request) =>
      completeDealTask(ctxOf(request), request.params.id, request.params.taskId, request.body),
  );

  app.post(
    '/api/deals/:id/touchpoints',
    {
      config: { action: 'deals.collaborate' },
      schema: {
        operationId: 'addTouchpoint',
        tags,
        summary: "Record a partner's touch on the deal (meeting, demo …); a partner records only its own",
        params: ZIdParams,
        body: ZCreateTouchpoint,
        response: { 201: ZTouchpoint, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addTouchpoint(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/deals/:id/private-offers',
    {
      config: { action: 'deals.write' },
      schema: {
        operationId: 'createPrivateOffer',
        tags,
        summary: 'Draft a cloud-marketplace private offer (AWS, Azure, GCP) for the deal',
        params: ZIdParams,
        body: ZCreatePrivateOffer,
        response: { 201: ZPrivateOffer, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPrivateOffer(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/deals/:id/private-offers/:offerId',
    {
      config: { action: 'deals.write' },
      schema: {
        operationId: 'updatePrivateOffer',
        tags,
        summary: "Edit a draft offer's terms or move it along draft → sent → accepted | expired | cancelled",
        params: ZPrivateOfferParams,
        body: ZUpdatePrivateOffer,
        response: { 200: ZPrivateOffer, ...problemResponses },
      },
    },
    async (request) =>
      updatePrivateOffer(ctxOf(request), request.params.id, request.params.offerId, request.body),
  );
};
