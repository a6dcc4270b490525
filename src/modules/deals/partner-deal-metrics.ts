import { and, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { dealPartners, opportunities } from './deals.table.js';
import { registrations } from './registrations.table.js';

export interface PartnerDealMetrics {
  /** Closed-won amounts by currency where the partner sourced the deal (minor units). */
  sourcedByCurrency: Record<string, number>;
  /** Closed-won amounts by currency where the partner took part without sourcing it. */
  influencedByCurrency: Record<string, number>;
  wonDeals: number;
  approvedRegistrations: number;
}

const empty = (): PartnerDealMetrics => ({
  sourcedByCurrency: {},
  influencedByCurrency: {},
  wonDeals: 0,
  approvedRegistrations: 0,
});

/** Per partner, over [from, to): deals closed won (by the partner's role on them) and registrations approved. */
export async function partnerDealMetrics(
  db: Executor,
  from: Date,
  to: Date,
): Promise<Map<string, PartnerDealMetrics>> {
  const won = await db
    .select({
      partnerId: dealPartners.partnerId,
      sourced: sql<boolean>`${dealPartners.role} = 'sourcing'`,
      currency: opportunities.currency,
      amountMinor: sql<string>`sum(${opportunities.amountMinor})`,
      deals: sql<number>`count(*)::int`,
    })
    .from(dealPartners)
    .innerJoin(opportunities, eq(opportunities.id, dealPartners.opportunityId))
    .where(
      and(
        eq(opportunities.stage, 'closed_won'),
        isNotNull(opportunities.closedAt),
        gte(opportunities.closedAt, from),
        lt(opportunities.closedAt, to),
      ),
    )
    .groupBy(dealPartners.partnerId, sql`${dealPartners.role} = 'sourcing'`, opportunities.currency);
  const approved = await db
    .select({ partnerId: registrations.partnerId, count: sql<number>`count(*)::int` })
    .from(registrations)
    .where(
      and(
        isNotNull(registrations.approvedAt),
        gte(registrations.approvedAt, from),
        lt(registrations.approvedAt, to),
      ),
    )
    .groupBy(registrations.partnerId);
  const metrics = new Map<string, PartnerDealMetrics>();
  const of = (partnerId: string) => {
    const entry = metrics.get(partnerId) ?? empty();
    metrics.set(partnerId, entry);
    return entry;
  };
  for (const row of won) {
    const entry = of(row.partnerId);
    const bucket = row.sourced ? entry.sourcedByCurrency : entry.influencedByCurrency;
    bucket[row.currency] = (bucket[row.currency] ?? 0) + Number(row.amountMinor);
    entry.wonDeals += row.deals;
  }
  for (const row of approved) of(row.partnerId).approvedRegistrations = row.count;
  return metrics;
}
