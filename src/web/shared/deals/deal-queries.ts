import { queryOptions, useQueryClient } from '@tanstack/react-query';
import type { operations } from '../../../client/schema';
import { api, unwrap } from '../api/client';
import { canDo } from '../auth/permissions';
import { isPartnerUser, useSession } from '../auth/session';

export const DEALS_KEY = ['deals'] as const;

export const dealQuery = (id: string) =>
  queryOptions({
    queryKey: [...DEALS_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/deals/{id}', { params: { path: { id } } })),
  });

/** Who is looking at the deal, and what the server lets them do on it. */
export interface DealViewer {
  userId: string;
  userName: string;
  /** The partner organization of a partner user; null for vendor staff. */
  partnerId: string | null;
  isPartner: boolean;
  /** Vendor sales work: stage, amount, partners, offers, closing. */
  canWrite: boolean;
  /** Shared work: next steps, notes, tasks, touchpoints. */
  canCollaborate: boolean;
  canReadUsers: boolean;
}

export function useDealViewer(): DealViewer {
  const user = useSession();
  return {
    userId: user.id,
    userName: user.name,
    partnerId: user.partnerId,
    isPartner: isPartnerUser(user),
    canWrite: canDo(user, 'deals.write'),
    canCollaborate: canDo(user, 'deals.collaborate'),
    canReadUsers: canDo(user, 'users.read'),
  };
}

/** After any change on a deal: the deal view and every deal list load again. */
export function useRefreshDeals() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: DEALS_KEY });
}

export type DealListQuery = NonNullable<operations['listDeals']['parameters']['query']>;
export type DealSort = NonNullable<DealListQuery['sort']>;
export const DEAL_SORTS: readonly DealSort[] = [
  'closeDate',
  '-closeDate',
  'amountMinor',
  '-amountMinor',
  'createdAt',
  '-createdAt',
];

/** One page of the deals list; a partner user's list holds only the deals its organization is on. */
export const fetchDeals = (query: DealListQuery) => unwrap(api.GET('/api/deals', { params: { query } }));
