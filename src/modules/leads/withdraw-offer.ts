import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { closeOffer } from './lead-offer-writes.js';
import { toLeadView } from './lead-view.js';
import type { Lead } from './leads.schemas.js';
import { leads } from './leads.table.js';
import { lockLead, pendingOfferOf } from './lock-lead.js';

/**
 * Takes a pending offer back: the lead returns to the pool as new (routing will not offer it to that
 * partner again).
 */
export async function withdrawOffer(ctx: Ctx, id: string): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const lead = await lockLead(tx, id);
    const pending = lead.status === 'offered' ? await pendingOfferOf(tx, lead) : null;
    if (!pending) throw new AppError('conflict', 'The lead has no pending offer to withdraw');
    await closeOffer(tx, pending, 'withdrawn');
    const [after] = await tx.db
      .update(leads)
      .set({ status: 'new', partnerId: null, updatedAt: tx.clock.now() })
      .where(eq(leads.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'lead.offer_withdraw',
      entityType: 'lead',
      entityId: id,
      partnerId: pending.partnerId,
      before: { status: lead.status, partnerId: lead.partnerId, offerId: pending.id },
      after: { status: 'new', partnerId: null },
    });
    return toLeadView(tx, after!);
  });
}
