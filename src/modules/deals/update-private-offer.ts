import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { partners } from '../partners/partners.table.js';
import type { PrivateOffer, PrivateOfferStatus, UpdatePrivateOfferInput } from './co-sell.schemas.js';
import { MARKETPLACE_NAMES, type OfferRow, toOfferView } from './co-sell-views.js';
import { getDealRow } from './deal-access.js';
import { type ActivityEntry, recordDealActivities } from './deal-activity.js';
import { privateOffers } from './deals.table.js';
import { assertChannelPartner, assertFuture, assertOfferTransition } from './offer-rules.js';

const TERM_FIELDS = [
  'listing',
  'priceMinor',
  'currency',
  'terms',
  'durationMonths',
  'expiresAt',
  'channelPartnerId',
] as const;

/** The term fields the request really changes (a value equal to the stored one is no change). */
function changedTerms(
  before: OfferRow,
  input: UpdatePrivateOfferInput,
): Partial<typeof privateOffers.$inferInsert> {
  const changes: Partial<typeof privateOffers.$inferInsert> = {};
  for (const field of TERM_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (field === 'expiresAt') {
      const at = new Date(value as string);
      if (at.getTime() !== before.expiresAt.getTime()) changes.expiresAt = at;
    } else if (value !== before[field]) {
      (changes as Record<string, unknown>)[field] = value;
    }
  }
  return changes;
}

async function partnerName(ctx: Ctx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await ctx.db.select({ name: partners.name }).from(partners).where(eq(partners.id, id));
  return row?.name ?? null;
}

/** Edits a draft's terms and moves an offer along draft → sent → accepted | expired | cancelled. */
export async function updatePrivateOffer(
  ctx: Ctx,
  dealId: string,
  offerId: string,
  input: UpdatePrivateOfferInput,
): Promise<PrivateOffer> {
  return inTransaction(ctx, async (tx) => {
    await getDealRow(tx, dealId);
    const [before] = await tx.db
      .select()
      .from(privateOffers)
      .where(and(eq(privateOffers.id, offerId), eq(privateOffers.opportunityId, dealId)))
      .limit(1)
      .for('update');
    if (!before) throw notFound('Private offer');
    const from = before.status as PrivateOfferStatus;
    const changes = changedTerms(before, input);
    const edited = Object.keys(changes);
    if (edited.length && from !== 'draft') {
      throw new AppError('conflict', `The offer is ${from}; only a draft's terms can change`, {
        errors: edited.map((field) => ({ field, message: `cannot change once the offer is ${from}` })),
      });
    }
    if (changes.expiresAt) assertFuture(ctx, 'expiresAt', input.expiresAt!);
    if (changes.channelPartnerId) await assertChannelPartner(tx, dealId, changes.channelPartnerId);
    const to = input.status && input.status !== from ? input.status : null;
    if (to) assertOfferTransition(from, to);
    if (to === 'accepted' && before.expiresAt.getTime() <= ctx.clock.now().getTime()) {
      throw invalidField('status', `the offer expired at ${before.expiresAt.toISOString()}`);
    }
    const channelName = await partnerName(tx, changes.channelPartnerId ?? before.channelPartnerId);
    if (!edited.length && !to) return toOfferView(before, channelName);
    const [row] = await tx.db
      .update(privateOffers)
      .set({ ...changes, ...(to ? { status: to } : {}), updatedAt: ctx.clock.now() })
      .where(eq(privateOffers.id, offerId))
      .returning();
    const after = toOfferView(row!, channelName);
    const where = `${MARKETPLACE_NAMES[after.marketplace]} offer for ${after.listing}`;
    const entries: ActivityEntry[] = [];
    if (edited.length) {
      entries.push({
        kind: 'private_offer_edited',
        summary: `${where} edited: ${edited.join(', ')}`,
        partnerId: after.channelPartnerId,
      });
    }
    if (to) {
      entries.push({
        kind: `private_offer_${to}`,
        summary: `${where} moved from ${from} to ${to}`,
        partnerId: after.channelPartnerId,
      });
      await publishEvent(tx, {
        type: `private_offer.${to}`,
        entityType: 'private_offer',
        entityId: offerId,
        partnerId: after.channelPartnerId,
        payload: { dealId, from, to, marketplace: after.marketplace },
      });
    }
    await recordDealActivities(tx, dealId, entries);
    await recordAudit(tx, {
      action: 'private_offer.update',
      entityType: 'private_offer',
      entityId: offerId,
      partnerId: after.channelPartnerId,
      before: toOfferView(before, await partnerName(tx, before.channelPartnerId)),
      after,
    });
    return after;
  });
}
