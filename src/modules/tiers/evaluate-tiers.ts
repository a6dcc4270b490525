import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { LOCK_KEYS } from '../../platform/db/lock-keys.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { setPartnerTier } from '../partners/set-partner-tier.js';
import { type PlannedEvaluation, planTierEvaluation } from './tier-evaluation-plan.js';
import type { TierEvaluationView } from './tiers.schemas.js';
import { partnerTierStates, tierHistory } from './tiers.table.js';

export interface TierEvaluationRun {
  dryRun: boolean;
  evaluatedAt: string;
  unconvertedCurrencies: string[];
  moved: number;
  evaluations: TierEvaluationView[];
}

/** Whether this evaluation changes anything a person would notice (a new tier, warning or approval). */
function moves(planned: PlannedEvaluation): boolean {
  const { action, qualifiedTier } = planned.evaluation;
  if (action === 'keep' || action === 'demotion_pending') return false;
  return !(action === 'promotion_pending_approval' && planned.pendingTier === qualifiedTier);
}

function toView(planned: PlannedEvaluation): TierEvaluationView {
  const { partner, evaluation, metrics } = planned;
  return {
    partnerId: partner.id,
    partnerName: partner.name,
    currentTier: partner.tier,
    qualifiedTier: evaluation.qualifiedTier,
    tierAfter: evaluation.tier,
    action: evaluation.action,
    moves: moves(planned),
    reason: evaluation.reason,
    demotionDueAt: evaluation.demotionDueAt?.toISOString() ?? null,
    metrics: metrics as Record<string, number | null>,
  };
}

async function apply(ctx: Ctx, planned: PlannedEvaluation): Promise<void> {
  const { partner, evaluation, metrics } = planned;
  const now = ctx.clock.now();
  const state = {
    demotionWarnedAt: evaluation.demotionWarnedAt,
    pendingTier: evaluation.action === 'promotion_pending_approval' ? evaluation.qualifiedTier : null,
    lastEvaluatedAt: now,
    lastMetrics: metrics,
  };
  await ctx.db
    .insert(partnerTierStates)
    .values({ partnerId: partner.id, ...state })
    .onConflictDoUpdate({ target: partnerTierStates.partnerId, set: state });
  if (!moves(planned)) return;
  if (evaluation.tier !== partner.tier) await setPartnerTier(ctx, partner.id, evaluation.tier);
  await ctx.db.insert(tierHistory).values({
    id: ctx.ids(),
    partnerId: partner.id,
    action: evaluation.action,
    fromTier: partner.tier,
    toTier: evaluation.action === 'promotion_pending_approval' ? evaluation.qualifiedTier : evaluation.tier,
    reason: evaluation.reason,
    metrics,
    actorId: actorUserId(ctx.actor),
    at: now,
  });
  await publishEvent(ctx, {
    type: `tier.${evaluation.action}`,
    entityType: 'partner',
    entityId: partner.id,
    partnerId: partner.id,
    payload: {
      from: partner.tier,
      to: evaluation.tier,
      qualified: evaluation.qualifiedTier,
      reason: evaluation.reason,
    },
  });
}

/**
 * Evaluates every tiered partner (or one) against the tier program. A dry run only reports who would move
 * and why; otherwise promotions, warnings and demotions are applied in one transaction with history,
 * audit and events.
 */
export async function evaluateTiers(
  ctx: Ctx,
  input: { dryRun: boolean; partnerId?: string | undefined },
): Promise<TierEvaluationRun> {
  const run = async (tx: Ctx) => {
    const plan = await planTierEvaluation(tx, input.partnerId);
    if (!input.dryRun) {
      for (const planned of plan.evaluations) await apply(tx, planned);
      await recordAudit(tx, {
        action: 'tier.evaluate',
        entityType: 'tier_program',
        entityId: 'program',
        after: { moved: plan.evaluations.filter(moves).length, partners: plan.evaluations.length },
      });
    }
    const evaluations = plan.evaluations.map(toView);
    return {
      dryRun: input.dryRun,
      evaluatedAt: plan.evaluatedAt.toISOString(),
      unconvertedCurrencies: plan.unconvertedCurrencies,
      moved: evaluations.filter((e) => e.moves).length,
      evaluations,
    };
  };
  if (input.dryRun) return run(ctx);
  return inTransaction(ctx, async (tx) => {
    // Taken before planning: a run that waited plans from what the run before it applied.
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEYS.tierEvaluation}::bigint)`);
    return run(tx);
  });
}
