import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { toContactView } from './contact-view.js';
import { getPartnerRow } from './get-partner.js';
import type { Contact, CreateContactInput } from './partners.schemas.js';
import { partnerContacts, partners } from './partners.table.js';

export async function createContact(
  ctx: Ctx,
  partnerId: string,
  input: CreateContactInput,
): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    await getPartnerRow(tx, partnerId);
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
        .where(and(eq(partnerContacts.partnerId, partnerId), eq(partnerContacts.isPrimary, true)));
    }
    const [row] = await tx.db
      .insert(partnerContacts)
      .values({
        id: ctx.ids(),
        partnerId,
        name: input.name,
        email: input.email,
        phone: input.phone ?? null,
        title: input.title ?? null,
        isPrimary: input.isPrimary,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const contact = toContactView(row!);
    await recordAudit(tx, {
      action: 'contact.create',
      entityType: 'partner_contact',
      entityId: contact.id,
      partnerId,
      after: contact,
    });
    return contact;
  });
}
