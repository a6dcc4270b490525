import { oneOf, PARTNER_TYPES, REGIONS } from '../options';

/** The URL keys that narrow the applications (board, tables and summary alike). */
export const APPLICATION_FILTER_KEYS = ['q', 'type', 'region', 'minFit', 'source', 'duplicate'] as const;

export const APPLICATION_SOURCES = ['public_form', 'manual'] as const;

export interface ApplicationFilterQuery {
  q?: string;
  type?: (typeof PARTNER_TYPES)[number];
  region?: (typeof REGIONS)[number];
  minFit?: number;
  source?: (typeof APPLICATION_SOURCES)[number];
  duplicate?: 'true' | 'false';
}

/** The URL's filters as the API takes them; anything malformed is left out rather than sent. */
export function applicationFiltersFrom(search: Record<string, string | undefined>): ApplicationFilterQuery {
  const minFit = Number(search.minFit);
  const query: ApplicationFilterQuery = {};
  const q = search.q?.trim();
  if (q) query.q = q.slice(0, 200);
  const type = oneOf(PARTNER_TYPES, search.type);
  if (type) query.type = type;
  const region = oneOf(REGIONS, search.region);
  if (region) query.region = region;
  if (search.minFit && Number.isInteger(minFit) && minFit > 0 && minFit <= 100) query.minFit = minFit;
  const source = oneOf(APPLICATION_SOURCES, search.source);
  if (source) query.source = source;
  const duplicate = oneOf(['true', 'false'] as const, search.duplicate);
  if (duplicate) query.duplicate = duplicate;
  return query;
}

export const hasApplicationFilters = (search: Record<string, string | undefined>) =>
  Object.keys(applicationFiltersFrom(search)).length > 0;

export const APPLICATION_SORTS = [
  '-fitScore',
  'fitScore',
  '-createdAt',
  'createdAt',
  'companyName',
  '-companyName',
  'statusChangedAt',
  '-statusChangedAt',
] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

/** How the board orders its cards: the best fit, the newest, or the longest waiting in its stage first. */
export const BOARD_ORDERS = [
  { value: '-fitScore', label: 'Best fit first' },
  { value: '-createdAt', label: 'Newest first' },
  { value: 'statusChangedAt', label: 'Longest in stage first' },
] as const;

export function sortFrom(value: string | undefined, fallback: ApplicationSort): ApplicationSort {
  return oneOf(APPLICATION_SORTS, value) ?? fallback;
}
