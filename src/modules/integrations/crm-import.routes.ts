import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CSV_UPLOAD_LIMIT,
  csvBytes,
  registerCsvUpload,
  requireCsvBody,
} from '../../platform/http/csv-upload.js';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import {
  ACCOUNT_CONTACT_SORTS,
  findAccountContacts,
  ZAccountContact,
} from '../accounts/find-account-contacts.js';
import {
  CRM_IMPORT_STATUSES,
  ZCrmImport,
  ZCrmImportDetail,
  ZCrmObject,
  ZCrmSource,
  ZSetCrmImportMapping,
  ZUploadCrmImportQuery,
} from './crm-imports.schemas.js';
import { exportPartnerDeals } from './export-partner-deals.js';
import { CRM_IMPORT_SORTS, findCrmImports } from './find-crm-imports.js';
import { getCrmImport } from './get-crm-import.js';
import { runStoredCrmImport } from './run-stored-crm-import.js';
import { setCrmImportMapping } from './set-crm-import-mapping.js';
import { uploadCrmImport } from './upload-crm-import.js';

const tags = ['integrations'];

const ZExportFile = z.any().meta({
  type: 'string',
  description: 'The export: CSV (text/csv) or JSON in the CRM’s own API shape (application/json)',
});

const ZUploadBody = z.any().meta({
  type: 'string',
  format: 'binary',
  description: 'The CRM export: CSV, or Salesforce ({records:[…]}) / HubSpot ({results:[…]}) JSON',
});

const ZDay = z.iso.date().describe('YYYY-MM-DD');

export const crmImportRoutes: FastifyPluginAsyncZod = async (app) => {
  registerCsvUpload(app);

  app.post(
    '/api/integrations/imports',
    {
      config: { action: 'integrations.import' },
      bodyLimit: CSV_UPLOAD_LIMIT,
      preValidation: requireCsvBody,
      schema: {
        operationId: 'uploadCrmImport',
        tags,
        summary: 'Upload a Salesforce or HubSpot export of accounts, contacts or opportunities',
        description:
          'Send the file as text/csv or application/octet-stream (CSV or JSON, detected from the bytes). The answer proposes a column mapping from the source’s usual column names and shows sample values; nothing is imported until the import is applied.',
        consumes: ['text/csv', 'application/octet-stream'],
        querystring: ZUploadCrmImportQuery,
        body: ZUploadBody,
        response: { 201: ZCrmImportDetail, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await uploadCrmImport(ctxOf(request), { ...request.query, bytes: csvBytes(request.body) })),
  );

  app.get(
    '/api/integrations/imports',
    {
      config: { action: 'integrations.import' },
      schema: {
        operationId: 'listCrmImports',
        tags,
        summary: 'CRM imports, newest first, with the report of their last run',
        querystring: z.strictObject({
          ...ZPageQuery,
          sort: zSort(CRM_IMPORT_SORTS, '-createdAt'),
          source: ZCrmSource.optional(),
          object: ZCrmObject.optional(),
          status: z.enum(CRM_IMPORT_STATUSES).optional(),
        }),
        response: { 200: zPage(ZCrmImport), ...problemResponses },
      },
    },
    async (request) => findCrmImports(ctxOf(request), request.query),
  );

  app.get(
    '/api/integrations/imports/:id',
    {
      config: { action: 'integrations.import' },
      schema: {
        operationId: 'getCrmImport',
        tags,
        summary: 'One CRM import: its columns with sample values, mapping and last report',
        params: ZIdParams,
        response: { 200: ZCrmImportDetail, ...problemResponses },
      },
    },
    async (request) => getCrmImport(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/integrations/imports/:id/mapping',
    {
      config: { action: 'integrations.import' },
      schema: {
        operationId: 'setCrmImportMapping',
        tags,
        summary: 'Set which column feeds each Trellis field',
        params: ZIdParams,
        body: ZSetCrmImportMapping,
        response: { 200: ZCrmImportDetail, ...problemResponses },
      },
    },
    async (request) => setCrmImportMapping(ctxOf(request), request.params.id, request.body.mapping),
  );

  app.post(
    '/api/integrations/imports/:id/preview',
    {
      config: { action: 'integrations.import' },
      schema: {
        operationId: 'previewCrmImport',
        tags,
        summary: 'Dry run: what applying would create, update and leave unchanged, and each bad row',
        params: ZIdParams,
        response: { 200: ZCrmImportDetail, ...problemResponses },
      },
    },
    async (request) => runStoredCrmImport(ctxOf(request), request.params.id, true),
  );

  app.post(
    '/api/integrations/imports/:id/apply',
    {
      config: { action: 'integrations.import' },
      schema: {
        operationId: 'applyCrmImport',
        tags,
        summary:
          'Import the good rows (upsert by CRM id) and report each bad one; re-applying changes nothing',
        params: ZIdParams,
        response: { 200: ZCrmImportDetail, ...problemResponses },
      },
    },
    async (request) => runStoredCrmImport(ctxOf(request), request.params.id, false),
  );

  app.get(
    '/api/integrations/exports/partner-deals',
    {
      config: { action: 'integrations.export' },
      schema: {
        operationId: 'exportPartnerDeals',
        tags,
        summary:
          'Partner-sourced and partner-influenced won deals as Salesforce opportunities or HubSpot deals',
        querystring: z.strictObject({
          shape: ZCrmSource,
          format: z.enum(['csv', 'json']).default('csv'),
          from: ZDay.optional().describe('Close dates from this day on'),
          to: ZDay.optional().describe('Close dates before this day'),
        }),
        produces: ['text/csv', 'application/json'],
        response: { 200: ZExportFile, ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await exportPartnerDeals(ctxOf(request), request.query);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(Buffer.from(file.body, 'utf8'));
    },
  );

  app.get(
    '/api/accounts/:id/contacts',
    {
      config: { action: 'accounts.read' },
      schema: {
        operationId: 'listAccountContacts',
        tags: ['accounts'],
        summary: 'The people at an account, as imported from the CRM',
        params: ZIdParams,
        querystring: z.strictObject({ ...ZPageQuery, sort: zSort(ACCOUNT_CONTACT_SORTS, 'lastName') }),
        response: { 200: zPage(ZAccountContact), ...problemResponses },
      },
    },
    async (request) => findAccountContacts(ctxOf(request), request.params.id, request.query),
  );
};
