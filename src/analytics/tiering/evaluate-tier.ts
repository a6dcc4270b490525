/**
 * The tiering kernel: which tier a partner's trailing metrics qualify it for, and what happens to its
 * current tier — promotion at once (or awaiting a manager when the program asks for approval), demotion only
 * after a warning and a grace period, and the progress towards the next tier. Pure: no database, no clock.
 */

export const STANDARD_TIER_METRICS = [
  'sourcedRevenueMinor',
  'influencedRevenueMinor',
  'wonDeals',
  'approvedRegistrations',
  'certifiedPeople',
  'psat',
] as const;
export type StandardTierMetric = (typeof STANDARD_TIER_METRICS)[number];
/** A standard metric, or a program's own (`custom:<key>`), fed from outside. */
export type TierMetric = StandardTierMetric | `custom:${string}`;

/**
 * Metrics the program may not have for every partner: when one is missing, its criterion is not held
 * against the partner (a partner without surveyed customers is not demoted for it).
 */
const OPTIONAL_METRICS: ReadonlySet<string> = new Set(['psat']);

export interface TierCriterion {
  metric: TierMetric;
  /** The least value that meets it (money in minor units, PSAT as a share 0..1). */
  min: number;
}

export interface TierDefinition {
  key: string;
  /** Higher ranks are better tiers; the lowest tier usually has no criteria. */
  rank: number;
  /** All must be met. */
  criteria: readonly TierCriterion[];
}

export interface TierPolicy {
  /** Days between the demotion warning and the demotion itself, if the partner does not recover. */
  demotionGraceDays: number;
  /** Promotions wait for a manager's approval instead of applying at once. */
  promotionNeedsApproval: boolean;
}

export interface PartnerTierState {
  currentTier: string | null;
  /** When the partner was warned that it no longer qualifies for its tier; null when not warned. */
  demotionWarnedAt: Date | null;
}

export type TierMetrics = Partial<Record<TierMetric, number | null>>;

export interface CriterionProgress {
  metric: TierMetric;
  required: number;
  value: number | null;
  met: boolean;
  /** True when the metric is optional and missing, so the criterion does not count. */
  skipped: boolean;
}

export type TierAction =
  | 'keep'
  | 'assign'
  | 'promote'
  | 'promotion_pending_approval'
  | 'demotion_warning'
  | 'demotion_pending'
  | 'demote'
  | 'recovered';

export interface TierEvaluation {
  action: TierAction;
  /** The best tier the metrics qualify for (null when none, e.g. no tier without criteria). */
  qualifiedTier: string | null;
  /** The tier the partner holds after this evaluation. */
  tier: string | null;
  /** Set when a warning starts or continues; null when it ends. */
  demotionWarnedAt: Date | null;
  /** When a running grace period ends. */
  demotionDueAt: Date | null;
  /** For the partner's "what do I need for the next tier" view; null at the top. */
  nextTier: { key: string; criteria: CriterionProgress[] } | null;
  reason: string;
}

const DAY_MS = 86_400_000;

export function criterionProgress(criterion: TierCriterion, metrics: TierMetrics): CriterionProgress {
  const raw = metrics[criterion.metric];
  const missing = raw === undefined || raw === null;
  const skipped = missing && OPTIONAL_METRICS.has(criterion.metric);
  const value = missing ? (skipped ? null : 0) : raw;
  return {
    metric: criterion.metric,
    required: criterion.min,
    value,
    met: skipped || (value ?? 0) >= criterion.min,
    skipped,
  };
}

function qualifies(tier: TierDefinition, metrics: TierMetrics): boolean {
  return tier.criteria.every((criterion) => criterionProgress(criterion, metrics).met);
}

/** The best tier whose criteria are all met; a tier counts only when every tier below it is met too. */
export function qualifiedTier(tiers: readonly TierDefinition[], metrics: TierMetrics): TierDefinition | null {
  let best: TierDefinition | null = null;
  for (const tier of [...tiers].sort((a, b) => a.rank - b.rank)) {
    if (!qualifies(tier, metrics)) break;
    best = tier;
  }
  return best;
}

function nextTierOf(tiers: readonly TierDefinition[], heldRank: number, metrics: TierMetrics) {
  const next = [...tiers].sort((a, b) => a.rank - b.rank).find((tier) => tier.rank > heldRank);
  return next ? { key: next.key, criteria: next.criteria.map((c) => criterionProgress(c, metrics)) } : null;
}

export function evaluateTier(
  tiers: readonly TierDefinition[],
  metrics: TierMetrics,
  state: PartnerTierState,
  policy: TierPolicy,
  now: Date,
): TierEvaluation {
  const best = qualifiedTier(tiers, metrics);
  const current = tiers.find((tier) => tier.key === state.currentTier) ?? null;
  const bestRank = best?.rank ?? Number.NEGATIVE_INFINITY;
  const currentRank = current?.rank ?? Number.NEGATIVE_INFINITY;
  const result = (
    action: TierAction,
    tier: TierDefinition | null,
    reason: string,
    warnedAt: Date | null = null,
  ): TierEvaluation => ({
    action,
    qualifiedTier: best?.key ?? null,
    tier: tier?.key ?? null,
    demotionWarnedAt: warnedAt,
    demotionDueAt: warnedAt ? new Date(warnedAt.getTime() + policy.demotionGraceDays * DAY_MS) : null,
    nextTier: nextTierOf(tiers, tier?.rank ?? Number.NEGATIVE_INFINITY, metrics),
    reason,
  });

  if (bestRank > currentRank) {
    if (!current) return result('assign', best, `Qualifies for ${best!.key}`);
    if (policy.promotionNeedsApproval) {
      return result(
        'promotion_pending_approval',
        current,
        `Qualifies for ${best!.key}; awaiting a manager's approval`,
      );
    }
    return result('promote', best, `Promoted from ${current.key} to ${best!.key}: every criterion is met`);
  }
  if (bestRank === currentRank) {
    return state.demotionWarnedAt
      ? result(
          'recovered',
          current,
          `Qualifies for ${current?.key ?? 'its tier'} again; the demotion warning is lifted`,
        )
      : result('keep', current, `Still qualifies for ${current?.key ?? 'no tier'}`);
  }
  const missed = current!.criteria
    .map((criterion) => criterionProgress(criterion, metrics))
    .filter((progress) => !progress.met)
    .map((progress) => `${progress.metric} ${progress.value ?? 0} < ${progress.required}`)
    .join(', ');
  const target = best?.key ?? 'no tier';
  if (!state.demotionWarnedAt) {
    return result(
      'demotion_warning',
      current,
      `No longer meets ${current!.key} (${missed}); demotion to ${target} after ${policy.demotionGraceDays} days unless it recovers`,
      now,
    );
  }
  const due = state.demotionWarnedAt.getTime() + policy.demotionGraceDays * DAY_MS;
  if (now.getTime() < due) {
    return result(
      'demotion_pending',
      current,
      `Grace period running: ${current!.key} is kept until the due date`,
      state.demotionWarnedAt,
    );
  }
  return result(
    'demote',
    best,
    `Demoted from ${current!.key} to ${target} after the grace period (${missed})`,
  );
}
