import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import type { PrivateOfferStatus } from './co-sell.schemas.js';
import { dealPartners } from './deals.table.js';

/** draft → sent → accepted | expired | cancelled, and draft → cancelled; the last three are final. */
export const OFFER_TRANSITIONS: Record<PrivateOfferStatus, readonly PrivateOfferStatus[]> = {
  draft: ['sent', 'cancelled'],
  sent: ['accepted', 'expired', 'cancelled'],
  accepted: [],
  expired: [],
  cancelled: [],
};

export function assertOfferTransition(from: PrivateOfferStatus, to: PrivateOfferStatus): void {
  const allowed = OFFER_TRANSITIONS[from];
  if (!allowed.includes(to)) {
    throw invalidField(
      'status',
      `cannot move from ${from} to ${to}; ${allowed.length ? `allowed: ${allowed.join(', ')}` : `${from} is final`}`,
    );
  }
}

export function assertFuture(ctx: Ctx, field: string, iso: string): Date {
  const at = new Date(iso);
  if (at.getTime() <= ctx.clock.now().getTime()) throw invalidField(field, 'must be in the future');
  return at;
}

/** A channel partner private offer (CPPO) goes through a partner that is on the deal. */
export async function assertChannelPartner(ctx: Ctx, dealId: string, partnerId: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: dealPartners.id })
    .from(dealPartners)
    .where(and(eq(dealPartners.opportunityId, dealId), eq(dealPartners.partnerId, partnerId)))
    .limit(1);
  if (!row) throw invalidField('channelPartnerId', 'is not a partner on this deal');
}
