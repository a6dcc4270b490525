import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { partners } from '../partners/partners.table.js';
import { assertDealOpen, getDealRow } from './deal-access.js';
import { recordDealActivities } from './deal-activity.js';
import { dealPartners, opportunities } from './deals.table.js';

/** Takes a partner off a deal; its touchpoints stay, as history. */
export async function removeDealPartner(ctx: Ctx, dealId: string, partnerId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    assertDealOpen(await getDealRow(tx, dealId, { lock: true }));
    const [removed] = await tx.db
      .delete(dealPartners)
      .where(and(eq(dealPartners.opportunityId, dealId), eq(dealPartners.partnerId, partnerId)))
      .returning();
    if (!removed) throw notFound('Partner on this deal');
    await tx.db.update(opportunities).set({ updatedAt: tx.clock.now() }).where(eq(opportunities.id, dealId));
    const [partner] = await tx.db
      .select({ name: partners.name })
      .from(partners)
      .where(eq(partners.id, partnerId))
      .limit(1);
    await recordDealActivities(tx, dealId, [
      {
        kind: 'partner_removed',
        summary: `${partner?.name ?? 'A partner'} (${removed.role}) was taken off the deal`,
        partnerId,
      },
    ]);
    await publishEvent(tx, {
      type: 'deal.partner_removed',
      entityType: 'deal',
      entityId: dealId,
      partnerId,
      payload: { partnerId, role: removed.role },
    });
    await recordAudit(tx, {
      action: 'deal.partner_remove',
      entityType: 'deal',
      entityId: dealId,
      partnerId,
      before: { partnerId, role: removed.role, registrationId: removed.registrationId },
    });
  });
}
