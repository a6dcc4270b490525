import { eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { customerKeys, registrationFields } from './create-registration.js';
import { loadRegistration, registrationView } from './load-registration.js';
import { recordRegistrationChange } from './record-registration-change.js';
import type { Registration, UpdateRegistrationInput } from './registrations.schemas.js';
import { registrations } from './registrations.table.js';
import { assertStatus } from './transition-registration.js';

/** Edits a draft; once submitted, a registration changes only through its decisions. */
export async function updateRegistration(
  ctx: Ctx,
  id: string,
  input: UpdateRegistrationInput,
): Promise<Registration> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRegistration(tx, id, { forUpdate: true });
    assertStatus(loaded.row, ['draft'], 'edit');
    const merged = { ...loaded.row, ...input } as Required<UpdateRegistrationInput>;
    const keys = customerKeys(merged);
    const [after] = await tx.db
      .update(registrations)
      .set({
        ...registrationFields(merged),
        customerNormalizedName: keys.normalizedName,
        customerDomain: keys.domain,
        updatedAt: tx.clock.now(),
      })
      .where(eq(registrations.id, id))
      .returning();
    await recordRegistrationChange(tx, {
      before: loaded.row,
      after: after!,
      action: 'updated',
      reason: 'Draft edited',
    });
    return registrationView(tx, { ...loaded, row: after! });
  });
}
