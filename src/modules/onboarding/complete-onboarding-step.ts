import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorUserId, isVendorActor } from '../../platform/policy.js';
import { getPartner } from '../partners/get-partner.js';
import type { CompleteStepInput, OnboardingDetail } from './onboarding.schemas.js';
import { onboardingSteps } from './onboarding.table.js';
import { loadOnboardingDetail } from './onboarding-view.js';
import { markStepDone, refreshProgress } from './progress.js';
import { lockOnboarding } from './start-onboarding.js';

/**
 * Ticks a step by hand. The partner's admin ticks manual steps; vendor managers may also complete an
 * automatic one whose event will not come (say, an agreement signed outside recruiting). Ticking a
 * step that is already done changes nothing.
 */
export async function completeOnboardingStep(
  ctx: Ctx,
  partnerId: string,
  stepId: string,
  input: CompleteStepInput,
): Promise<OnboardingDetail> {
  return inTransaction(ctx, async (tx) => {
    await getPartner(tx, partnerId);
    const onboarding = await lockOnboarding(tx, partnerId);
    if (!onboarding) throw notFound('Onboarding');
    const [step] = await tx.db
      .select()
      .from(onboardingSteps)
      .where(and(eq(onboardingSteps.id, stepId), eq(onboardingSteps.onboardingId, onboarding.id)))
      .limit(1);
    if (!step) throw notFound('Onboarding step');
    if (step.kind !== 'manual' && !isVendorActor(ctx.actor)) {
      throw new AppError('forbidden', `"${step.title}" completes by itself when ${step.eventType} happens`);
    }
    const at = ctx.clock.now();
    const changed = await markStepDone(tx, step, { at, userId: actorUserId(ctx.actor), note: input.note });
    if (changed) {
      await refreshProgress(tx, onboarding);
      await recordAudit(tx, {
        action: 'onboarding.step_complete',
        entityType: 'onboarding_step',
        entityId: step.id,
        partnerId,
        before: { key: step.key, completedAt: null },
        after: { key: step.key, completedAt: at.toISOString(), note: input.note ?? null },
      });
    }
    return (await loadOnboardingDetail(tx, partnerId))!;
  });
}
