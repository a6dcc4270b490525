import { momentumOf } from '../enablement/certification-momentum.js';
import type { ActivityFigures } from './activity-queries.js';
import type { CustomerFigures } from './customer-queries.js';
import type { DealFigures } from './deal-queries.js';
import type { InvestmentFigures } from './investment-queries.js';
import { emptyMetricValues, type MetricValues } from './metric-catalog.js';
import type { AnalyticsSettings } from './scorecard.schemas.js';

const DAY_MS = 86_400_000;
const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const ratio = (part: number, whole: number, places = 4) => (whole > 0 ? round(part / whole, places) : null);

export interface PeriodLength {
  days: number;
  months: number;
  years: number;
}

export function periodLength(from: Date, to: Date): PeriodLength {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  return { days, months: days / DAYS_PER_MONTH, years: days / DAYS_PER_YEAR };
}

/** MDF and incentives paid plus the enablement and management cost the assumptions put on them. */
export function investmentOf(
  figures: InvestmentFigures | undefined,
  settings: AnalyticsSettings,
  period: PeriodLength,
): number {
  if (!figures) return 0;
  return Math.round(
    figures.mdfPaidMinor +
      figures.incentivesPaidMinor +
      figures.enrollments * settings.enablementCostPerEnrollmentMinor +
      figures.certificates * settings.enablementCostPerCertificateMinor +
      figures.partners * period.months * settings.managementCostPerPartnerMonthMinor,
  );
}

/**
 * CLTV of a cohort: average annual gross profit per customer × expected lifetime, the lifetime being
 * 1 / annual churn rate (churned customers per customer-year of exposure), capped by the assumption
 * when the cohort shows little or no churn.
 */
export function cltvOf(
  cohort: CustomerFigures | undefined,
  settings: AnalyticsSettings,
  period: PeriodLength,
): number | null {
  if (!cohort || cohort.customers === 0 || period.years <= 0) return null;
  const profitPerCustomerYear =
    (cohort.revenueMinor * (settings.grossMarginPercent / 100)) / cohort.customers / period.years;
  const churnRate = cohort.customerYears > 0 ? cohort.churned / cohort.customerYears : 0;
  const lifetime =
    churnRate > 0
      ? Math.min(1 / churnRate, settings.maxCustomerLifetimeYears)
      : settings.maxCustomerLifetimeYears;
  return Math.round(profitPerCustomerYear * lifetime);
}

export interface GroupFigures {
  deals?: DealFigures | undefined;
  investment?: InvestmentFigures | undefined;
  customers?: CustomerFigures | undefined;
  activity?: ActivityFigures | undefined;
  /** Model credit of the group's members, program currency. */
  attributedMinor: number;
  /** Members' portal engagement scores (members with enabled users only). */
  engagementScores: number[];
}

/** Every scorecard metric of one group from the set-based figures; null where there is nothing to measure. */
export function metricValuesOf(
  group: GroupFigures,
  settings: AnalyticsSettings,
  period: PeriodLength,
): MetricValues {
  const values = emptyMetricValues();
  const { deals, activity, customers } = group;
  const margin = settings.grossMarginPercent / 100;
  const investment = investmentOf(group.investment, settings, period);
  values.sourcedRevenue = deals?.sourcedMinor ?? 0;
  values.influencedRevenue = deals?.influencedMinor ?? 0;
  values.attributedRevenue = group.attributedMinor;
  values.ropi = investment > 0 ? round((group.attributedMinor * margin - investment) / investment, 3) : null;
  values.cltv = cltvOf(customers, settings, period);
  values.cac =
    customers && customers.newCustomers > 0 ? Math.round(investment / customers.newCustomers) : null;
  values.timeToFirstRevenue = activity?.medianDaysToFirstRevenue ?? null;
  values.winRate = deals ? ratio(deals.won, deals.won + deals.lost) : null;
  values.cycleLength = deals?.cycleDays == null ? null : round(deals.cycleDays, 1);
  values.averageDealSize =
    deals && deals.wonConverted > 0 ? Math.round(deals.wonMinor / deals.wonConverted) : null;
  if (activity) {
    values.registrationApprovalRate = ratio(activity.approved, activity.decided);
    values.registrationConflictRate = ratio(activity.conflicted, activity.submitted);
    values.leadAcceptanceRate = ratio(activity.offersAccepted, activity.offersAnswered);
    values.psat = activity.ratings > 0 ? round((activity.satisfied / activity.ratings) * 100, 1) : null;
    values.pnps =
      activity.responses > 0
        ? round(((activity.promoters - activity.detractors) / activity.responses) * 100, 1)
        : null;
    const momentum = momentumOf(activity.certificatesLast90, activity.certificatesPrevious90);
    values.certificationMomentum = momentum === null ? null : round(momentum, 3);
  }
  const scores = group.engagementScores;
  values.portalEngagement = scores.length
    ? round(scores.reduce((a, b) => a + b, 0) / scores.length, 1)
    : null;
  return values;
}

/** CAC of the direct channel: its monthly sales and marketing cost over the period / new direct customers. */
export function directCacOf(
  direct: CustomerFigures | undefined,
  settings: AnalyticsSettings,
  period: PeriodLength,
): number | null {
  if (!direct || direct.newCustomers === 0) return null;
  return Math.round((settings.directSalesMarketingCostPerMonthMinor * period.months) / direct.newCustomers);
}
