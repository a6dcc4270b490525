import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import type { ApplicationFilterQuery, ApplicationSort } from './recruiting-filters';
import type { ApplicationStatus } from './recruiting-stages';

export type ApplicationDetail = Schemas['PartnerApplicationDetail'];
export type ApplicationSummary = Schemas['PartnerApplicationSummary'];
export type CreateApplicationBody = Schemas['CreatePartnerApplication'];
export type UpdateApplicationBody = Schemas['UpdatePartnerApplication'];

/** Everything cached about applications starts with this key, so one invalidation refreshes it all. */
export const RECRUITING_KEY = 'partner-applications';

export interface ApplicationListQuery extends ApplicationFilterQuery {
  status?: string;
  sort: ApplicationSort;
  limit: number;
  cursor?: string;
}

export const fetchApplications = (query: ApplicationListQuery) =>
  unwrap(api.GET('/api/partner-applications', { params: { query } }));

export const applicationSummaryQuery = (filters: ApplicationFilterQuery) =>
  queryOptions({
    queryKey: [RECRUITING_KEY, 'summary', filters],
    queryFn: () => unwrap(api.GET('/api/partner-applications/summary', { params: { query: filters } })),
  });

export const applicationQuery = (id: string) =>
  queryOptions({
    queryKey: [RECRUITING_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/partner-applications/{id}', { params: { path: { id } } })),
  });

export const moveApplication = (id: string, status: Exclude<ApplicationStatus, 'applied'>, reason?: string) =>
  unwrap(
    api.POST('/api/partner-applications/{id}/stage', {
      params: { path: { id } },
      body: { status, ...(reason ? { reason } : {}) },
    }),
  );

export const createApplication = (body: CreateApplicationBody) =>
  unwrap(api.POST('/api/partner-applications', { body }));

export const updateApplication = (id: string, body: UpdateApplicationBody) =>
  unwrap(api.PATCH('/api/partner-applications/{id}', { params: { path: { id } }, body }));
