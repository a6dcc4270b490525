import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import type { OfferReason, RoutingRules } from './leads.schemas.js';
import { leadOffers, leads } from './leads.table.js';
import type { LeadRow } from './record-lead.js';

export type OfferRow = typeof leadOffers.$inferSelect;

const HOUR_MS = 3_600_000;

/** Offers a lead to a partner for the SLA's hours: a pending offer, and the lead marked offered to it. */
export async function offerToPartner(
  ctx: Ctx,
  lead: LeadRow,
  partnerId: string,
  reason: OfferReason,
  rules: RoutingRules,
): Promise<OfferRow> {
  const now = ctx.clock.now();
  const [offer] = await ctx.db
    .insert(leadOffers)
    .values({
      id: ctx.ids(),
      leadId: lead.id,
      partnerId,
      status: 'pending',
      reason,
      offeredAt: now,
      dueAt: new Date(now.getTime() + rules.slaHours * HOUR_MS),
    })
    .returning();
  await ctx.db
    .update(leads)
    .set({ status: 'offered', partnerId, updatedAt: now })
    .where(eq(leads.id, lead.id));
  await recordAudit(ctx, {
    action: 'lead.offer',
    entityType: 'lead',
    entityId: lead.id,
    partnerId,
    before: { status: lead.status, partnerId: lead.partnerId },
    after: { status: 'offered', partnerId, offerId: offer!.id, dueAt: offer!.dueAt, reason: reason.summary },
  });
  await publishEvent(ctx, {
    type: 'lead.offered',
    entityType: 'lead',
    entityId: lead.id,
    partnerId,
    payload: { offerId: offer!.id, dueAt: offer!.dueAt.toISOString(), reason: reason.summary },
  });
  return offer!;
}

/** Nobody can take the lead: it stays with the vendor, with the reason. */
export async function markUnassignable(ctx: Ctx, lead: LeadRow, reason: string): Promise<void> {
  await ctx.db
    .update(leads)
    .set({ status: 'unassignable', partnerId: null, updatedAt: ctx.clock.now() })
    .where(eq(leads.id, lead.id));
  await recordAudit(ctx, {
    action: 'lead.unassignable',
    entityType: 'lead',
    entityId: lead.id,
    before: { status: lead.status, partnerId: lead.partnerId },
    after: { status: 'unassignable', reason },
  });
}

/** Closes a pending offer: answered, expired or withdrawn (the caller holds the lead row locked). */
export async function closeOffer(
  ctx: Ctx,
  offer: OfferRow,
  status: 'accepted' | 'declined' | 'expired' | 'withdrawn',
  fields: { respondedBy?: string | null; declineReason?: string | null } = {},
): Promise<OfferRow> {
  const [updated] = await ctx.db
    .update(leadOffers)
    .set({
      status,
      respondedAt: ctx.clock.now(),
      respondedBy: fields.respondedBy ?? null,
      declineReason: fields.declineReason ?? null,
    })
    .where(eq(leadOffers.id, offer.id))
    .returning();
  return updated!;
}
