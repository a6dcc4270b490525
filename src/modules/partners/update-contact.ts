import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { toContactView } from './contact-view.js';
import { demotePrimaryContact } from './demote-primary-contact.js';
import { getPartnerRow } from './get-partner.js';
import type { Contact, UpdateContactInput } from './partners.schemas.js';
import { partnerContacts } from './partners.table.js';

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
      await demotePrimaryContact(tx, partnerId, contactId);
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
