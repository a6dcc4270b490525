import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { toContactView } from './contact-view.js';
import { partnerContacts } from './partners.table.js';
import { getContactRow } from './update-contact.js';

export async function deleteContact(ctx: Ctx, partnerId: string, contactId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getContactRow(tx, partnerId, contactId);
    await tx.db.delete(partnerContacts).where(eq(partnerContacts.id, contactId));
    await recordAudit(tx, {
      action: 'contact.delete',
      entityType: 'partner_contact',
      entityId: contactId,
      partnerId,
      before: toContactView(before),
    });
  });
}
