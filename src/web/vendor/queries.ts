import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { fetchAll } from '../shared/data-table/csv-export';

export type PartnerSummary = Schemas['PartnerSummary'];
export type CountByKey = PartnerSummary['byStage'][number];

export const partnerSummaryQuery = queryOptions({
  queryKey: ['partners', 'summary'],
  queryFn: () => unwrap(api.GET('/api/partners/summary')),
});

export type User = Schemas['User'];

/** Every vendor user (for owner pickers and names); only roles that may read users ask for it. */
export function useVendorUsers(enabled = true) {
  return useQuery({
    queryKey: ['users', 'vendor-all'],
    enabled,
    staleTime: 60_000,
    queryFn: () =>
      fetchAll<User>((cursor) =>
        unwrap(
          api.GET('/api/users', { params: { query: { kind: 'vendor', limit: 200, sort: 'name', cursor } } }),
        ),
      ),
  });
}

export function ownerOptions(users: User[] | undefined) {
  return (users ?? [])
    .filter((u) => u.status !== 'disabled')
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
}

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: ['users', 'one', id],
    staleTime: 5 * 60_000,
    queryFn: () => unwrap(api.GET('/api/users/{id}', { params: { path: { id } } })),
  });

export const partnerQuery = (id: string) =>
  queryOptions({
    queryKey: ['partners', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/partners/{id}', { params: { path: { id } } })),
  });
