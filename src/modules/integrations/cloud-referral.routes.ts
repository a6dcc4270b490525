import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { applyCloudUpdates } from './apply-cloud-updates.js';
import {
  ZCloudReferral,
  ZCloudReferralParams,
  ZCloudReferralPreview,
  ZCloudReferralPreviewQuery,
  ZCloudUpdateResult,
  ZCloudUpdates,
  ZExportCloudReferral,
} from './cloud-referrals.schemas.js';
import { exportCloudReferral } from './export-cloud-referral.js';
import { findCloudReferrals } from './find-cloud-referrals.js';
import { previewCloudReferral } from './preview-cloud-referral.js';

const tags = ['co-sell'];

export const cloudReferralRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/deals/:id/cloud-referrals',
    {
      config: { action: 'cosell.exchange' },
      schema: {
        operationId: 'listCloudReferrals',
        tags,
        summary: 'The deal’s exports to cloud co-sell programs, with the cloud side’s status and stage',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZCloudReferral) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findCloudReferrals(ctxOf(request), request.params.id) }),
  );

  app.get(
    '/api/deals/:id/cloud-referrals/:format/preview',
    {
      config: { action: 'cosell.exchange' },
      schema: {
        operationId: 'previewCloudReferral',
        tags,
        summary: 'The payload a deal would be shared with, and the required fields it still lacks',
        params: ZCloudReferralParams,
        querystring: ZCloudReferralPreviewQuery,
        response: { 200: ZCloudReferralPreview, ...problemResponses },
      },
    },
    async (request) => {
      const { facts: _facts, ...preview } = await previewCloudReferral(
        ctxOf(request),
        request.params.id,
        request.params.format,
        request.query,
      );
      return preview;
    },
  );

  app.post(
    '/api/deals/:id/cloud-referrals/:format',
    {
      config: { action: 'cosell.exchange' },
      schema: {
        operationId: 'exportCloudReferral',
        tags,
        summary:
          'Share a deal in a cloud provider’s format: records the export and returns the payload to send',
        description:
          'Refused with 422 and every missing field while the deal lacks a field the format requires (see the preview).',
        params: ZCloudReferralParams,
        body: ZExportCloudReferral,
        response: { 200: ZCloudReferralPreview, ...problemResponses },
      },
    },
    async (request) =>
      exportCloudReferral(ctxOf(request), request.params.id, request.params.format, request.body),
  );

  app.post(
    '/api/integrations/cloud-updates',
    {
      config: { action: 'cosell.exchange' },
      schema: {
        operationId: 'applyCloudUpdates',
        tags,
        summary: 'Take a cloud provider’s opportunity or referral updates back onto the shared deals',
        description:
          'AWS Partner Central (GetOpportunity-like records), the legacy ACE outbound file, or Microsoft referrals. Matched by the provider’s id or the deal id sent as the partner’s identifier; each item is applied or reported on its own.',
        body: ZCloudUpdates,
        response: { 200: ZCloudUpdateResult, ...problemResponses },
      },
    },
    async (request) => applyCloudUpdates(ctxOf(request), request.body),
  );
};
