import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { toLeadView } from './lead-view.js';
import type { Lead, UpdateLeadInput } from './leads.schemas.js';
import { leads } from './leads.table.js';
import { lockLead } from './lock-lead.js';
import { derivedFields, normalizeEmail } from './record-lead.js';

const EDITABLE_STATUSES = ['new', 'offered', 'accepted', 'unassignable', 'duplicate'];

/** Vendor staff correct a lead; the account match and region follow the company, website and country. */
export async function updateLead(ctx: Ctx, id: string, input: UpdateLeadInput): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockLead(tx, id);
    if (!EDITABLE_STATUSES.includes(before.status))
      throw new AppError('conflict', `A ${before.status} lead can no longer be edited`);
    const merged = {
      source: before.source as 'manual',
      companyName: input.companyName ?? before.companyName,
      website: input.website !== undefined ? input.website : before.domain,
      contactEmail: input.contactEmail ?? before.contactEmail,
      contactName: input.contactName ?? before.contactName,
      country: input.country !== undefined ? input.country : before.country,
    };
    const derived = await derivedFields(tx, merged);
    const { website: _website, ...fields } = input;
    const [after] = await tx.db
      .update(leads)
      .set({
        ...fields,
        contactEmail: normalizeEmail(merged.contactEmail),
        domain: derived.domain,
        country: derived.country,
        region: derived.region,
        accountId: derived.accountId,
        updatedAt: tx.clock.now(),
      })
      .where(eq(leads.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'lead.update',
      entityType: 'lead',
      entityId: id,
      partnerId: after!.partnerId,
      before,
      after,
    });
    return toLeadView(tx, after!);
  });
}
