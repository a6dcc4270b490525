import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { partners } from '../partners/partners.table.js';
import { assertDealOpen, getDealRow } from './deal-access.js';
import { recordDealActivities } from './deal-activity.js';
import { loadDealView } from './deal-view.js';
import type { AddDealPartnerInput, Deal } from './deals.schemas.js';
import { dealPartners, opportunities } from './deals.table.js';

/** Puts a partner on a deal in one role; a partner is on a deal at most once. */
export async function addDealPartner(ctx: Ctx, dealId: string, input: AddDealPartnerInput): Promise<Deal> {
  return inTransaction(ctx, async (tx) => {
    const deal = await getDealRow(tx, dealId, { lock: true });
    assertDealOpen(deal);
    const [partner] = await tx.db
      .select({ name: partners.name })
      .from(partners)
      .where(eq(partners.id, input.partnerId))
      .limit(1);
    if (!partner) throw invalidField('partnerId', 'is not an existing partner');
    const [existing] = await tx.db
      .select({ role: dealPartners.role })
      .from(dealPartners)
      .where(and(eq(dealPartners.opportunityId, dealId), eq(dealPartners.partnerId, input.partnerId)))
      .limit(1);
    if (existing) {
      throw new AppError('conflict', `${partner.name} is already on this deal as ${existing.role}`, {
        errors: [{ field: 'partnerId', message: 'is already on this deal' }],
      });
    }
    const now = ctx.clock.now();
    await tx.db.insert(dealPartners).values({
      id: ctx.ids(),
      opportunityId: dealId,
      partnerId: input.partnerId,
      role: input.role,
      registrationId: null,
      addedAt: now,
    });
    await tx.db.update(opportunities).set({ updatedAt: now }).where(eq(opportunities.id, dealId));
    await recordDealActivities(tx, dealId, [
      {
        kind: 'partner_added',
        summary: `${partner.name} joined the deal as ${input.role} partner`,
        partnerId: input.partnerId,
      },
    ]);
    await publishEvent(tx, {
      type: 'deal.partner_added',
      entityType: 'deal',
      entityId: dealId,
      partnerId: input.partnerId,
      payload: { partnerId: input.partnerId, role: input.role },
    });
    await recordAudit(tx, {
      action: 'deal.partner_add',
      entityType: 'deal',
      entityId: dealId,
      partnerId: input.partnerId,
      after: { partnerId: input.partnerId, role: input.role },
    });
    return loadDealView(tx, { ...deal, updatedAt: now });
  });
}
