import { eq } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { attachRegistrationToDeal } from './attach-registration-to-deal.js';
import type { LoadedRegistration } from './load-registration.js';
import { recordRegistrationChange } from './record-registration-change.js';
import { registrationDecisions, registrations } from './registrations.table.js';
import type { ActiveRuleSet } from './rules/active-rule-set.js';
import type { DecisionInputs, RuleDecision } from './rules/decision-inputs.js';
import { protectionDaysFor } from './rules/rule-set-config.js';

export interface DecisionToApply extends RuleDecision {
  ruleSet: ActiveRuleSet;
  inputs: DecisionInputs | null;
  /** The manager who decided, or null for an automatic decision. */
  decidedBy: string | null;
  /** The account's owning rep when already known, so an approval need not read it again. */
  accountOwnerId?: string | null;
}

/** Stores the decision, moves the registration, and on approval starts protection and opens the deal. */
export async function applyDecision(
  ctx: Ctx,
  loaded: LoadedRegistration,
  decision: DecisionToApply,
): Promise<LoadedRegistration> {
  const before = loaded.row;
  const now = ctx.clock.now();
  await ctx.db.insert(registrationDecisions).values({
    id: ctx.ids(),
    registrationId: before.id,
    outcome: decision.outcome,
    ruleId: decision.ruleId,
    ruleSetId: decision.ruleSet.id,
    ruleSetVersion: decision.ruleSet.version,
    reason: decision.reason,
    inputs: decision.inputs ?? {},
    conflictRegistrationId: decision.conflictRegistrationId,
    conflictOpportunityId: decision.conflictOpportunityId,
    decidedBy: decision.decidedBy,
    at: now,
  });
  const approved = decision.outcome === 'approved';
  const days = protectionDaysFor(decision.ruleSet.config, loaded.partnerTier, loaded.tierProtectionDays);
  const dealId = approved
    ? await attachRegistrationToDeal(ctx, before, decision.conflictOpportunityId, decision.accountOwnerId)
    : before.opportunityId;
  const [after] = await ctx.db
    .update(registrations)
    .set({
      status: decision.outcome,
      decidedAt: now,
      opportunityId: dealId,
      ...(approved ? { approvedAt: now, protectedUntil: addDays(now, days), reminderSentAt: null } : {}),
      updatedAt: now,
    })
    .where(eq(registrations.id, before.id))
    .returning();
  await recordRegistrationChange(ctx, {
    before,
    after: after!,
    action: decision.outcome === 'under_review' ? 'routed_to_review' : decision.outcome,
    reason: decision.reason,
    eventPayload: {
      ruleId: decision.ruleId,
      ruleSetVersion: decision.ruleSet.version,
      automatic: !decision.decidedBy,
    },
  });
  return { ...loaded, row: after! };
}
