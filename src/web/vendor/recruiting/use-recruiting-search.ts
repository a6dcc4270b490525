import { useNavigate, useSearch } from '@tanstack/react-router';

type Patch = Record<string, string | number | null | undefined>;

/**
 * The recruiting screen's state in the URL (view, filters, sort, the open application), so a view can
 * be bookmarked, shared and reached with the back button. Empty values are dropped.
 */
export function useRecruitingSearch() {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();

  function set(patch: Patch, options: { replace?: boolean } = {}) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) {
      if (value !== undefined && value !== null && value !== '') next[key] = String(value);
    }
    void navigate({ to: '/console/recruiting', search: next, replace: options.replace ?? true });
  }

  return { search, set };
}
