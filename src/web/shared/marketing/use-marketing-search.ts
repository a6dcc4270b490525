import { useNavigate, useSearch } from '@tanstack/react-router';

export type MarketingListPath = '/console/marketing' | '/console/marketing/campaigns' | '/portal/campaigns';

/** A list's filters and sort live in the URL (bookmarkable); empty values are dropped. */
export function useMarketingSearch(path: MarketingListPath) {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  function set(patch: Record<string, string | null | undefined>) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) {
      if (value !== undefined && value !== null && value !== '') next[key] = value;
    }
    void navigate({ to: path, search: next, replace: true });
  }
  return { search, set };
}

export function pick<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}
