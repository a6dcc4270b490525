import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import {
  type AttributedRevenueQuery,
  type PartnerAttributedRevenue,
  partnerAttributedRevenue,
} from '../attribution/partner-attributed-revenue.js';
import { measureEngagement } from '../surveys/measure-engagement.js';
import { toProgramCurrency } from '../tiers/program-currency.js';
import { activityFigures } from './activity-queries.js';
import { type CustomerFigures, customerFigures, DIRECT_GROUP } from './customer-queries.js';
import { dealFigures } from './deal-queries.js';
import { investmentFigures } from './investment-queries.js';
import type { MetricValues } from './metric-catalog.js';
import { metricValuesOf, periodLength } from './metric-formulas.js';
import type { ProgramAssumptions } from './program-assumptions.js';
import { collectUnconverted, type MetricScope, memberCte } from './scorecard-scope.js';

/** The attribution engine's per-partner credit; injectable so the other metrics can be checked alone. */
export type AttributionSource = (
  ctx: Ctx,
  query: AttributedRevenueQuery,
) => Promise<PartnerAttributedRevenue[]>;

export interface GroupMetrics {
  groupKey: string;
  partners: number;
  /** Customers first won with a member on the deal, within the period. */
  newCustomers: number;
  values: MetricValues;
}

export interface ComputedMetrics {
  groups: Map<string, GroupMetrics>;
  /** The direct channel's customer cohort, to compare partner-acquired customers with. */
  direct: CustomerFigures | undefined;
  /** Currencies without an exchange rate: their amounts were left out. */
  unconverted: Set<string>;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Every scorecard metric for every group of the scope, from a handful of set-based queries. */
export async function computeMetrics(
  ctx: Ctx,
  scope: MetricScope,
  assumptions: ProgramAssumptions,
  attribution: AttributionSource = partnerAttributedRevenue,
): Promise<ComputedMetrics> {
  const { settings } = assumptions;
  const members = await queryRows<{ partner_id: string; group_key: string }>(
    ctx.db,
    sql`WITH ${memberCte(scope)} SELECT partner_id::text AS partner_id, group_key FROM member`,
  );
  const deals = await dealFigures(ctx.db, scope);
  const investment = await investmentFigures(ctx.db, scope);
  const customers = await customerFigures(ctx.db, scope);
  const activity = await activityFigures(ctx.db, scope);
  const credits = await attribution(ctx, {
    from: isoDate(scope.from),
    to: isoDate(scope.to),
    model: settings.attributionModel,
    ...(scope.partnerId ? { partnerId: scope.partnerId } : {}),
  });
  const partnerIds = [...new Set(members.map((m) => m.partner_id))];
  const engagement = await measureEngagement(
    ctx,
    partnerIds,
    isoDate(new Date(scope.to.getTime() - 86_400_000)),
  );

  const unconverted = new Set<string>();
  collectUnconverted(unconverted, deals);
  collectUnconverted(unconverted, investment);
  collectUnconverted(unconverted, customers);
  const creditByPartner = new Map<string, number>();
  for (const credit of credits) {
    const converted = toProgramCurrency(
      { [credit.currency]: credit.attributedMinor },
      assumptions,
      unconverted,
    );
    creditByPartner.set(credit.partnerId, (creditByPartner.get(credit.partnerId) ?? 0) + converted);
  }

  const byKey = <T extends { groupKey: string }>(rows: T[]) => new Map(rows.map((r) => [r.groupKey, r]));
  const dealsBy = byKey(deals);
  const investmentBy = byKey(investment);
  const customersBy = byKey(customers);
  const activityBy = byKey(activity);
  const membersBy = new Map<string, string[]>();
  for (const m of members) membersBy.set(m.group_key, [...(membersBy.get(m.group_key) ?? []), m.partner_id]);

  const period = periodLength(scope.from, scope.to);
  const groups = new Map<string, GroupMetrics>();
  for (const [groupKey, ids] of membersBy) {
    const scores = ids.flatMap((id) => {
      const e = engagement.get(id);
      return e && e.enabledUsers > 0 ? [e.score] : [];
    });
    const values = metricValuesOf(
      {
        deals: dealsBy.get(groupKey),
        investment: investmentBy.get(groupKey),
        customers: customersBy.get(groupKey),
        activity: activityBy.get(groupKey),
        attributedMinor: ids.reduce((sum, id) => sum + (creditByPartner.get(id) ?? 0), 0),
        engagementScores: scores,
      },
      settings,
      period,
    );
    groups.set(groupKey, {
      groupKey,
      partners: ids.length,
      newCustomers: customersBy.get(groupKey)?.newCustomers ?? 0,
      values,
    });
  }
  return { groups, direct: customersBy.get(DIRECT_GROUP), unconverted };
}
