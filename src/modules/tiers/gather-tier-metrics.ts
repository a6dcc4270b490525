import type { TierMetrics } from '../../analytics/tiering/evaluate-tier.js';
import type { Executor } from '../../platform/db/client.js';
import { partnerDealMetrics } from '../deals/partner-deal-metrics.js';
import { toProgramCurrency as convert } from './program-currency.js';
import type { TierProgram } from './tiers.schemas.js';
import { tierCustomMetrics } from './tiers.table.js';

const TRAILING_DAYS = 365;

export interface GatheredMetrics {
  byPartner: Map<string, TierMetrics>;
  /** Currencies of won deals the program has no exchange rate for: their revenue did not count. */
  unconvertedCurrencies: string[];
}

/**
 * Each partner's trailing 12-month metrics as of a moment: revenue it sourced and influenced (closed won,
 * in the program currency), deals won, registrations approved, certified people, and custom metrics.
 * PSAT is absent until surveys exist, so its criteria do not count against anyone.
 */
export async function gatherTierMetrics(
  db: Executor,
  program: TierProgram,
  partnerIds: readonly string[],
  asOf: Date,
  certifiedPeople: (db: Executor, asOf: Date) => Promise<Map<string, number>>,
): Promise<GatheredMetrics> {
  const from = new Date(asOf.getTime() - TRAILING_DAYS * 86_400_000);
  const deals = await partnerDealMetrics(db, from, asOf);
  const certified = await certifiedPeople(db, asOf);
  const custom = await db.select().from(tierCustomMetrics);
  const unconverted = new Set<string>();
  const byPartner = new Map<string, TierMetrics>();
  for (const partnerId of partnerIds) {
    const deal = deals.get(partnerId);
    const metrics: TierMetrics = {
      sourcedRevenueMinor: convert(deal?.sourcedByCurrency ?? {}, program, unconverted),
      influencedRevenueMinor: convert(deal?.influencedByCurrency ?? {}, program, unconverted),
      wonDeals: deal?.wonDeals ?? 0,
      approvedRegistrations: deal?.approvedRegistrations ?? 0,
      certifiedPeople: certified.get(partnerId) ?? 0,
      psat: null,
    };
    byPartner.set(partnerId, metrics);
  }
  for (const row of custom) {
    const metrics = byPartner.get(row.partnerId);
    if (metrics) metrics[`custom:${row.key}`] = row.value;
  }
  return { byPartner, unconvertedCurrencies: [...unconverted].sort() };
}
