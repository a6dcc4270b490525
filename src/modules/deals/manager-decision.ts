import type { Ctx } from '../../platform/context.js';
import { actorUserId } from '../../platform/policy.js';
import type { DecisionToApply } from './apply-decision.js';
import { latestDecision } from './load-registration.js';
import { activeRuleSet } from './rules/active-rule-set.js';

/**
 * A partner manager's decision, carrying the conflict the latest decision named: a manager approving
 * next to the vendor's own opportunity joins that deal instead of opening one.
 */
export async function managerDecision(
  ctx: Ctx,
  registrationId: string,
  outcome: 'approved' | 'rejected',
  reason: string,
): Promise<DecisionToApply> {
  const latest = await latestDecision(ctx, registrationId);
  return {
    outcome,
    ruleId: 'manager',
    reason,
    conflictRegistrationId: latest?.conflictRegistrationId ?? null,
    conflictOpportunityId: latest?.conflictOpportunityId ?? null,
    ruleSet: await activeRuleSet(ctx),
    inputs: null,
    decidedBy: actorUserId(ctx.actor),
  };
}
