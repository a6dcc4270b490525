import { qualifiedTier, type TierMetric, type TierMetrics } from '../../../analytics/tiering/evaluate-tier';
import type { Schemas } from '../api/client';
import { tierPosition } from './tier-progress';

type Program = Pick<Schemas['TierProgram'], 'tiers' | 'promotionNeedsApproval'>;
type Progress = Pick<
  Schemas['TierProgress'],
  'tier' | 'pendingTier' | 'demotionWarnedAt' | 'demotionDueAt' | 'metrics' | 'currentCriteria'
>;

/** What lies ahead for a partner's tier, most pressing first. */
export type TierOutlook =
  | { kind: 'awaiting_approval'; tier: string }
  | { kind: 'grace'; warnedAt: string; dueAt: string | null; target: string | null }
  | { kind: 'qualifies_higher'; tier: string; needsApproval: boolean }
  | { kind: 'falls_short' }
  | { kind: 'steady' };

/** The best tier the partner's metrics qualify for now, by the same rule the server evaluates with. */
export function qualifiedTierKey(program: Program, metrics: Record<string, number | null>): string | null {
  const definitions = program.tiers.map((tier) => ({
    key: tier.key,
    rank: tier.rank,
    criteria: tier.criteria.map((c) => ({ metric: c.metric as TierMetric, min: c.min })),
  }));
  return qualifiedTier(definitions, metrics as TierMetrics)?.key ?? null;
}

export function tierOutlook(progress: Progress, program: Program): TierOutlook {
  if (progress.pendingTier) return { kind: 'awaiting_approval', tier: progress.pendingTier };
  const qualified = qualifiedTierKey(program, progress.metrics);
  if (progress.demotionWarnedAt) {
    return {
      kind: 'grace',
      warnedAt: progress.demotionWarnedAt,
      dueAt: progress.demotionDueAt,
      target: qualified,
    };
  }
  if (qualified && tierPosition(program.tiers, qualified) > tierPosition(program.tiers, progress.tier)) {
    return { kind: 'qualifies_higher', tier: qualified, needsApproval: program.promotionNeedsApproval };
  }
  if (progress.currentCriteria.some((c) => !c.met)) return { kind: 'falls_short' };
  return { kind: 'steady' };
}
