import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { closeOffer } from './lead-offer-writes.js';
import { toLeadView } from './lead-view.js';
import type { Lead } from './leads.schemas.js';
import { lockLead, pendingOfferOf } from './lock-lead.js';
import { recordLeadChange } from './record-lead-change.js';

/** The vendor rules a lead out (spam, no budget, existing customer …); a pending offer is withdrawn. */
export async function disqualifyLead(ctx: Ctx, id: string, input: { reason: string }): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockLead(tx, id);
    if (['converted', 'disqualified'].includes(before.status))
      throw new AppError('conflict', `A ${before.status} lead cannot be disqualified`);
    const pending = await pendingOfferOf(tx, before);
    if (pending) await closeOffer(tx, pending, 'withdrawn');
    const after = await recordLeadChange(tx, id, {
      action: 'lead.disqualify',
      event: 'lead.disqualified',
      partnerId: before.partnerId,
      set: { status: 'disqualified', disqualifiedReason: input.reason, partnerId: null },
      before: { status: before.status, partnerId: before.partnerId },
      after: { status: 'disqualified', reason: input.reason },
      payload: { reason: input.reason, previousStatus: before.status },
    });
    return toLeadView(tx, after!);
  });
}
