import { criterionProgress } from '../../analytics/tiering/evaluate-tier.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { getPartnerRow } from '../partners/get-partner.js';
import { planTierEvaluation } from './tier-evaluation-plan.js';
import type { TierProgress } from './tiers.schemas.js';

/**
 * "What do I need for the next tier": the partner's tier and benefits, its trailing metrics now, each
 * criterion of the next tier with how far it is, and any running demotion warning.
 */
export async function getTierProgress(ctx: Ctx, partnerId: string): Promise<TierProgress> {
  const partner = await getPartnerRow(ctx, partnerId);
  const plan = await planTierEvaluation(ctx, partnerId);
  const planned = plan.evaluations[0];
  if (!planned) {
    throw new AppError(
      'conflict',
      `Partners hold tiers from onboarding on; this partner is ${partner.stage}`,
    );
  }
  const current = plan.program.tiers.find((tier) => tier.key === partner.tier) ?? null;
  const next = planned.evaluation.nextTier;
  const nextDefinition = next ? plan.program.tiers.find((tier) => tier.key === next.key) : undefined;
  return {
    partnerId,
    tier: partner.tier,
    benefits: current?.benefits ?? null,
    pendingTier: planned.pendingTier,
    demotionWarnedAt: planned.evaluation.demotionWarnedAt?.toISOString() ?? null,
    demotionDueAt: planned.evaluation.demotionDueAt?.toISOString() ?? null,
    metrics: planned.metrics as Record<string, number | null>,
    nextTier:
      next && nextDefinition ? { key: next.key, name: nextDefinition.name, criteria: next.criteria } : null,
    currentCriteria: (current?.criteria ?? []).map((criterion) =>
      criterionProgress({ metric: criterion.metric as never, min: criterion.min }, planned.metrics),
    ),
    evaluatedAt: plan.evaluatedAt.toISOString(),
  };
}
