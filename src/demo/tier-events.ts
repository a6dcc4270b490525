import { approvePromotion } from '../modules/tiers/approve-promotion.js';
import { findTierHistory } from '../modules/tiers/find-tier-history.js';
import { getTierProgress } from '../modules/tiers/get-tier-progress.js';
import { replaceTierProgram } from '../modules/tiers/replace-tier-program.js';
import { setCustomMetric } from '../modules/tiers/set-custom-metric.js';
import { evaluateTiersJob } from '../modules/tiers/tier-jobs.js';
import { DEMO_TIER_PROGRAM, REFERENCE_METRIC } from './demo-tier-program.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import { type LifecyclePartner, managerOf } from './lifecycle-partners.js';
import type { TierStory } from './plan-tiers.js';

/** A manager approves the promotions waiting: its partners whose last tier decision asked for approval. */
async function approveWaiting(
  world: DemoWorld,
  managerKey: string,
  partners: readonly LifecyclePartner[],
  day: number,
) {
  const ctx = world.as(managerKey);
  for (const partner of partners) {
    // Partners hold tiers from onboarding on, until they churn.
    const tiered =
      partner.onboardingDay !== null &&
      partner.onboardingDay < day &&
      (partner.churnDay === null || partner.churnDay > day);
    if (managerOf(partner) !== managerKey || !tiered) continue;
    const partnerId = world.partnerId(partner.index);
    const [latest] = await findTierHistory(ctx, partnerId);
    if (latest?.action !== 'promotion_pending_approval') continue;
    const progress = await getTierProgress(ctx, partnerId);
    if (progress.pendingTier) await approvePromotion(ctx, partnerId);
  }
}

/**
 * The program owner introduces the tier program; the scheduled evaluation runs on the first of every
 * month; partner managers approve the promotions waiting for them a week later; references are counted
 * after every quarterly review.
 */
export function tierEvents(story: TierStory, partners: readonly LifecyclePartner[]): DemoEvent[] {
  const program: DemoEvent = {
    day: story.programDay,
    minute: 120,
    run: (world) => replaceTierProgram(world.as('admin'), DEMO_TIER_PROGRAM),
  };
  const references = story.referenceRounds.map(
    (round): DemoEvent => ({
      day: round.day,
      minute: 150,
      run: (world) =>
        setCustomMetric(
          world.as('admin'),
          REFERENCE_METRIC,
          round.values.map((v) => ({ partnerId: world.partnerId(v.partnerIndex), value: v.value })),
        ),
    }),
  );
  const evaluations = story.evaluationDays.map(
    (day): DemoEvent => ({ day, minute: 0, run: (world) => evaluateTiersJob.run(world.as(null)) }),
  );
  const managers = [...new Set(partners.map(managerOf))].sort();
  const approvals = story.approvalDays.flatMap((day) =>
    managers.map(
      (managerKey, i): DemoEvent => ({
        day,
        minute: 150 + i * 15,
        run: (world) => approveWaiting(world, managerKey, partners, day),
      }),
    ),
  );
  return [program, ...references, ...evaluations, ...approvals];
}
