import {
  evaluateTier,
  type TierDefinition,
  type TierEvaluation,
  type TierMetric,
  type TierMetrics,
} from '../../analytics/tiering/evaluate-tier.js';
import type { Ctx } from '../../platform/context.js';
import { countCertifiedPeople } from '../enablement/count-certified-people.js';
import { listPartnersInStages, type PartnerTierRow } from '../partners/list-partners-in-stages.js';
import { gatherTierMetrics } from './gather-tier-metrics.js';
import { loadTierProgram } from './get-tier-program.js';
import type { TierProgram } from './tiers.schemas.js';
import { partnerTierStates } from './tiers.table.js';

/** The stages in which a partner holds a tier. */
export const TIERED_STAGES = ['onboarding', 'active', 'at_risk'] as const;

export interface PlannedEvaluation {
  partner: PartnerTierRow;
  metrics: TierMetrics;
  evaluation: TierEvaluation;
  pendingTier: string | null;
}

export interface TierEvaluationPlan {
  program: TierProgram;
  evaluatedAt: Date;
  unconvertedCurrencies: string[];
  evaluations: PlannedEvaluation[];
}

export function tierDefinitionsOf(program: TierProgram): TierDefinition[] {
  return program.tiers.map((tier) => ({
    key: tier.key,
    rank: tier.rank,
    criteria: tier.criteria.map((c) => ({ metric: c.metric as TierMetric, min: c.min })),
  }));
}

/** What tier evaluation would decide for every tiered partner (or one), without writing anything. */
export async function planTierEvaluation(ctx: Ctx, partnerId?: string): Promise<TierEvaluationPlan> {
  const program = await loadTierProgram(ctx.db);
  const evaluatedAt = ctx.clock.now();
  const partners = (await listPartnersInStages(ctx.db, TIERED_STAGES)).filter(
    (partner) => !partnerId || partner.id === partnerId,
  );
  const states = new Map(
    (await ctx.db.select().from(partnerTierStates)).map((state) => [state.partnerId, state]),
  );
  const gathered = await gatherTierMetrics(
    ctx.db,
    program,
    partners.map((p) => p.id),
    evaluatedAt,
    countCertifiedPeople,
  );
  const definitions = tierDefinitionsOf(program);
  const policy = {
    demotionGraceDays: program.demotionGraceDays,
    promotionNeedsApproval: program.promotionNeedsApproval,
  };
  return {
    program,
    evaluatedAt,
    unconvertedCurrencies: gathered.unconvertedCurrencies,
    evaluations: partners.map((partner) => {
      const metrics = gathered.byPartner.get(partner.id) ?? {};
      const state = states.get(partner.id);
      const evaluation = evaluateTier(
        definitions,
        metrics,
        { currentTier: partner.tier, demotionWarnedAt: state?.demotionWarnedAt ?? null },
        policy,
        evaluatedAt,
      );
      return { partner, metrics, evaluation, pendingTier: state?.pendingTier ?? null };
    }),
  };
}
