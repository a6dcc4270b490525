import { useNavigate, useSearch } from '@tanstack/react-router';

type Patch = Record<string, string | number | null | undefined>;

/** The onboarding screen's tab, filters, sort and open checklist, kept in the URL. */
export function useOnboardingSearch() {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();

  function set(patch: Patch, options: { replace?: boolean } = {}) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) {
      if (value !== undefined && value !== null && value !== '') next[key] = String(value);
    }
    void navigate({ to: '/console/onboarding', search: next, replace: options.replace ?? true });
  }

  return { search, set };
}
