import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { toContactView } from './contact-view.js';
import { demotePrimaryContact } from './demote-primary-contact.js';
import { getPartnerRow } from './get-partner.js';
import type { Contact, CreateContactInput } from './partners.schemas.js';
import { partnerContacts } from './partners.table.js';

export async function createContact(
  ctx: Ctx,
  partnerId: string,
  input: CreateContactInput,
): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    await getPartnerRow(tx, partnerId);
    const now = ctx.clock.now();
    if (input.isPrimary) {
      await demotePrimaryContact(tx, partnerId);
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
