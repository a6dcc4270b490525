import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { closeOffer } from './lead-offer-writes.js';
import { toLeadView } from './lead-view.js';
import type { Lead } from './leads.schemas.js';
import { leads } from './leads.table.js';
import { lockLead, pendingOfferOf } from './lock-lead.js';

/** The vendor rules a lead out (spam, no budget, existing customer …); a pending offer is withdrawn. */
export async function disqualifyLead(ctx: Ctx, id: string, input: { reason: string }): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockLead(tx, id);
    if (['converted', 'disqualified'].includes(before.status))
      throw new AppError('conflict', `A ${before.status} lead cannot be disqualified`);
    const pending = await pendingOfferOf(tx, before);
    if (pending) await closeOffer(tx, pending, 'withdrawn');
    const [after] = await tx.db
      .update(leads)
      .set({
        status: 'disqualified',
        disqualifiedReason: input.reason,
        partnerId: null,
        updatedAt: tx.clock.now(),
      })
      .where(eq(leads.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'lead.disqualify',
      entityType: 'lead',
      entityId: id,
      partnerId: before.partnerId,
      before: { status: before.status, partnerId: before.partnerId },
      after: { status: 'disqualified', reason: input.reason },
    });
    await publishEvent(tx, {
      type: 'lead.disqualified',
      entityType: 'lead',
      entityId: id,
      partnerId: before.partnerId,
      payload: { reason: input.reason, previousStatus: before.status },
    });
    return toLeadView(tx, after!);
  });
}
