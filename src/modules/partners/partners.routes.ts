import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zQueryInt, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { zUpdatedSince } from '../../platform/http/updated-since.js';
import { changePartnerStage } from './change-partner-stage.js';
import { createPartner } from './create-partner.js';
import { deletePartner } from './delete-partner.js';
import { findPartners, PARTNER_SORTS } from './find-partners.js';
import { findStageHistory } from './find-stage-history.js';
import { getPartnerDetail } from './get-partner.js';
import {
  ZChangeStage,
  ZCreatePartner,
  ZPartner,
  ZPartnerDetail,
  ZPartnerStage,
  ZPartnerSummary,
  ZPartnerType,
  ZRegion,
  ZStageChange,
  ZUpdatePartner,
} from './partners.schemas.js';
import { summarizePartners } from './summarize-partners.js';
import { updatePartner } from './update-partner.js';

const ZFindPartnersQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(PARTNER_SORTS, 'name'),
  q: z.string().trim().min(1).max(200).optional().describe('Name contains, or a domain'),
  type: ZPartnerType.optional(),
  stage: ZPartnerStage.optional(),
  region: ZRegion.optional(),
  tier: z.string().max(40).optional(),
  ownerId: z.uuid().optional(),
  specialization: z.string().max(40).optional(),
  minFit: zQueryInt((n) => n.min(0).max(100).optional()),
  updatedSince: zUpdatedSince(),
});

export const partnerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/partners',
    {
      config: { action: 'partners.read' },
      schema: {
        operationId: 'listPartners',
        tags: ['partners'],
        summary: 'Partners and prospects; a partner user sees only its own organization',
        querystring: ZFindPartnersQuery,
        response: { 200: zPage(ZPartner), ...problemResponses },
      },
    },
    async (request) => findPartners(ctxOf(request), request.query),
  );

  app.get(
    '/api/partners/summary',
    {
      config: { action: 'partners.read' },
      schema: {
        operationId: 'summarizePartners',
        tags: ['partners'],
        summary: 'Partner counts by stage, type, region and tier, and the spread of IPP fit',
        response: { 200: ZPartnerSummary, ...problemResponses },
      },
    },
    async (request) => summarizePartners(ctxOf(request)),
  );

  app.post(
    '/api/partners',
    {
      config: { action: 'partners.create' },
      schema: {
        operationId: 'createPartner',
        tags: ['partners'],
        summary: 'Add a partner or recruiting prospect; its IPP fit is scored at once',
        body: ZCreatePartner,
        response: { 201: ZPartner, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createPartner(ctxOf(request), request.body)),
  );

  app.get(
    '/api/partners/:id',
    {
      config: { action: 'partners.read' },
      schema: {
        operationId: 'getPartner',
        tags: ['partners'],
        summary: 'One partner with its owner, IPP fit reasons (vendor only) and counts',
        params: ZIdParams,
        response: { 200: ZPartnerDetail, ...problemResponses },
      },
    },
    async (request) => getPartnerDetail(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/partners/:id',
    {
      config: { action: 'partners.update' },
      schema: {
        operationId: 'updatePartner',
        tags: ['partners'],
        summary: 'Edit a partner; a partner admin may edit only its own profile fields',
        params: ZIdParams,
        body: ZUpdatePartner,
        response: { 200: ZPartner, ...problemResponses },
      },
    },
    async (request) => updatePartner(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/partners/:id',
    {
      config: { action: 'partners.delete' },
      schema: {
        operationId: 'deletePartner',
        tags: ['partners'],
        summary: 'Delete a partner entered by mistake (one with users must be churned instead)',
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deletePartner(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/partners/:id/stage',
    {
      config: { action: 'partners.stage' },
      schema: {
        operationId: 'changePartnerStage',
        tags: ['partners'],
        summary: 'Move a partner along its lifecycle with a reason',
        params: ZIdParams,
        body: ZChangeStage,
        response: { 200: ZPartner, ...problemResponses },
      },
    },
    async (request) => changePartnerStage(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/partners/:id/stage-history',
    {
      config: { action: 'partners.read' },
      schema: {
        operationId: 'listPartnerStageHistory',
        tags: ['partners'],
        summary: 'Every lifecycle change, newest first',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZStageChange) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findStageHistory(ctxOf(request), request.params.id) }),
  );
};
