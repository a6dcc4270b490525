import type { PartnerTimeline } from './read-partner-timelines.js';

const DAY = 86_400_000;
/** "Goes inactive" looks this far ahead. */
export const CHURN_WINDOW_DAYS = 180;

export const CHURN_FEATURES = [
  'daysSinceActivity',
  'registrations90',
  'touches90',
  'registrationTrend',
  'wins180',
  'atRisk',
  'tierRank',
  'certified',
  'activeYears',
] as const;

export interface ChurnRow {
  partnerId: string;
  partnerName: string;
  at: number;
  values: number[];
  /** 1 when the partner went inactive within the window after `at`; null when the window is not over. */
  label: number | null;
  /** Any registration or touch in the 90 days before `at` (what the baseline looks at). */
  recentlyActive: boolean;
}

const between = (times: readonly number[], from: number, to: number) =>
  times.filter((t) => t >= from && t < to).length;

export function stageAt(timeline: PartnerTimeline, at: number): string | null {
  let stage: string | null = null;
  for (const move of timeline.stageMoves) if (move.at <= at) stage = move.stage;
  return stage;
}

/**
 * A partner goes inactive in (at, at + 180 days] when it moves to churned in that window, or when
 * it submits no registration and logs no deal touch in the whole window.
 */
export function wentInactive(timeline: PartnerTimeline, at: number): boolean {
  const end = at + CHURN_WINDOW_DAYS * DAY;
  const churned = timeline.stageMoves.some((m) => m.stage === 'churned' && m.at > at && m.at <= end);
  const active =
    timeline.registrations.some((t) => t > at && t <= end) ||
    timeline.touches.some((t) => t > at && t <= end);
  return churned || !active;
}

/** The partner as it stood at `at`, from events before `at` only; the label if `labelUntil` covers the window. */
export function churnRow(timeline: PartnerTimeline, at: number, labelUntil: number): ChurnRow {
  const activity = [...timeline.registrations, ...timeline.touches].filter((t) => t < at);
  const firstActive = timeline.stageMoves.find((m) => m.stage === 'active' && m.at < at)?.at ?? at;
  const lastActivity = activity.length ? Math.max(...activity) : firstActive;
  let tierRank = 0;
  for (const move of timeline.tierMoves) if (move.at < at) tierRank = move.rank;
  const registrations90 = between(timeline.registrations, at - 90 * DAY, at);
  const touches90 = between(timeline.touches, at - 90 * DAY, at);
  const values = [
    Math.min(365, (at - lastActivity) / DAY),
    registrations90,
    Math.log1p(touches90),
    registrations90 - between(timeline.registrations, at - 180 * DAY, at - 90 * DAY),
    between(timeline.wins, at - 180 * DAY, at),
    stageAt(timeline, at) === 'at_risk' ? 1 : 0,
    tierRank,
    timeline.certificates.filter((c) => c.issuedAt < at && c.expiresAt > at).length,
    (at - firstActive) / (365 * DAY),
  ];
  return {
    partnerId: timeline.partnerId,
    partnerName: timeline.partnerName,
    at,
    values,
    label: at + CHURN_WINDOW_DAYS * DAY <= labelUntil ? (wentInactive(timeline, at) ? 1 : 0) : null,
    recentlyActive: registrations90 + touches90 > 0,
  };
}

/** Partners that can churn at `at`: active or at risk then. */
export function inChurnPopulation(timeline: PartnerTimeline, at: number): boolean {
  const stage = stageAt(timeline, at);
  return stage === 'active' || stage === 'at_risk';
}

/** Month starts from the first month anyone was active up to `until`. */
export function monthlySnapshots(timelines: readonly PartnerTimeline[], until: number): number[] {
  const firstActive = Math.min(
    ...timelines.flatMap((t) => t.stageMoves.filter((m) => m.stage === 'active').map((m) => m.at)),
  );
  if (!Number.isFinite(firstActive)) return [];
  const start = new Date(firstActive);
  const snapshots: number[] = [];
  for (let month = 1; ; month++) {
    const at = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + month, 1);
    if (at > until) return snapshots;
    snapshots.push(at);
  }
}
