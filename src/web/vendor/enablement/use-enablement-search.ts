import { useNavigate, useSearch } from '@tanstack/react-router';

export type EnablementListPath =
  | '/console/enablement'
  | '/console/enablement/paths'
  | '/console/enablement/certifications';

/**
 * The filters and sort of an enablement list live in the URL, so a view can be bookmarked and shared;
 * empty values are dropped.
 */
export function useEnablementSearch(path: EnablementListPath) {
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

/** A sort from the URL when the list knows it (with or without "-"), else the fallback. */
export function sortFrom<K extends string>(
  value: string | undefined,
  keys: readonly K[],
  fallback: string,
): string {
  const key = value?.startsWith('-') ? value.slice(1) : value;
  return key && (keys as readonly string[]).includes(key) ? (value as string) : fallback;
}
