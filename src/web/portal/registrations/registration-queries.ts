import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import {
  fetchRegistrations,
  type Registration,
  type RegistrationStatus,
} from '../../shared/registrations/registration-api';

export type CreateRegistrationBody = Schemas['CreateRegistration'];
export type UpdateRegistrationBody = Schemas['UpdateRegistration'];

/** Everything the portal caches about registrations starts with this key, so one invalidation refreshes it. */
export const REGISTRATIONS_KEY = 'portal-registrations';

export const registrationKey = (id: string) => [REGISTRATIONS_KEY, 'detail', id] as const;

export const registrationQuery = (id: string) =>
  queryOptions({
    queryKey: registrationKey(id),
    queryFn: () => unwrap(api.GET('/api/registrations/{id}', { params: { path: { id } } })),
  });

/** At most this many pages of 200 are read to count a status for the headline tiles. */
const COUNT_PAGES = 10;

export interface StatusTally {
  items: Registration[];
  /** false when there were more than COUNT_PAGES pages: the count is a lower bound. */
  complete: boolean;
}

/** Every registration in the given statuses (read page by page), for the headline numbers. */
export const statusTallyQuery = (statuses: readonly RegistrationStatus[]) =>
  queryOptions({
    queryKey: [REGISTRATIONS_KEY, 'tally', statuses.join(',')],
    queryFn: async (): Promise<StatusTally> => {
      const items: Registration[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < COUNT_PAGES; page++) {
        const result = await fetchRegistrations({
          status: statuses.join(','),
          sort: '-createdAt',
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        items.push(...result.items);
        cursor = result.nextCursor ?? undefined;
        if (!cursor) return { items, complete: true };
      }
      return { items, complete: false };
    },
  });

export const registrationApi = {
  create: (body: CreateRegistrationBody) => unwrap(api.POST('/api/registrations', { body })),
  update: (id: string, body: UpdateRegistrationBody) =>
    unwrap(api.PATCH('/api/registrations/{id}', { params: { path: { id } }, body })),
  submit: (id: string) => unwrap(api.POST('/api/registrations/{id}/submit', { params: { path: { id } } })),
  withdraw: (id: string, reason: string) =>
    unwrap(api.POST('/api/registrations/{id}/withdraw', { params: { path: { id } }, body: { reason } })),
  extend: (id: string, reason: string) =>
    unwrap(api.POST('/api/registrations/{id}/extend', { params: { path: { id } }, body: { reason } })),
  dispute: (id: string, reason: string) =>
    unwrap(api.POST('/api/registrations/{id}/dispute', { params: { path: { id } }, body: { reason } })),
};

const DAY_MS = 86_400_000;

/** Whole days from now until an instant (0 on the last day, negative once past). */
export function daysUntil(iso: string, now = Date.now()): number {
  return Math.ceil((Date.parse(iso) - now) / DAY_MS);
}

/** Whether a registration protects its account right now. */
export const isProtected = (r: Pick<Registration, 'status' | 'protectedUntil'>, now = Date.now()) =>
  r.status === 'approved' && r.protectedUntil !== null && Date.parse(r.protectedUntil) > now;

/** The statuses a partner should look at: waiting for the vendor, contested, or refused. */
export const NEEDS_ATTENTION: readonly RegistrationStatus[] = ['under_review', 'disputed', 'rejected'];

/** Approved registrations whose protection ends within this many days count as expiring soon. */
export const EXPIRING_SOON_DAYS = 14;
