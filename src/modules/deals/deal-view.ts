import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { accounts } from '../accounts/accounts.table.js';
import { partners } from '../partners/partners.table.js';
import type { Deal, DealPartnerRole, DealStage } from './deals.schemas.js';
import { dealPartners, type opportunities } from './deals.table.js';

export type DealRow = typeof opportunities.$inferSelect;
export type DealPartnerView = Deal['partners'][number];

export function toDealView(row: DealRow, accountName: string, partnersOnDeal: DealPartnerView[]): Deal {
  return {
    id: row.id,
    accountId: row.accountId,
    accountName,
    name: row.name,
    amountMinor: row.amountMinor,
    currency: row.currency,
    stage: row.stage as DealStage,
    closeDate: row.closeDate,
    ownerId: row.ownerId,
    productLines: row.productLines,
    source: row.source as Deal['source'],
    nextSteps: row.nextSteps,
    externalIds: row.externalIds as Record<string, string>,
    partners: partnersOnDeal,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The partners on each deal, with names; a partner user only ever sees its own organization's entry. */
export async function partnersOfDeals(ctx: Ctx, dealIds: string[]): Promise<Map<string, DealPartnerView[]>> {
  const byDeal = new Map<string, DealPartnerView[]>();
  if (!dealIds.length) return byDeal;
  const scope = partnerScope(ctx.actor);
  const rows = await ctx.db
    .select({
      dealId: dealPartners.opportunityId,
      partnerId: dealPartners.partnerId,
      partnerName: partners.name,
      role: dealPartners.role,
    })
    .from(dealPartners)
    .innerJoin(partners, eq(partners.id, dealPartners.partnerId))
    .where(
      and(
        inArray(dealPartners.opportunityId, dealIds),
        scope ? eq(dealPartners.partnerId, scope) : undefined,
      ),
    )
    .orderBy(asc(dealPartners.addedAt), asc(dealPartners.id));
  for (const row of rows) {
    const list = byDeal.get(row.dealId) ?? [];
    list.push({ partnerId: row.partnerId, partnerName: row.partnerName, role: row.role as DealPartnerRole });
    byDeal.set(row.dealId, list);
  }
  return byDeal;
}

/** Deals with their account names as one query returns them, completed with their partners. */
export async function toDealViews(ctx: Ctx, rows: Array<{ deal: DealRow; accountName: string | null }>) {
  const partnersByDeal = await partnersOfDeals(
    ctx,
    rows.map((r) => r.deal.id),
  );
  return rows.map((r) => toDealView(r.deal, r.accountName ?? '', partnersByDeal.get(r.deal.id) ?? []));
}

export async function loadDealView(ctx: Ctx, row: DealRow): Promise<Deal> {
  const [account] = await ctx.db
    .select({ name: accounts.name })
    .from(accounts)
    .where(eq(accounts.id, row.accountId))
    .limit(1);
  const [view] = await toDealViews(ctx, [{ deal: row, accountName: account?.name ?? null }]);
  return view!;
}
