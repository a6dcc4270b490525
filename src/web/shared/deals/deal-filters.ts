import { useNavigate, useSearch } from '@tanstack/react-router';
import { type DealStage, isClosed, OPEN_STAGES } from './deal-format';
import { DEAL_SORTS, type DealListQuery, type DealSort } from './deal-queries';

export const DEAL_FILTER_KEYS = ['q', 'stage', 'status', 'source', 'owner'] as const;
export const STATUSES = ['open', 'closed', 'all'] as const;
export type DealStatusFilter = (typeof STATUSES)[number];
const ALL_STAGES: readonly DealStage[] = [...OPEN_STAGES, 'closed_won', 'closed_lost'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The list's filters and sort live in the URL (bookmarkable, shareable, back-button friendly).
 * "owner=me" stands for the signed-in user, so a sales rep's "my deals" link works for every rep.
 */
export function useDealFilters(path: '/console/deals' | '/portal/deals') {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();

  function set(patch: Record<string, string | null | undefined>) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) {
      if (value !== undefined && value !== null && value !== '') next[key] = String(value);
    }
    void navigate({ to: path, search: next, replace: true });
  }

  return {
    search,
    set,
    clear: () => set(Object.fromEntries(DEAL_FILTER_KEYS.map((k) => [k, undefined]))),
  };
}

export function statusFrom(search: Record<string, string | undefined>): DealStatusFilter {
  return (STATUSES as readonly string[]).includes(search.status ?? '')
    ? (search.status as DealStatusFilter)
    : 'open';
}

export function sortFrom(search: Record<string, string | undefined>, fallback: DealSort): DealSort {
  return (DEAL_SORTS as readonly string[]).includes(search.sort ?? '') ? (search.sort as DealSort) : fallback;
}

/** The URL's filters as the list endpoint takes them; anything malformed or contradictory is ignored. */
export function dealQueryFrom(search: Record<string, string | undefined>, userId: string) {
  const status = statusFrom(search);
  const stage = ALL_STAGES.find((s) => s === search.stage);
  const stageFits = stage && (status === 'all' || isClosed(stage) === (status === 'closed'));
  const owner =
    search.owner === 'me' ? userId : search.owner && UUID.test(search.owner) ? search.owner : undefined;
  const query: Omit<DealListQuery, 'limit' | 'cursor' | 'sort'> = {
    q: search.q?.trim() || undefined,
    stage: stageFits ? stage : undefined,
    open: status === 'open' ? 'true' : status === 'closed' ? 'false' : undefined,
    source: search.source === 'direct' || search.source === 'partner' ? search.source : undefined,
    ownerId: owner,
  };
  return query;
}
