import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api/client';
import type { RegistrationStatus } from '../../shared/registrations/registration-api';

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

export interface RegistrationFilters {
  status?: string;
  partnerId?: string;
  managerId?: string;
  q?: string;
}

export const registrationQuery = (id: string) =>
  queryOptions({
    queryKey: ['registrations', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/registrations/{id}', { params: { path: { id } } })),
  });
