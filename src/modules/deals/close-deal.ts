import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { formatMoney } from '../../platform/money/money.js';
import { users } from '../identity/identity.table.js';
import { assertDealOpen, getDealRow } from './deal-access.js';
import { type ActivityEntry, actorName, recordDealActivities } from './deal-activity.js';
import { loadDealView } from './deal-view.js';
import type { CloseDealInput, Deal } from './deals.schemas.js';
import { dealPartners, opportunities, repCredits } from './deals.table.js';
import { settleDealRegistrations } from './settle-deal-registrations.js';

/**
 * Closes a deal won or lost: the registrations on it are settled, and a win with partners on it
 * credits the owning vendor rep for co-selling (once; the credit is unique per deal).
 */
export async function closeDeal(ctx: Ctx, id: string, input: CloseDealInput): Promise<Deal> {
  return inTransaction(ctx, async (tx) => {
    const before = await getDealRow(tx, id, { lock: true });
    assertDealOpen(before);
    const now = ctx.clock.now();
    const stage = input.outcome === 'won' ? 'closed_won' : 'closed_lost';
    const [row] = await tx.db
      .update(opportunities)
      .set({ stage, closedAt: now, updatedAt: now })
      .where(eq(opportunities.id, id))
      .returning();
    await settleDealRegistrations(tx, id, input.outcome);
    const partnerIds = (
      await tx.db
        .select({ partnerId: dealPartners.partnerId })
        .from(dealPartners)
        .where(eq(dealPartners.opportunityId, id))
        .orderBy(asc(dealPartners.addedAt), asc(dealPartners.id))
    ).map((r) => r.partnerId);
    const money = formatMoney(before.amountMinor, before.currency);
    const entries: ActivityEntry[] = [
      {
        kind: input.outcome === 'won' ? 'won' : 'lost',
        summary: `Deal closed ${input.outcome} (${money}) by ${await actorName(tx)}: ${input.reason}`,
        partnerId: null,
      },
    ];
    let creditedRep: string | null = null;
    if (input.outcome === 'won' && partnerIds.length && before.ownerId) {
      const credited = await tx.db
        .insert(repCredits)
        .values({
          id: ctx.ids(),
          opportunityId: id,
          repId: before.ownerId,
          partnerIds,
          amountMinor: before.amountMinor,
          currency: before.currency,
          at: now,
        })
        .onConflictDoNothing({ target: repCredits.opportunityId })
        .returning({ repId: repCredits.repId });
      if (credited.length) {
        creditedRep = before.ownerId;
        const [rep] = await tx.db
          .select({ name: users.name })
          .from(users)
          .where(eq(users.id, before.ownerId))
          .limit(1);
        entries.push({
          kind: 'rep_credit',
          summary: `Co-sell credit of ${money} recorded for ${rep?.name ?? 'the owner'}`,
          partnerId: null,
          internal: true,
        });
      }
    }
    await recordDealActivities(tx, id, entries);
    await publishEvent(tx, {
      type: input.outcome === 'won' ? 'deal.won' : 'deal.lost',
      entityType: 'deal',
      entityId: id,
      payload: {
        accountId: before.accountId,
        amountMinor: before.amountMinor,
        currency: before.currency,
        reason: input.reason,
        partnerIds,
        repCreditedId: creditedRep,
      },
    });
    await recordAudit(tx, {
      action: `deal.${input.outcome}`,
      entityType: 'deal',
      entityId: id,
      before: { stage: before.stage, closedAt: null },
      after: { stage, closedAt: now.toISOString(), reason: input.reason, repCreditedId: creditedRep },
    });
    return loadDealView(tx, row!);
  });
}
