import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { operations } from '../../../client/schema';
import { api, type Schemas, unwrap } from '../api/client';

export type OverlapMatrix = Schemas['OverlapMatrix'];
export type Population = Schemas['MappingPopulation'];
export type OverlapRow = Schemas['OverlapRow'];
export type MappingImport = Schemas['MappingImport'];
export type PartnerAccount = Schemas['PartnerAccount'];
export type SharingSettings = Schemas['SharingSettings'];
export type MappingSide = OverlapMatrix['viewerSide'];
export type SharingLevel = Population['sharing'];

/** The lists the API names; `pair` is any population pair, picked from a heat map cell. */
export const OVERLAP_LISTS = [
  'co_sell',
  'introductions',
  'co_sell_now',
  'upsell_together',
  'white_space',
  'pair',
] as const;
export type OverlapListName = (typeof OVERLAP_LISTS)[number];
export type NamedList = Exclude<OverlapListName, 'pair'>;

export const NAMED_LISTS: readonly NamedList[] = [
  'co_sell',
  'introductions',
  'co_sell_now',
  'upsell_together',
  'white_space',
];

export const LIST_LABELS: Record<OverlapListName, string> = {
  co_sell: 'Co-sell (prioritized)',
  introductions: 'Introductions',
  co_sell_now: 'Co-sell now',
  upsell_together: 'Upsell together',
  white_space: 'White space',
  pair: 'Population pair',
};

/** What each list holds, said from the viewer's side of the relationship. */
export function listDescription(list: OverlapListName, side: MappingSide): string {
  const vendor = side === 'vendor';
  switch (list) {
    case 'co_sell':
      return vendor
        ? "Every overlap worth acting on, best first: your open opportunities at the partner's customers, then your prospects that are its customers, then customers you share."
        : "Every overlap worth acting on, best first: the vendor's open opportunities at your customers, then its prospects that are your customers, then customers you share.";
    case 'introductions':
      return vendor
        ? "Your prospects that are the partner's customers: ask the partner for an introduction."
        : "The vendor's prospects that are your customers: accounts you can introduce the vendor to.";
    case 'co_sell_now':
      return vendor
        ? 'Accounts where you have an open opportunity and the partner has a customer relationship: work these together now.'
        : 'Your customers where the vendor has an open opportunity: work these together now.';
    case 'upsell_together':
      return vendor
        ? "Your customers that are also the partner's customers: expand the footprint together."
        : "Your customers that are also the vendor's customers: expand the footprint together.";
    case 'white_space':
      return vendor
        ? "The partner's customers that are not in your CRM at all: new accounts the partner can bring."
        : "Your customers that are not in the vendor's CRM: new accounts you can bring to the vendor.";
    case 'pair':
      return 'The accounts in both populations of the heat map cell you picked.';
  }
}

export const SHARING_LEVELS = ['hidden', 'counts', 'matched', 'full'] as const;

export const LEVEL_LABELS: Record<SharingLevel, string> = {
  hidden: 'Hidden',
  counts: 'Counts only',
  matched: 'Matched records',
  full: 'Full',
};

export const LEVEL_DESCRIPTIONS: Record<SharingLevel, string> = {
  hidden: 'Nothing: the other side does not even see how many accounts overlap.',
  counts: 'Overlap numbers only, never which accounts.',
  matched: 'The accounts that overlap, by name and website.',
  full: 'Every account, overlapping or not, with country and industry (needed for white space).',
};

export const LEVEL_COLORS: Record<SharingLevel, string> = {
  hidden: 'gray',
  counts: 'blue',
  matched: 'teal',
  full: 'grape',
};

export const levelOptions = SHARING_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }));

export const BASE_LABELS: Record<Population['base'], string> = {
  customer: 'Customers',
  prospect: 'Prospects',
  open_opportunity: 'Accounts with an open opportunity',
  any: 'Any account',
};

export const RULE_LABELS: Record<NonNullable<OverlapRow['rule']>, string> = {
  domain: 'Same domain',
  name: 'Same name',
  fuzzy_name: 'Similar name',
};

export const POPULATION_LABELS: Record<string, string> = {
  customer: 'Customer',
  prospect: 'Prospect',
  open_opportunity: 'Open opportunity',
};

export const populationLabel = (key: string) => POPULATION_LABELS[key] ?? key;

/** The side whose records a viewer reads through sharing: the other one. */
export const otherSide = (side: MappingSide): MappingSide => (side === 'vendor' ? 'partner' : 'vendor');

export const mappingKey = (partnerId: string) => ['mapping', partnerId] as const;

export const overlapQuery = (partnerId: string) =>
  queryOptions({
    queryKey: [...mappingKey(partnerId), 'overlap'],
    queryFn: () =>
      unwrap(api.GET('/api/mapping/partners/{id}/overlap', { params: { path: { id: partnerId } } })),
  });

export const sharingQuery = (partnerId: string) =>
  queryOptions({
    queryKey: [...mappingKey(partnerId), 'sharing'],
    queryFn: () =>
      unwrap(api.GET('/api/mapping/partners/{id}/sharing', { params: { path: { id: partnerId } } })),
  });

export const importsQuery = (partnerId: string) =>
  queryOptions({
    queryKey: [...mappingKey(partnerId), 'imports'],
    queryFn: () =>
      unwrap(api.GET('/api/mapping/partners/{id}/imports', { params: { path: { id: partnerId } } })),
  });

export const mappingSummaryQuery = queryOptions({
  queryKey: ['mapping', 'summary'],
  queryFn: () => unwrap(api.GET('/api/mapping/summary')),
});

/** The list keys of the paged mapping tables (see useCursorList), refreshed with everything else. */
export const OVERLAP_LIST_KEY = 'mapping-list';
export const PARTNER_ACCOUNTS_KEY = 'mapping-accounts';

/** After an upload, a sharing change, a new population or a refresh every mapping number may change. */
export function invalidateMapping(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const head = query.queryKey[0];
      return (
        head === 'mapping' ||
        head === OVERLAP_LIST_KEY ||
        head === PARTNER_ACCOUNTS_KEY ||
        (head === 'accounts' && query.queryKey[2] === 'partners')
      );
    },
  });
}

export interface ListQuery {
  partnerId: string;
  list: OverlapListName;
  vendorPopulation?: string | undefined;
  partnerPopulation?: string | undefined;
  q?: string | undefined;
  sort: string;
  limit: number;
  cursor?: string | undefined;
}

type ListSort = NonNullable<operations['listOverlaps']['parameters']['query']>['sort'];

export function fetchOverlapList({ partnerId, list, ...query }: ListQuery) {
  return unwrap(
    api.GET('/api/mapping/partners/{id}/lists/{list}', {
      params: {
        path: { id: partnerId, list },
        query: {
          limit: query.limit,
          sort: query.sort as ListSort,
          ...(query.cursor ? { cursor: query.cursor } : {}),
          ...(query.q ? { q: query.q } : {}),
          ...(list === 'pair'
            ? { vendorPopulation: query.vendorPopulation, partnerPopulation: query.partnerPopulation }
            : {}),
        },
      },
    }),
  );
}

/** A file-name-safe form of a partner name, for exports. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'partner'
  );
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
