import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../shared/api/client';

export type Registration = Schemas['Registration'];
export type RegistrationDetail = Schemas['RegistrationDetail'];
export type RegistrationStatus = Registration['status'];

export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = [
  'draft',
  'submitted',
  'under_review',
  'disputed',
  'approved',
  'rejected',
  'expired',
  'won',
  'lost',
  'withdrawn',
];

/** What waits for a partner manager. */
export const QUEUE_STATUSES: readonly RegistrationStatus[] = ['under_review', 'disputed'];

export const REGISTRATION_SORTS = [
  'createdAt',
  '-createdAt',
  'expectedClose',
  '-expectedClose',
  'amountMinor',
  '-amountMinor',
] as const;
export type RegistrationSort = (typeof REGISTRATION_SORTS)[number];

export interface RegistrationFilters {
  status?: string;
  partnerId?: string;
  managerId?: string;
  q?: string;
}

export const fetchRegistrations = (
  query: RegistrationFilters & { sort: RegistrationSort; limit: number; cursor?: string },
) => unwrap(api.GET('/api/registrations', { params: { query } }));

export const registrationQuery = (id: string) =>
  queryOptions({
    queryKey: ['registrations', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/registrations/{id}', { params: { path: { id } } })),
  });
