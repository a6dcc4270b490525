import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** Every tier query starts with this key, so one invalidation refreshes them all after a change. */
export const TIERS_KEY = ['tiers'] as const;

export const tierProgramQuery = queryOptions({
  queryKey: [...TIERS_KEY, 'program'],
  queryFn: () => unwrap(api.GET('/api/tiers')),
  staleTime: 30_000,
});

export const tierProgressQuery = (partnerId: string) =>
  queryOptions({
    queryKey: [...TIERS_KEY, 'progress', partnerId],
    queryFn: () =>
      unwrap(api.GET('/api/tiers/partners/{id}/progress', { params: { path: { id: partnerId } } })),
    retry: false,
  });

export const tierHistoryQuery = (partnerId: string) =>
  queryOptions({
    queryKey: [...TIERS_KEY, 'history', partnerId],
    queryFn: () =>
      unwrap(api.GET('/api/tiers/partners/{id}/history', { params: { path: { id: partnerId } } })),
  });
