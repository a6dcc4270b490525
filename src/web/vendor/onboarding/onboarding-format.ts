import type { FirstRevenueCohort, Onboarding } from './onboarding-api';

const DAY_MS = 86_400_000;

/** Whole days an onboarding has run: until it completed, else until now. */
export function daysInOnboarding(
  onboarding: Pick<Onboarding, 'startedAt' | 'completedAt'>,
  now: number = Date.now(),
): number {
  const end = onboarding.completedAt ? Date.parse(onboarding.completedAt) : now;
  return Math.max(0, Math.floor((end - Date.parse(onboarding.startedAt)) / DAY_MS));
}

/** Days without progress, for the stalled hint ("no progress for 16 days"). */
export function daysSinceProgress(
  onboarding: Pick<Onboarding, 'lastProgressAt'>,
  now: number = Date.now(),
): number {
  return Math.max(0, Math.floor((now - Date.parse(onboarding.lastProgressAt)) / DAY_MS));
}

/** A number of days such as "1 day", "12 days" or "4.5 days"; "—" when there is none. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return '—';
  const rounded = Math.round(days * 10) / 10;
  return `${rounded.toLocaleString('en')} ${rounded === 1 ? 'day' : 'days'}`;
}

const EVENT_LABELS: Record<string, string> = {
  'recruiting.signed': 'the application is signed in recruiting',
  'user.invited': 'a portal user is invited',
  'enablement.course_completed': 'someone completes a course',
  'enablement.certified': 'someone earns a certification',
  'registration.registered': 'the partner registers a deal',
  'registration.approved': 'a deal registration is approved',
  'campaign.launched': 'the partner launches a co-branded campaign',
  'deal.won': 'a partner deal closes won',
};

/** Events a checklist step can wait for, offered in the template editor (others may be typed). */
export const KNOWN_STEP_EVENTS = Object.keys(EVENT_LABELS);

/** What completes an automatic step, in words: "when a portal user is invited". */
export function eventLabel(eventType: string | null | undefined): string {
  if (!eventType) return '';
  return EVENT_LABELS[eventType] ?? eventType;
}

/** Cohorts for the chart: oldest first, the median rounded to whole days (null, so no bar, before any win). */
export function cohortChartData(cohorts: readonly FirstRevenueCohort[]) {
  return [...cohorts]
    .sort((a, b) => a.cohort.localeCompare(b.cohort))
    .map((c) => ({
      cohort: c.cohort,
      medianDays: c.medianDays === null ? null : Math.round(c.medianDays),
      activated: c.activated,
      withRevenue: c.withRevenue,
    }));
}
