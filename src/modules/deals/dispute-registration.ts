import { eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { actorUserId } from '../../platform/policy.js';
import { loadRegistration, registrationView } from './load-registration.js';
import type { Registration } from './registrations.schemas.js';
import { registrationDisputes } from './registrations.table.js';
import { assertStatus, transitionRegistration } from './transition-registration.js';

/** The partner disputes a rejection or a review routing; a partner manager decides the dispute. */
export async function disputeRegistration(ctx: Ctx, id: string, reason: string): Promise<Registration> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRegistration(tx, id, { forUpdate: true });
    assertStatus(loaded.row, ['rejected', 'under_review'], 'dispute');
    const earlier = await tx.db
      .select({ id: registrationDisputes.id })
      .from(registrationDisputes)
      .where(eq(registrationDisputes.registrationId, id))
      .limit(1);
    if (earlier.length) throw new AppError('conflict', 'This registration has already been disputed once');
    await tx.db.insert(registrationDisputes).values({
      id: tx.ids(),
      registrationId: id,
      reason,
      disputedStatus: loaded.row.status,
      status: 'open',
      openedBy: actorUserId(tx.actor),
      openedAt: tx.clock.now(),
    });
    const disputed = await transitionRegistration(tx, loaded, {
      to: 'disputed',
      action: 'disputed',
      reason: `Disputed by the partner: ${reason}`,
    });
    return registrationView(tx, disputed);
  });
}
