import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { leadScope } from './lead-filters.js';
import { leadOffers, leads } from './leads.table.js';
import type { LeadRow } from './record-lead.js';

/**
 * Reads a lead under a row lock (inside a transaction), so an answer, an expiry and a routing run on
 * the same lead happen one after the other. A partner user reaches only a lead held by its own partner.
 */
export async function lockLead(ctx: Ctx, id: string): Promise<LeadRow> {
  const [row] = await ctx.db
    .select()
    .from(leads)
    .where(and(eq(leads.id, id), leadScope(ctx)))
    .for('update');
  if (!row) throw notFound('Lead');
  return row;
}

/** The lead's pending offer to its current partner, if any. */
export async function pendingOfferOf(ctx: Ctx, lead: LeadRow) {
  if (!lead.partnerId) return null;
  const [offer] = await ctx.db
    .select()
    .from(leadOffers)
    .where(
      and(
        eq(leadOffers.leadId, lead.id),
        eq(leadOffers.partnerId, lead.partnerId),
        eq(leadOffers.status, 'pending'),
      ),
    );
  return offer ?? null;
}
