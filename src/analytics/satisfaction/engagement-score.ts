/**
 * The portal engagement score of one partner over a trailing window (30 days), 0–100:
 *   50 × (enabled users active at least once / enabled users)
 * + 30 × min(1, days with any activity / 12)   — about three days a week counts as fully regular
 * + 20 × min(1, portal areas used / 5)          — registrations, deals, learning, mapping, campaigns …
 * rounded to a whole number. A partner without enabled users scores 0 on the first part.
 */
export const ENGAGEMENT_WINDOW_DAYS = 30;
export const ENGAGEMENT_WEIGHTS = { users: 50, days: 30, areas: 20 } as const;
export const ENGAGEMENT_FULL_DAYS = 12;
export const ENGAGEMENT_FULL_AREAS = 5;

export interface EngagementInputs {
  enabledUsers: number;
  activeUsers: number;
  activeDays: number;
  areas: number;
}

export interface EngagementComponents {
  /** 0–1 each, before weighting. */
  userShare: number;
  dayShare: number;
  areaShare: number;
  score: number;
}

export function engagementScore(inputs: EngagementInputs): EngagementComponents {
  const userShare = inputs.enabledUsers > 0 ? Math.min(1, inputs.activeUsers / inputs.enabledUsers) : 0;
  const dayShare = Math.min(1, inputs.activeDays / ENGAGEMENT_FULL_DAYS);
  const areaShare = Math.min(1, inputs.areas / ENGAGEMENT_FULL_AREAS);
  const score = Math.round(
    ENGAGEMENT_WEIGHTS.users * userShare +
      ENGAGEMENT_WEIGHTS.days * dayShare +
      ENGAGEMENT_WEIGHTS.areas * areaShare,
  );
  const round3 = (v: number) => Math.round(v * 1000) / 1000;
  return { userShare: round3(userShare), dayShare: round3(dayShare), areaShare: round3(areaShare), score };
}
