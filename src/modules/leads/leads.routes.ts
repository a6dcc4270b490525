import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CSV_UPLOAD_LIMIT,
  csvBytes,
  registerCsvUpload,
  requireCsvBody,
  ZCsvUpload,
} from '../../platform/http/csv-upload.js';
import { ZPageQuery, zPage, zQueryBoolean, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { zUpdatedSince } from '../../platform/http/updated-since.js';
import { ZRegistration } from '../deals/registrations.schemas.js';
import { ZRegion } from '../partners/partners.schemas.js';
import { convertLead } from './convert-lead.js';
import { createLead } from './create-lead.js';
import { disqualifyLead } from './disqualify-lead.js';
import { findAcceptanceRates } from './find-acceptance-rates.js';
import { findLeads, getLead, LEAD_SORTS } from './find-leads.js';
import { importLeads } from './import-leads.js';
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  ZAcceptanceRate,
  ZConvertLead,
  ZCreateLead,
  ZDeclinedLead,
  ZLead,
  ZLeadDetail,
  ZLeadImport,
  ZLeadReason,
  ZOfferLead,
  ZRouteLeads,
  ZRoutingRules,
  ZRoutingRun,
  ZRoutingSettings,
  ZUpdateLead,
} from './leads.schemas.js';
import { offerLead } from './offer-lead.js';
import { acceptLead, declineLead } from './respond-to-offer.js';
import { routeLeads } from './route-leads.js';
import { getRoutingRules, replaceRoutingRules } from './routing-rules.js';
import { updateLead } from './update-lead.js';
import { withdrawOffer } from './withdraw-offer.js';

const ZStatusList = z
  .string()
  .max(200)
  .transform((value) => value.split(',').map((s) => s.trim()))
  .pipe(z.array(z.enum(LEAD_STATUSES)).min(1))
  .describe('One status or several, comma-separated: offered,accepted');

const ZFindLeadsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(LEAD_SORTS, '-createdAt'),
  status: ZStatusList.optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  partnerId: z.uuid().optional().describe('The partner the lead is offered to or held by'),
  region: ZRegion.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Company, contact name or email contains, or a domain'),
  updatedSince: zUpdatedSince(),
});

const ZImportLeadsQuery = z.strictObject({
  skipInvalid: zQueryBoolean().describe('Import the valid rows and report the rest'),
  dryRun: zQueryBoolean().describe('Report what the import would do, writing nothing'),
});

const tags = ['leads'];

export const leadRoutes: FastifyPluginAsyncZod = async (app) => {
  registerCsvUpload(app);

  app.get(
    '/api/leads',
    {
      config: { action: 'leads.read' },
      schema: {
        operationId: 'listLeads',
        tags,
        summary:
          "Leads: the vendor's pool; a partner's users see the leads offered to or held by their partner",
        querystring: ZFindLeadsQuery,
        response: { 200: zPage(ZLead), ...problemResponses },
      },
    },
    async (request) => findLeads(ctxOf(request), request.query),
  );

  app.post(
    '/api/leads',
    {
      config: { action: 'leads.write' },
      schema: {
        operationId: 'createLead',
        tags,
        summary:
          'Enter a lead by hand; it is matched to an account, checked for duplicates and waits for routing',
        body: ZCreateLead,
        response: { 201: ZLead, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createLead(ctxOf(request), request.body)),
  );

  app.post(
    '/api/leads/import',
    {
      config: { action: 'leads.import' },
      bodyLimit: CSV_UPLOAD_LIMIT,
      preValidation: requireCsvBody,
      schema: {
        operationId: 'importLeads',
        tags,
        summary: 'Create and update leads from a CSV file, with a per-row report',
        description:
          'Columns (headers in any case): company, website, contact_name, contact_email, contact_phone, contact_title, country (code or name), interests and product_lines (separated by ; or |), estimated_amount (in major units) with currency, score (0–100), external_id. A row whose external_id was imported before updates that lead, so importing the same file again changes nothing. A file with row problems is refused whole unless skipInvalid is set.',
        consumes: ['text/csv'],
        querystring: ZImportLeadsQuery,
        body: ZCsvUpload,
        response: { 200: ZLeadImport, ...problemResponses },
      },
    },
    async (request) =>
      importLeads(ctxOf(request), {
        bytes: csvBytes(request.body),
        skipInvalid: request.query.skipInvalid,
        dryRun: request.query.dryRun,
      }),
  );

  app.post(
    '/api/leads/route',
    {
      config: { action: 'leads.route' },
      schema: {
        operationId: 'routeLeads',
        tags,
        summary:
          'Offer pending leads to partners by the routing rules, or preview who would get what and why',
        body: ZRouteLeads,
        response: { 200: ZRoutingRun, ...problemResponses },
      },
    },
    async (request) => routeLeads(ctxOf(request), request.body),
  );

  app.get(
    '/api/leads/routing-rules',
    {
      config: { action: 'leads.route' },
      schema: {
        operationId: 'getLeadRoutingRules',
        tags,
        summary: 'The lead routing rules in force (the defaults until an admin saves them)',
        response: { 200: ZRoutingSettings, ...problemResponses },
      },
    },
    async (request) => getRoutingRules(ctxOf(request)),
  );

  app.put(
    '/api/leads/routing-rules',
    {
      config: { action: 'leads.routing.write' },
      schema: {
        operationId: 'replaceLeadRoutingRules',
        tags,
        summary: 'Replace the lead routing rules: filters, weights, minimums, capacity and the SLA',
        body: ZRoutingRules,
        response: { 200: ZRoutingSettings, ...problemResponses },
      },
    },
    async (request) => replaceRoutingRules(ctxOf(request), request.body),
  );

  app.get(
    '/api/leads/acceptance-rates',
    {
      config: { action: 'leads.read' },
      schema: {
        operationId: 'listLeadAcceptanceRates',
        tags,
        summary: "Each partner's lead acceptance rate over the last 90 days, with its open load and capacity",
        response: { 200: z.object({ items: z.array(ZAcceptanceRate) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findAcceptanceRates(ctxOf(request)) }),
  );

  app.get(
    '/api/leads/:id',
    {
      config: { action: 'leads.read' },
      schema: {
        operationId: 'getLead',
        tags,
        summary: 'One lead with its offers (partner users: only their own offer)',
        params: ZIdParams,
        response: { 200: ZLeadDetail, ...problemResponses },
      },
    },
    async (request) => getLead(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/leads/:id',
    {
      config: { action: 'leads.write' },
      schema: {
        operationId: 'updateLead',
        tags,
        summary: 'Correct a lead; the account match and region follow the company, website and country',
        params: ZIdParams,
        body: ZUpdateLead,
        response: { 200: ZLead, ...problemResponses },
      },
    },
    async (request) => updateLead(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/leads/:id/disqualify',
    {
      config: { action: 'leads.write' },
      schema: {
        operationId: 'disqualifyLead',
        tags,
        summary: 'Rule a lead out with a reason; a pending offer is withdrawn',
        params: ZIdParams,
        body: ZLeadReason,
        response: { 200: ZLead, ...problemResponses },
      },
    },
    async (request) => disqualifyLead(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/leads/:id/offer',
    {
      config: { action: 'leads.route' },
      schema: {
        operationId: 'offerLead',
        tags,
        summary: 'Offer a lead to a chosen partner (replacing a pending offer to another)',
        params: ZIdParams,
        body: ZOfferLead,
        response: { 200: ZLead, ...problemResponses },
      },
    },
    async (request) => offerLead(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/leads/:id/withdraw',
    {
      config: { action: 'leads.route' },
      schema: {
        operationId: 'withdrawLeadOffer',
        tags,
        summary: 'Take back a pending offer; the lead returns to the pool',
        params: ZIdParams,
        response: { 200: ZLead, ...problemResponses },
      },
    },
    async (request) => withdrawOffer(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/leads/:id/accept',
    {
      config: { action: 'leads.respond' },
      schema: {
        operationId: 'acceptLead',
        tags,
        summary: "Accept a lead offered to one's partner, within the SLA",
        params: ZIdParams,
        response: { 200: ZLead, ...problemResponses },
      },
    },
    async (request) => acceptLead(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/leads/:id/decline',
    {
      config: { action: 'leads.respond' },
      schema: {
        operationId: 'declineLead',
        tags,
        summary: 'Decline a lead offered to one’s partner, with a reason; it goes on to the next partner',
        params: ZIdParams,
        body: ZLeadReason,
        response: { 200: ZDeclinedLead, ...problemResponses },
      },
    },
    async (request) => declineLead(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/leads/:id/convert',
    {
      config: { action: 'leads.respond' },
      schema: {
        operationId: 'convertLead',
        tags,
        summary: 'Turn an accepted lead into a deal registration for one’s partner',
        params: ZIdParams,
        body: ZConvertLead,
        response: {
          200: z.object({ lead: ZLead, registration: ZRegistration }).meta({ id: 'ConvertedLead' }),
          ...problemResponses,
        },
      },
    },
    async (request) => convertLead(ctxOf(request), request.params.id, request.body),
  );
};
