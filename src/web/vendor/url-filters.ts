import { useNavigate, useSearch } from '@tanstack/react-router';

type ListPath =
  | '/console/partners'
  | '/console/accounts'
  | '/console/users'
  | '/console/audit'
  | '/console/mapping';

/**
 * A list page's filters and sort live in the URL, so a filtered view can be bookmarked, shared and
 * reached with the back button. Empty values are dropped.
 */
export function useUrlFilters(path: ListPath) {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();

  function set(patch: Record<string, string | number | null | undefined>) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) {
      if (value !== undefined && value !== null && value !== '') next[key] = String(value);
    }
    void navigate({ to: path, search: next, replace: true });
  }

  return {
    search,
    set,
    clear: (keep: string[] = ['sort']) =>
      set(
        Object.fromEntries(
          Object.keys(search)
            .filter((k) => !keep.includes(k))
            .map((k) => [k, undefined]),
        ),
      ),
  };
}
