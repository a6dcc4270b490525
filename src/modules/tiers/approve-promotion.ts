import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { getPartnerRow } from '../partners/get-partner.js';
import { setPartnerTier } from '../partners/set-partner-tier.js';
import { partnerTierStates, tierHistory } from './tiers.table.js';

/** A manager approves the promotion a partner qualified for (when the program asks for approval). */
export async function approvePromotion(ctx: Ctx, partnerId: string): Promise<{ tier: string }> {
  return inTransaction(ctx, async (tx) => {
    const partner = await getPartnerRow(tx, partnerId);
    const [state] = await tx.db
      .select()
      .from(partnerTierStates)
      .where(eq(partnerTierStates.partnerId, partnerId));
    const tier = state?.pendingTier;
    if (!tier) throw new AppError('conflict', 'This partner has no promotion waiting for approval');
    await setPartnerTier(tx, partnerId, tier);
    await tx.db
      .update(partnerTierStates)
      .set({ pendingTier: null, demotionWarnedAt: null })
      .where(eq(partnerTierStates.partnerId, partnerId));
    const now = tx.clock.now();
    const reason = `Promotion from ${partner.tier ?? 'no tier'} to ${tier} approved`;
    await tx.db.insert(tierHistory).values({
      id: tx.ids(),
      partnerId,
      action: 'promote',
      fromTier: partner.tier,
      toTier: tier,
      reason,
      metrics: state.lastMetrics ?? {},
      actorId: actorUserId(tx.actor),
      at: now,
    });
    await recordAudit(tx, {
      action: 'tier.approve_promotion',
      entityType: 'partner',
      entityId: partnerId,
      partnerId,
      before: { tier: partner.tier, pendingTier: tier },
      after: { tier },
    });
    await publishEvent(tx, {
      type: 'tier.promote',
      entityType: 'partner',
      entityId: partnerId,
      partnerId,
      payload: { from: partner.tier, to: tier, reason },
    });
    return { tier };
  });
}
