import { useNavigate, useSearch } from '@tanstack/react-router';

/** A page's filters, sort and open dialog live in its URL, so a view can be bookmarked and reached with Back. */
export function useUrlSearch(to: '/portal/learning' | '/portal/certificates') {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  function set(patch: Record<string, string | null | undefined>) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch }))
      if (value !== undefined && value !== null && value !== '') next[key] = value;
    void navigate({ to, search: next, replace: true });
  }
  return { search, set };
}

/** The URL's value when it is one of the allowed ones, else the fallback. */
export function pick<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}
