import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { accounts } from '../accounts/accounts.table.js';
import { dealActivities, dealPartners, opportunities, touchpoints } from './deals.table.js';
import type { RegistrationRow } from './registration-view.js';

/**
 * An approved registration becomes a co-sell deal: a new partner-sourced opportunity, or — when a
 * manager let it co-exist with the vendor's open opportunity — that opportunity, with the partner
 * influencing it. The registration itself is the partner's first touchpoint.
 */
export async function attachRegistrationToDeal(
  ctx: Ctx,
  row: RegistrationRow,
  existingDealId: string | null,
  knownAccountOwnerId?: string | null,
): Promise<string> {
  const now = ctx.clock.now();
  const actorId = actorUserId(ctx.actor);
  let dealId = row.opportunityId ?? existingDealId;
  const role = row.opportunityId || !existingDealId ? 'sourcing' : 'influencing';
  const newDeal = !dealId;
  if (!dealId) {
    const ownerId =
      knownAccountOwnerId !== undefined ? knownAccountOwnerId : await accountOwner(ctx, row.accountId!);
    dealId = ctx.ids();
    await ctx.db.insert(opportunities).values({
      id: dealId,
      accountId: row.accountId!,
      name: `${row.customerName} — ${row.productLines.join(', ')}`,
      amountMinor: row.amountMinor,
      currency: row.currency,
      stage: 'qualification',
      closeDate: row.expectedClose,
      ownerId,
      productLines: row.productLines,
      source: 'partner',
      createdAt: now,
      updatedAt: now,
    });
    await publishEvent(ctx, {
      type: 'deal.created',
      entityType: 'deal',
      entityId: dealId,
      partnerId: row.partnerId,
      payload: { dealId, registrationId: row.id, source: 'partner' },
    });
  }
  const onDealAlready =
    !newDeal &&
    (
      await ctx.db
        .select({ id: dealPartners.id })
        .from(dealPartners)
        .where(and(eq(dealPartners.opportunityId, dealId), eq(dealPartners.partnerId, row.partnerId)))
        .limit(1)
    ).length > 0;
  if (!onDealAlready) {
    await ctx.db.insert(dealPartners).values({
      id: ctx.ids(),
      opportunityId: dealId,
      partnerId: row.partnerId,
      role,
      registrationId: row.id,
      addedAt: now,
    });
    // The deal's partner list is part of the deal, so the change shows in its updated_at.
    if (!newDeal)
      await ctx.db.update(opportunities).set({ updatedAt: now }).where(eq(opportunities.id, dealId));
    await ctx.db.insert(touchpoints).values({
      id: ctx.ids(),
      opportunityId: dealId,
      partnerId: row.partnerId,
      kind: 'registration',
      note: 'Deal registration approved',
      occurredAt: row.submittedAt ?? now,
      createdBy: actorId,
    });
  }
  await ctx.db.insert(dealActivities).values({
    id: ctx.ids(),
    opportunityId: dealId,
    kind: 'registration_approved',
    summary: `Registration approved; partner is ${role} on this deal`,
    actorId,
    partnerId: row.partnerId,
    at: now,
  });
  return dealId;
}

async function accountOwner(ctx: Ctx, accountId: string): Promise<string | null> {
  const [account] = await ctx.db
    .select({ ownerId: accounts.ownerId })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  return account?.ownerId ?? null;
}
