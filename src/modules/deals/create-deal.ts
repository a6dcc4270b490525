import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { formatMoney } from '../../platform/money/money.js';
import { accounts } from '../accounts/accounts.table.js';
import { assertVendorUser } from '../identity/assert-vendor-user.js';
import { actorName, recordDealActivities } from './deal-activity.js';
import { toDealView } from './deal-view.js';
import { type CreateDealInput, type Deal, isClosedStage } from './deals.schemas.js';
import { opportunities } from './deals.table.js';

/** A deal in the vendor's own pipeline; partners join it afterwards (or it comes from a registration). */
export async function createDeal(ctx: Ctx, input: CreateDealInput): Promise<Deal> {
  return inTransaction(ctx, async (tx) => {
    const [account] = await tx.db
      .select({ name: accounts.name })
      .from(accounts)
      .where(eq(accounts.id, input.accountId))
      .limit(1);
    if (!account) throw invalidField('accountId', 'is not an existing account');
    if (input.ownerId) await assertVendorUser(tx, input.ownerId, 'ownerId');
    const now = ctx.clock.now();
    const [row] = await tx.db
      .insert(opportunities)
      .values({
        id: ctx.ids(),
        accountId: input.accountId,
        name: input.name,
        amountMinor: input.amountMinor,
        currency: input.currency,
        stage: input.stage,
        closeDate: input.closeDate,
        ownerId: input.ownerId ?? null,
        productLines: input.productLines,
        source: 'direct',
        nextSteps: input.nextSteps ?? null,
        externalIds: input.externalIds,
        closedAt: isClosedStage(input.stage) ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const deal = toDealView(row!, account.name, []);
    await recordDealActivities(tx, deal.id, [
      {
        kind: 'created',
        summary: `Deal created by ${await actorName(tx)} at ${deal.stage}, ${formatMoney(deal.amountMinor, deal.currency)}`,
        partnerId: null,
      },
    ]);
    await publishEvent(tx, {
      type: 'deal.created',
      entityType: 'deal',
      entityId: deal.id,
      payload: {
        accountId: deal.accountId,
        name: deal.name,
        stage: deal.stage,
        amountMinor: deal.amountMinor,
        currency: deal.currency,
        source: deal.source,
      },
    });
    await recordAudit(tx, { action: 'deal.create', entityType: 'deal', entityId: deal.id, after: deal });
    return deal;
  });
}
