import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import type { PartnerType } from '../options';

export type Onboarding = Schemas['PartnerOnboarding'];
export type OnboardingDetail = Schemas['PartnerOnboardingDetail'];
export type OnboardingStep = OnboardingDetail['steps'][number];
export type OnboardingTemplate = Schemas['OnboardingTemplate'];
export type TemplateBody = Schemas['OnboardingTemplateBody'];
export type FirstRevenueCohort = Schemas['FirstRevenueCohort'];

/** Everything cached about onboardings starts with this key. */
export const ONBOARDINGS_KEY = 'onboardings';
export const TEMPLATES_KEY = 'onboarding-templates';

export const ONBOARDING_SORTS = [
  '-startedAt',
  'startedAt',
  '-percent',
  'percent',
  '-lastProgressAt',
  'lastProgressAt',
] as const;
export type OnboardingSort = (typeof ONBOARDING_SORTS)[number];

export interface OnboardingFilters {
  status?: 'in_progress' | 'completed';
  stalled?: 'true' | 'false';
  partnerType?: PartnerType;
  managerId?: string;
}

export const fetchOnboardings = (
  query: OnboardingFilters & { sort: OnboardingSort; limit: number; cursor?: string },
) => unwrap(api.GET('/api/onboardings', { params: { query } }));

export const onboardingSummaryQuery = (filters: { partnerType?: PartnerType; managerId?: string }) =>
  queryOptions({
    queryKey: [ONBOARDINGS_KEY, 'summary', filters],
    queryFn: () => unwrap(api.GET('/api/onboardings/summary', { params: { query: filters } })),
  });

export const firstRevenueCohortsQuery = queryOptions({
  queryKey: [ONBOARDINGS_KEY, 'first-revenue-cohorts'],
  queryFn: () => unwrap(api.GET('/api/lifecycle/first-revenue/cohorts')),
});

export const partnerOnboardingQuery = (partnerId: string) =>
  queryOptions({
    queryKey: [ONBOARDINGS_KEY, 'partner', partnerId],
    queryFn: () => unwrap(api.GET('/api/partners/{id}/onboarding', { params: { path: { id: partnerId } } })),
  });

export const completeStep = (partnerId: string, stepId: string, note: string | undefined) =>
  unwrap(
    api.POST('/api/partners/{id}/onboarding/steps/{stepId}/complete', {
      params: { path: { id: partnerId, stepId } },
      body: note ? { note } : {},
    }),
  );

export const templatesQuery = queryOptions({
  queryKey: [TEMPLATES_KEY],
  queryFn: () => unwrap(api.GET('/api/onboarding-templates')),
});

export const createTemplate = (body: TemplateBody) => unwrap(api.POST('/api/onboarding-templates', { body }));

export const replaceTemplate = (id: string, body: TemplateBody) =>
  unwrap(api.PUT('/api/onboarding-templates/{id}', { params: { path: { id } }, body }));

export const deleteTemplate = (id: string) =>
  unwrap(api.DELETE('/api/onboarding-templates/{id}', { params: { path: { id } } }));
