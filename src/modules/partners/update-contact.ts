import { and, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { toContactView } from './contact-view.js';
import { getPartnerRow } from './get-partner.js';
import type { Contact, UpdateContactInput } from './partners.schemas.js';
import { partnerContacts, partners } from './partners.table.js';

export async function getContactRow(ctx: Ctx, partnerId: string, contactId: string) {
  await getPartnerRow(ctx, partnerId);
  const [row] = await ctx.db
    .select()
    .from(partnerContacts)
    .where(and(eq(partnerContacts.id, contactId), eq(partnerContacts.partnerId, partnerId)))
    .limit(1);
  if (!row) throw notFound('Contact');
  return row;
}

export async function updateContact(
  ctx: Ctx,
  partnerId: string,
  contactId: string,
  input: UpdateContactInput,
): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    const before = await getContactRow(tx, partnerId, contactId);
    const now = ctx.clock.now();
    if (input.isPrimary) {
      // Hold the partner row, so two contacts made primary at once cannot both stay primary.
      await tx.db
        .select({ id: partners.id })
        .from(partners)
        .where(eq(partners.id, partnerId))
        .for('no key update');
      await tx.db
        .update(partnerContacts)
        .set({ isPrimary: false, updatedAt: now })
        .where(
          and(
            eq(partnerContacts.partnerId, partnerId),
            ne(partnerContacts.id, contactId),
            eq(partnerContacts.isPrimary, true),
          ),
        );
    }
    const [row] = await tx.db
      .update(partnerContacts)
      .set({ ...input, updatedAt: now })
      .where(eq(partnerContacts.id, contactId))
      .returning();
    const after = toContactView(row!);
    await recordAudit(tx, {
      action: 'contact.update',
      entityType: 'partner_contact',
      entityId: contactId,
      partnerId,
      before: toContactView(before),
      after,
    });
    return after;
  });
}
