import { type Ctx, inTransaction } from '../../platform/context.js';
import { loadRegistration, registrationView } from './load-registration.js';
import type { Registration } from './registrations.schemas.js';
import { assertStatus, transitionRegistration } from './transition-registration.js';

/** The partner withdraws its registration; an approved one stops protecting the account at once. */
export async function withdrawRegistration(ctx: Ctx, id: string, reason: string): Promise<Registration> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRegistration(tx, id, { forUpdate: true });
    assertStatus(loaded.row, ['draft', 'submitted', 'under_review', 'approved', 'disputed'], 'withdraw');
    const withdrawn = await transitionRegistration(tx, loaded, {
      to: 'withdrawn',
      action: 'withdrawn',
      reason,
      set: { protectedUntil: loaded.row.protectedUntil ? tx.clock.now() : null },
    });
    return registrationView(tx, withdrawn);
  });
}
