import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { changeCampaignStatus } from './change-campaign-status.js';
import { changeTemplateStatus } from './change-template-status.js';
import { createCampaign } from './create-campaign.js';
import { createTemplate } from './create-template.js';
import { CAMPAIGN_SORTS, findCampaigns } from './find-campaigns.js';
import { findTemplates, TEMPLATE_SORTS } from './find-templates.js';
import { getCampaign } from './get-campaign.js';
import { getMarketingPerformance } from './get-marketing-performance.js';
import { getTemplate } from './get-template.js';
import {
  CAMPAIGN_STATUSES,
  PERFORMANCE_GROUPS,
  TEMPLATE_STATUSES,
  ZCampaign,
  ZCampaignDetail,
  ZCreateCampaign,
  ZCreateTemplate,
  ZPerformance,
  ZPreviewTemplate,
  ZRendered,
  ZTemplate,
  ZTemplateKind,
  ZUpdateCampaign,
  ZUpdateTemplate,
} from './marketing.schemas.js';
import { previewCampaign } from './preview-campaign.js';
import { previewTemplate } from './preview-template.js';
import { publicCampaignRoutes } from './public-campaign.routes.js';
import { updateCampaign } from './update-campaign.js';
import { updateTemplate } from './update-template.js';

function zStatusList<const S extends string>(statuses: readonly [S, ...S[]]) {
  return z
    .string()
    .max(200)
    .transform((value) => value.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(statuses)).min(1))
    .describe(`One status or several, comma-separated: ${statuses.slice(0, 2).join(',')}`)
    .optional();
}

const ZFindTemplatesQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(TEMPLATE_SORTS, '-updatedAt'),
  status: zStatusList(TEMPLATE_STATUSES),
  kind: ZTemplateKind.optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Name contains'),
});

const ZFindCampaignsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(CAMPAIGN_SORTS, '-createdAt'),
  status: zStatusList(CAMPAIGN_STATUSES),
  partnerId: z.uuid().optional(),
  templateId: z.uuid().optional(),
  kind: ZTemplateKind.optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Campaign, partner or template name contains'),
});

const ZPerformanceQuery = z.strictObject({
  groupBy: z.enum(PERFORMANCE_GROUPS).default('campaign'),
  from: z.iso.date().optional().describe('First day (UTC); 90 days before `to` by default'),
  to: z.iso.date().optional().describe('Last day (UTC); today by default'),
  partnerId: z.uuid().optional(),
  templateId: z.uuid().optional(),
  campaignId: z.uuid().optional(),
  kind: ZTemplateKind.optional(),
});

const tags = ['marketing'];

export const marketingRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(publicCampaignRoutes);
  const baseUrl = () => app.services.config.publicUrl.replace(/\/+$/, '');

  app.get(
    '/api/marketing/templates',
    {
      config: { action: 'marketing.read' },
      schema: {
        operationId: 'listCampaignTemplates',
        tags,
        summary:
          'Campaign templates: all for the vendor; the published ones a partner may use for partner users',
        querystring: ZFindTemplatesQuery,
        response: { 200: zPage(ZTemplate), ...problemResponses },
      },
    },
    async (request) => findTemplates(ctxOf(request), request.query),
  );

  app.post(
    '/api/marketing/templates',
    {
      config: { action: 'marketing.manage' },
      schema: {
        operationId: 'createCampaignTemplate',
        tags,
        summary: 'Create a draft template; unknown slots in the body or subject are field errors',
        body: ZCreateTemplate,
        response: { 201: ZTemplate, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createTemplate(ctxOf(request), request.body)),
  );

  app.post(
    '/api/marketing/templates/preview',
    {
      config: { action: 'marketing.manage' },
      schema: {
        operationId: 'previewCampaignTemplateDraft',
        tags,
        summary: 'Render unsaved template text with a sample partner (writes nothing)',
        body: ZPreviewTemplate,
        response: { 200: ZRendered, ...problemResponses },
      },
    },
    async (request) => previewTemplate(ctxOf(request), request.body),
  );

  app.get(
    '/api/marketing/templates/:id',
    {
      config: { action: 'marketing.read' },
      schema: {
        operationId: 'getCampaignTemplate',
        tags,
        summary: 'One template',
        params: ZIdParams,
        response: { 200: ZTemplate, ...problemResponses },
      },
    },
    async (request) => getTemplate(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/marketing/templates/:id',
    {
      config: { action: 'marketing.manage' },
      schema: {
        operationId: 'updateCampaignTemplate',
        tags,
        summary: 'Edit a draft or published template (launched campaigns show the change)',
        params: ZIdParams,
        body: ZUpdateTemplate,
        response: { 200: ZTemplate, ...problemResponses },
      },
    },
    async (request) => updateTemplate(ctxOf(request), request.params.id, request.body),
  );

  for (const [verb, status] of [
    ['publish', 'published'],
    ['archive', 'archived'],
  ] as const) {
    app.post(
      `/api/marketing/templates/:id/${verb}`,
      {
        config: { action: 'marketing.manage' },
        schema: {
          operationId: `${verb}CampaignTemplate`,
          tags,
          summary:
            verb === 'publish'
              ? 'Publish: partners in its audience can make campaigns from it'
              : 'Archive: no new campaigns; launched ones keep running',
          params: ZIdParams,
          response: { 200: ZTemplate, ...problemResponses },
        },
      },
      async (request) => changeTemplateStatus(ctxOf(request), request.params.id, status),
    );
  }

  app.get(
    '/api/marketing/campaigns',
    {
      config: { action: 'marketing.read' },
      schema: {
        operationId: 'listPartnerCampaigns',
        tags,
        summary: "Partner campaigns with their figures (a partner user's own partner's only)",
        querystring: ZFindCampaignsQuery,
        response: { 200: zPage(ZCampaign), ...problemResponses },
      },
    },
    async (request) => findCampaigns(ctxOf(request), request.query),
  );

  app.post(
    '/api/marketing/campaigns',
    {
      config: { action: 'marketing.campaign.write' },
      schema: {
        operationId: 'createPartnerCampaign',
        tags,
        summary: 'Start a draft campaign from a published template the partner may use',
        body: ZCreateCampaign,
        response: { 201: ZCampaignDetail, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createCampaign(ctxOf(request), request.body)),
  );

  app.get(
    '/api/marketing/campaigns/:id',
    {
      config: { action: 'marketing.read' },
      schema: {
        operationId: 'getPartnerCampaign',
        tags,
        summary: 'One campaign with its tracked links and figures',
        params: ZIdParams,
        response: { 200: ZCampaignDetail, ...problemResponses },
      },
    },
    async (request) => getCampaign(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/marketing/campaigns/:id',
    {
      config: { action: 'marketing.campaign.write' },
      schema: {
        operationId: 'updatePartnerCampaign',
        tags,
        summary: 'Personalize: logo, contact details, offer text, name',
        params: ZIdParams,
        body: ZUpdateCampaign,
        response: { 200: ZCampaignDetail, ...problemResponses },
      },
    },
    async (request) => updateCampaign(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/marketing/campaigns/:id/preview',
    {
      config: { action: 'marketing.read' },
      schema: {
        operationId: 'previewPartnerCampaign',
        tags,
        summary: 'The rendered co-branded asset (HTML and text); partner-supplied text is escaped',
        params: ZIdParams,
        response: { 200: ZRendered, ...problemResponses },
      },
    },
    async (request) => previewCampaign(ctxOf(request), request.params.id, { baseUrl: baseUrl() }),
  );

  for (const [move, summary] of [
    ['launch', 'Launch (or resume): creates the tracked links on the first launch'],
    ['pause', 'Pause: the landing page says the offer has ended; links still lead on'],
    ['end', 'End for good'],
  ] as const) {
    app.post(
      `/api/marketing/campaigns/:id/${move}`,
      {
        config: { action: 'marketing.campaign.write' },
        schema: {
          operationId: `${move}PartnerCampaign`,
          tags,
          summary,
          params: ZIdParams,
          response: { 200: ZCampaignDetail, ...problemResponses },
        },
      },
      async (request) => changeCampaignStatus(ctxOf(request), request.params.id, move),
    );
  }

  app.get(
    '/api/marketing/performance',
    {
      config: { action: 'marketing.read' },
      schema: {
        operationId: 'getMarketingPerformance',
        tags,
        summary:
          'Views, unique visitors, clicks, form fills, leads and conversion: totals, groups and a daily series',
        querystring: ZPerformanceQuery,
        response: { 200: ZPerformance, ...problemResponses },
      },
    },
    async (request) => getMarketingPerformance(ctxOf(request), request.query),
  );
};
