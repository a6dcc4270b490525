import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { formatMoney } from '../../platform/money/money.js';
import { partners } from '../partners/partners.table.js';
import type { CreatePrivateOfferInput, PrivateOffer } from './co-sell.schemas.js';
import { MARKETPLACE_NAMES, toOfferView } from './co-sell-views.js';
import { assertDealOpen, getDealRow } from './deal-access.js';
import { recordDealActivities } from './deal-activity.js';
import { privateOffers } from './deals.table.js';
import { assertChannelPartner, assertFuture } from './offer-rules.js';

/** A cloud-marketplace private offer for the deal's customer; it starts as a draft. */
export async function createPrivateOffer(
  ctx: Ctx,
  dealId: string,
  input: CreatePrivateOfferInput,
): Promise<PrivateOffer> {
  const expiresAt = assertFuture(ctx, 'expiresAt', input.expiresAt);
  return inTransaction(ctx, async (tx) => {
    assertDealOpen(await getDealRow(tx, dealId));
    const channelPartnerId = input.channelPartnerId ?? null;
    let channelPartnerName: string | null = null;
    if (channelPartnerId) {
      await assertChannelPartner(tx, dealId, channelPartnerId);
      const [partner] = await tx.db
        .select({ name: partners.name })
        .from(partners)
        .where(eq(partners.id, channelPartnerId));
      channelPartnerName = partner?.name ?? null;
    }
    const now = ctx.clock.now();
    const [row] = await tx.db
      .insert(privateOffers)
      .values({
        id: ctx.ids(),
        opportunityId: dealId,
        marketplace: input.marketplace,
        listing: input.listing,
        priceMinor: input.priceMinor,
        currency: input.currency,
        terms: input.terms,
        durationMonths: input.durationMonths,
        expiresAt,
        status: 'draft',
        channelPartnerId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const offer = toOfferView(row!, channelPartnerName);
    const via = channelPartnerName ? ` through ${channelPartnerName}` : '';
    await recordDealActivities(tx, dealId, [
      {
        kind: 'private_offer_created',
        summary: `Private offer drafted on ${MARKETPLACE_NAMES[offer.marketplace]}${via}: ${offer.listing}, ${formatMoney(offer.priceMinor, offer.currency)} for ${offer.durationMonths} months`,
        partnerId: channelPartnerId,
      },
    ]);
    await publishEvent(tx, {
      type: 'private_offer.created',
      entityType: 'private_offer',
      entityId: offer.id,
      partnerId: channelPartnerId,
      payload: { dealId, marketplace: offer.marketplace, status: offer.status },
    });
    await recordAudit(tx, {
      action: 'private_offer.create',
      entityType: 'private_offer',
      entityId: offer.id,
      partnerId: channelPartnerId,
      after: offer,
    });
    return offer;
  });
}
