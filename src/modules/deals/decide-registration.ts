import { type Ctx, inTransaction } from '../../platform/context.js';
import { applyDecision } from './apply-decision.js';
import { decidedView, loadRegistration } from './load-registration.js';
import { managerDecision } from './manager-decision.js';
import type { Registration } from './registrations.schemas.js';
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
    const decided = await applyDecision(
      tx,
      loaded,
      await managerDecision(tx, id, input.outcome, input.reason),
    );
    return decidedView({ ...decided, reason: input.reason });
  });
}
