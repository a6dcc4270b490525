/**
 * Lifecycle health: whether a partner's recent signals put it at risk — no activity for too long,
 * partner revenue falling sharply, or its certifications lapsed with nobody certified left — and why.
 * Pure: no database, no clock.
 */

export interface HealthRules {
  noActivity: { enabled: boolean; days: number };
  fallingRevenue: {
    enabled: boolean;
    /** The recent window, compared with the window of the same length just before it. */
    windowDays: number;
    /** Fires when recent revenue is at least this much below the previous window's. */
    dropPercent: number;
    /** The previous window must have had at least this much (program currency, minor units). */
    minPreviousRevenueMinor: number;
  };
  expiredCertifications: {
    enabled: boolean;
    /** Certificates that expired within this many days without being renewed count. */
    withinDays: number;
    /** Fires when the partner has fewer certified people than this left. */
    minCertifiedPeople: number;
  };
}

export type HealthRuleKey = keyof HealthRules;

export interface HealthSignals {
  /** The partner's latest activity (registrations, deals, learning, list uploads, portal sign-ins). */
  lastActivityAt: Date | null;
  /** When the partner became active; activity is not expected before. */
  activeSince: Date | null;
  recentRevenueMinor: number;
  previousRevenueMinor: number;
  /** Certificates that expired within the rule's window and were not renewed. */
  lapsedCertificates: number;
  certifiedPeople: number;
}

export interface HealthFinding {
  rule: HealthRuleKey;
  fired: boolean;
  /** A sentence a manager can read, with the numbers behind it. */
  detail: string;
}

export interface HealthAssessment {
  atRisk: boolean;
  findings: HealthFinding[];
  /** The fired findings joined, or why the partner is healthy. */
  reason: string;
}

const DAY_MS = 86_400_000;

function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

function assessActivity(rules: HealthRules['noActivity'], signals: HealthSignals, asOf: Date): HealthFinding {
  const since = [signals.lastActivityAt, signals.activeSince]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (!since) {
    return { rule: 'noActivity', fired: false, detail: 'No activity recorded and no activation date yet' };
  }
  const idle = wholeDaysBetween(since, asOf);
  const fired = idle >= rules.days;
  const what =
    signals.lastActivityAt && since === signals.lastActivityAt ? 'activity' : 'activity since activation';
  return {
    rule: 'noActivity',
    fired,
    detail: fired
      ? `No partner ${what} for ${idle} days (limit ${rules.days})`
      : `Last partner activity ${idle} days ago (limit ${rules.days})`,
  };
}

function assessRevenue(rules: HealthRules['fallingRevenue'], signals: HealthSignals): HealthFinding {
  const { recentRevenueMinor: recent, previousRevenueMinor: previous } = signals;
  if (previous <= 0 || previous < rules.minPreviousRevenueMinor) {
    return {
      rule: 'fallingRevenue',
      fired: false,
      detail: `Too little revenue in the previous ${rules.windowDays} days to compare`,
    };
  }
  const dropPercent = ((previous - recent) / previous) * 100;
  const fired = dropPercent >= rules.dropPercent;
  const change = Math.round(Math.abs(dropPercent));
  const direction = dropPercent > 0 ? `fell ${change}%` : dropPercent < 0 ? `rose ${change}%` : 'held level';
  return {
    rule: 'fallingRevenue',
    fired,
    detail: `Partner revenue ${direction} over the last ${rules.windowDays} days against the ${rules.windowDays} before (limit: a fall of ${rules.dropPercent}%)`,
  };
}

function assessCertifications(
  rules: HealthRules['expiredCertifications'],
  signals: HealthSignals,
): HealthFinding {
  const fired = signals.lapsedCertificates > 0 && signals.certifiedPeople < rules.minCertifiedPeople;
  const lapsed = `${signals.lapsedCertificates} certificate${signals.lapsedCertificates === 1 ? '' : 's'} expired without renewal in the last ${rules.withinDays} days`;
  const people = `${signals.certifiedPeople} certified ${signals.certifiedPeople === 1 ? 'person' : 'people'} left (at least ${rules.minCertifiedPeople} expected)`;
  return {
    rule: 'expiredCertifications',
    fired,
    detail:
      signals.lapsedCertificates > 0
        ? `${lapsed}; ${people}`
        : `No certificates lapsed in the last ${rules.withinDays} days`,
  };
}

/** Applies the enabled rules to one partner's signals; a partner is at risk when any rule fires. */
export function assessPartnerHealth(
  rules: HealthRules,
  signals: HealthSignals,
  asOf: Date,
): HealthAssessment {
  const findings: HealthFinding[] = [];
  if (rules.noActivity.enabled) findings.push(assessActivity(rules.noActivity, signals, asOf));
  if (rules.fallingRevenue.enabled) findings.push(assessRevenue(rules.fallingRevenue, signals));
  if (rules.expiredCertifications.enabled) {
    findings.push(assessCertifications(rules.expiredCertifications, signals));
  }
  const fired = findings.filter((f) => f.fired);
  return {
    atRisk: fired.length > 0,
    findings,
    reason: fired.length > 0 ? fired.map((f) => f.detail).join('; ') : 'Every enabled health rule is met',
  };
}
