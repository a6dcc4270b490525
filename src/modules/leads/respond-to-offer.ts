import { systemActor } from '../../platform/actor.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { actorUserId } from '../../platform/policy.js';
import { closeOffer, type OfferRow } from './lead-offer-writes.js';
import { toLeadView } from './lead-view.js';
import type { DeclinedLead, Lead } from './leads.schemas.js';
import { lockLead, pendingOfferOf } from './lock-lead.js';
import type { LeadRow } from './record-lead.js';
import { recordLeadChange } from './record-lead-change.js';
import { routeLeadRows } from './route-lead-rows.js';

/** The caller's partner's pending offer on the lead, still within its SLA. */
async function openOffer(ctx: Ctx, lead: LeadRow): Promise<OfferRow> {
  const offer = lead.status === 'offered' ? await pendingOfferOf(ctx, lead) : null;
  if (!offer) throw new AppError('conflict', `The lead is ${lead.status}: there is no offer to answer`);
  if (offer.dueAt <= ctx.clock.now())
    throw new AppError('conflict', `The offer expired at ${offer.dueAt.toISOString()}`);
  return offer;
}

/** The partner takes the lead within the SLA: it holds it now and may convert it to a registration. */
export async function acceptLead(ctx: Ctx, id: string): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const lead = await lockLead(tx, id);
    const offer = await openOffer(tx, lead);
    await closeOffer(tx, offer, 'accepted', { respondedBy: actorUserId(tx.actor) });
    const after = await recordLeadChange(tx, id, {
      action: 'lead.accept',
      event: 'lead.accepted',
      partnerId: offer.partnerId,
      set: { status: 'accepted' },
      before: { status: lead.status },
      after: { status: 'accepted', offerId: offer.id },
      payload: { offerId: offer.id },
    });
    return toLeadView(tx, after!);
  });
}

/**
 * The partner passes on the lead with a reason; the lead goes on to the next partner the rules choose
 * (never back to this one), or to the vendor as unassignable.
 */
export async function declineLead(ctx: Ctx, id: string, input: { reason: string }): Promise<DeclinedLead> {
  return inTransaction(ctx, async (tx) => {
    const lead = await lockLead(tx, id);
    const offer = await openOffer(tx, lead);
    await closeOffer(tx, offer, 'declined', {
      respondedBy: actorUserId(tx.actor),
      declineReason: input.reason,
    });
    await recordLeadChange(tx, id, {
      action: 'lead.decline',
      event: 'lead.declined',
      partnerId: offer.partnerId,
      before: { status: lead.status, offerId: offer.id },
      after: { offerStatus: 'declined', reason: input.reason },
      payload: { offerId: offer.id, reason: input.reason },
    });
    await routeLeadRows({ ...tx, actor: systemActor('lead_routing') }, [lead], { dryRun: false });
    // The lead has left this partner, so the answer is the receipt, not the lead.
    return { leadId: id, offerId: offer.id, offerStatus: 'declined' as const, reason: input.reason };
  });
}
