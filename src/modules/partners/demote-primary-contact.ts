import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partnerContacts, partners } from './partners.table.js';

/**
 * A partner has one primary contact: before one is made primary, the current one stops being it.
 * The partner row is held, so two contacts made primary at once cannot both stay primary.
 */
export async function demotePrimaryContact(
  ctx: Ctx,
  partnerId: string,
  keepContactId?: string,
): Promise<void> {
  await ctx.db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .for('no key update');
  await ctx.db
    .update(partnerContacts)
    .set({ isPrimary: false, updatedAt: ctx.clock.now() })
    .where(
      and(
        eq(partnerContacts.partnerId, partnerId),
        eq(partnerContacts.isPrimary, true),
        keepContactId ? ne(partnerContacts.id, keepContactId) : undefined,
      ),
    );
}
