import { and, eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { actorUserId } from '../../platform/policy.js';
import { applyDecision } from './apply-decision.js';
import { loadRegistration, registrationView } from './load-registration.js';
import { managerDecision } from './manager-decision.js';
import type { Registration, RegistrationStatus } from './registrations.schemas.js';
import { registrationDisputes } from './registrations.table.js';
import { assertStatus, transitionRegistration } from './transition-registration.js';

/** Overturn approves the registration; uphold returns it to the decision that was disputed. */
export async function resolveDispute(
  ctx: Ctx,
  id: string,
  input: { outcome: 'overturn' | 'uphold'; reason: string },
): Promise<Registration> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRegistration(tx, id, { forUpdate: true });
    assertStatus(loaded.row, ['disputed'], 'resolve a dispute on');
    const [dispute] = await tx.db
      .update(registrationDisputes)
      .set({
        status: input.outcome === 'overturn' ? 'overturned' : 'upheld',
        resolution: input.reason,
        resolvedBy: actorUserId(tx.actor),
        resolvedAt: tx.clock.now(),
      })
      .where(and(eq(registrationDisputes.registrationId, id), eq(registrationDisputes.status, 'open')))
      .returning();
    const resolved =
      input.outcome === 'overturn'
        ? await applyDecision(
            tx,
            loaded,
            await managerDecision(
              tx,
              id,
              'approved',
              `Dispute upheld in the partner's favour: ${input.reason}`,
            ),
          )
        : await transitionRegistration(tx, loaded, {
            to: (dispute?.disputedStatus ?? 'rejected') as RegistrationStatus,
            action: 'dispute_resolved',
            reason: `Dispute declined; the decision stands: ${input.reason}`,
          });
    return registrationView(tx, resolved);
  });
}
