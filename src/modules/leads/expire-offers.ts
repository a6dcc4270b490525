import { and, asc, eq, lte } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { closeOffer } from './lead-offer-writes.js';
import { leadOffers, leads } from './leads.table.js';
import { routeLeadRows } from './route-lead-rows.js';

const BATCH = 200;

/**
 * The SLA sweep: pending offers past their due time expire, and each lead goes on to the next partner
 * (excluding every partner that declined it or let it expire) or to the vendor as unassignable. Each
 * lead is its own transaction; its row is taken with SKIP LOCKED and the offer re-checked under the
 * lock, so an acceptance in the same instant or a second server never gives two outcomes.
 */
export async function expireLeadOffers(
  ctx: Ctx,
): Promise<{ expired: number; rerouted: number; unassignable: number }> {
  const result = { expired: 0, rerouted: 0, unassignable: 0 };
  const due = await ctx.db
    .select({ id: leadOffers.id, leadId: leadOffers.leadId })
    .from(leadOffers)
    .where(and(eq(leadOffers.status, 'pending'), lte(leadOffers.dueAt, ctx.clock.now())))
    .orderBy(asc(leadOffers.dueAt), asc(leadOffers.id))
    .limit(BATCH);
  for (const { id, leadId } of due) {
    await inTransaction(ctx, async (tx) => {
      const [lead] = await tx.db
        .select()
        .from(leads)
        .where(eq(leads.id, leadId))
        .for('update', { skipLocked: true });
      if (!lead) return;
      const [offer] = await tx.db.select().from(leadOffers).where(eq(leadOffers.id, id));
      if (offer?.status !== 'pending' || offer.dueAt > tx.clock.now()) return;
      await closeOffer(tx, offer, 'expired');
      result.expired += 1;
      await recordAudit(tx, {
        action: 'lead.offer_expire',
        entityType: 'lead',
        entityId: leadId,
        partnerId: offer.partnerId,
        before: { status: lead.status, offerId: offer.id },
        after: { offerStatus: 'expired', dueAt: offer.dueAt },
      });
      await publishEvent(tx, {
        type: 'lead.offer_expired',
        entityType: 'lead',
        entityId: leadId,
        partnerId: offer.partnerId,
        payload: { offerId: offer.id, dueAt: offer.dueAt.toISOString() },
      });
      // Only a lead still waiting on this very offer moves on.
      if (lead.status !== 'offered' || lead.partnerId !== offer.partnerId) return;
      const run = await routeLeadRows(tx, [lead], { dryRun: false });
      result.rerouted += run.offered;
      result.unassignable += run.unassignable;
    });
  }
  return result;
}
