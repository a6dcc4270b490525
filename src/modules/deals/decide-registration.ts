import { type Ctx, inTransaction } from '../../platform/context.js';
import { actorUserId } from '../../platform/policy.js';
import { applyDecision } from './apply-decision.js';
import { latestConflict } from './latest-conflict.js';
import { loadRegistration, registrationView } from './load-registration.js';
import type { Registration } from './registrations.schemas.js';
import { activeRuleSet } from './rules/active-rule-set.js';
import { assertStatus } from './transition-registration.js';

/** A partner manager approves or rejects a registration waiting for review, with a reason. */
export async function decideRegistration(
  ctx: Ctx,
  id: string,
  input: { outcome: 'approved' | 'rejected'; reason: string },
): Promise<Registration> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRegistration(tx, id, { forUpdate: true });
    assertStatus(loaded.row, ['submitted', 'under_review'], 'decide');
    const conflict = await latestConflict(tx, id);
    const decided = await applyDecision(tx, loaded, {
      outcome: input.outcome,
      ruleId: 'manager',
      reason: input.reason,
      // A manager approving next to the vendor's own opportunity joins that deal instead of opening one.
      conflictOpportunityId: conflict.conflictOpportunityId,
      conflictRegistrationId: conflict.conflictRegistrationId,
      ruleSet: await activeRuleSet(tx),
      inputs: null,
      decidedBy: actorUserId(tx.actor),
    });
    return registrationView(tx, decided);
  });
}
