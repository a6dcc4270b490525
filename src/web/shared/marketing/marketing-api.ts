import type { QueryClient } from '@tanstack/react-query';
import type { paths } from '../../../client/schema';
import { api, type Schemas, unwrap } from '../api/client';

export type CampaignTemplate = Schemas['CampaignTemplate'];
export type PartnerCampaign = Schemas['PartnerCampaign'];
export type PartnerCampaignDetail = Schemas['PartnerCampaignDetail'];
export type CampaignFigures = Schemas['CampaignFigures'];
export type RenderedAsset = Schemas['RenderedCampaignAsset'];
export type MarketingPerformance = Schemas['MarketingPerformance'];
export type TemplateKind = CampaignTemplate['kind'];
export type TemplateStatus = CampaignTemplate['status'];
export type CampaignStatus = PartnerCampaign['status'];

type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
export type TemplateQuery = QueryOf<'/api/marketing/templates'>;
export type CampaignQuery = QueryOf<'/api/marketing/campaigns'>;
export type PerformanceQuery = QueryOf<'/api/marketing/performance'>;

export const TEMPLATE_KINDS: readonly TemplateKind[] = ['email', 'landing_page', 'social_post'];
export const TEMPLATE_STATUSES: readonly TemplateStatus[] = ['draft', 'published', 'archived'];
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['draft', 'launched', 'paused', 'ended'];

export const KIND_LABELS: Record<TemplateKind, string> = {
  email: 'Email',
  landing_page: 'Landing page',
  social_post: 'Social post',
};

/** Every marketing query key starts with this, so one invalidation refreshes the screens. */
export const MARKETING_KEY = 'marketing';

export function invalidateMarketing(queryClient: QueryClient) {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const first = query.queryKey[0];
      return typeof first === 'string' && first.startsWith(MARKETING_KEY);
    },
  });
}

export const fetchTemplates = (query: TemplateQuery) =>
  unwrap(api.GET('/api/marketing/templates', { params: { query } }));

export const fetchCampaigns = (query: CampaignQuery) =>
  unwrap(api.GET('/api/marketing/campaigns', { params: { query } }));

export const fetchPerformance = (query: PerformanceQuery) =>
  unwrap(api.GET('/api/marketing/performance', { params: { query } }));

export const fetchCampaign = (id: string) =>
  unwrap(api.GET('/api/marketing/campaigns/{id}', { params: { path: { id } } }));

export const fetchCampaignPreview = (id: string) =>
  unwrap(api.GET('/api/marketing/campaigns/{id}/preview', { params: { path: { id } } }));

export const fetchTemplate = (id: string) =>
  unwrap(api.GET('/api/marketing/templates/{id}', { params: { path: { id } } }));

export const formatRate = (rate: number) => `${(rate * 100).toFixed(rate > 0 && rate < 0.1 ? 1 : 0)}%`;

/** An address on this server (the API gives paths such as /c/<slug> and /t/<code>). */
export const absoluteUrl = (path: string) => `${window.location.origin}${path}`;
