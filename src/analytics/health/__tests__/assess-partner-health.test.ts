import { describe, expect, it } from 'vitest';
import { assessPartnerHealth, type HealthRules, type HealthSignals } from '../assess-partner-health.js';

const RULES: HealthRules = {
  noActivity: { enabled: true, days: 90 },
  fallingRevenue: { enabled: true, windowDays: 180, dropPercent: 50, minPreviousRevenueMinor: 1_000_000 },
  expiredCertifications: { enabled: true, withinDays: 90, minCertifiedPeople: 1 },
};
const AS_OF = new Date('2026-06-30T12:00:00Z');
const daysAgo = (n: number) => new Date(AS_OF.getTime() - n * 86_400_000);

const HEALTHY: HealthSignals = {
  lastActivityAt: daysAgo(5),
  activeSince: daysAgo(400),
  recentRevenueMinor: 5_000_000,
  previousRevenueMinor: 5_000_000,
  lapsedCertificates: 0,
  certifiedPeople: 3,
};

const fired = (signals: Partial<HealthSignals>, rules: HealthRules = RULES) =>
  assessPartnerHealth(rules, { ...HEALTHY, ...signals }, AS_OF)
    .findings.filter((f) => f.fired)
    .map((f) => f.rule);

describe('assessPartnerHealth', () => {
  it.each([
    ['activity yesterday', { lastActivityAt: daysAgo(1) }, []],
    ['89 idle days, one short of the limit', { lastActivityAt: daysAgo(89) }, []],
    ['exactly 90 idle days', { lastActivityAt: daysAgo(90) }, ['noActivity']],
    [
      'no activity ever, active for 200 days',
      { lastActivityAt: null, activeSince: daysAgo(200) },
      ['noActivity'],
    ],
    ['no activity ever, active for 30 days', { lastActivityAt: null, activeSince: daysAgo(30) }, []],
    ['old activity but reactivated recently', { lastActivityAt: daysAgo(300), activeSince: daysAgo(10) }, []],
    ['nothing known at all', { lastActivityAt: null, activeSince: null }, []],
  ] as const)('no activity: %s', (_, signals, expected) => {
    expect(fired(signals)).toEqual(expected);
  });

  it.each([
    ['level revenue', { recentRevenueMinor: 5_000_000, previousRevenueMinor: 5_000_000 }, []],
    ['a 49% fall', { recentRevenueMinor: 2_550_000, previousRevenueMinor: 5_000_000 }, []],
    [
      'exactly a 50% fall',
      { recentRevenueMinor: 2_500_000, previousRevenueMinor: 5_000_000 },
      ['fallingRevenue'],
    ],
    ['all revenue gone', { recentRevenueMinor: 0, previousRevenueMinor: 5_000_000 }, ['fallingRevenue']],
    ['growth', { recentRevenueMinor: 9_000_000, previousRevenueMinor: 5_000_000 }, []],
    ['previous window below the minimum', { recentRevenueMinor: 0, previousRevenueMinor: 999_999 }, []],
    ['no revenue in either window', { recentRevenueMinor: 0, previousRevenueMinor: 0 }, []],
  ] as const)('falling revenue: %s', (_, signals, expected) => {
    expect(fired(signals)).toEqual(expected);
  });

  it.each([
    ['nothing lapsed, nobody certified', { lapsedCertificates: 0, certifiedPeople: 0 }, []],
    ['lapsed but others still certified', { lapsedCertificates: 2, certifiedPeople: 1 }, []],
    [
      'lapsed and nobody certified left',
      { lapsedCertificates: 1, certifiedPeople: 0 },
      ['expiredCertifications'],
    ],
  ] as const)('expired certifications: %s', (_, signals, expected) => {
    expect(fired(signals)).toEqual(expected);
  });

  it('fires every rule that applies and gives all their reasons', () => {
    const assessment = assessPartnerHealth(
      RULES,
      {
        ...HEALTHY,
        lastActivityAt: daysAgo(120),
        recentRevenueMinor: 0,
        lapsedCertificates: 1,
        certifiedPeople: 0,
      },
      AS_OF,
    );
    expect(assessment.atRisk).toBe(true);
    expect(assessment.findings.map((f) => f.rule)).toEqual([
      'noActivity',
      'fallingRevenue',
      'expiredCertifications',
    ]);
    expect(assessment.reason).toContain('No partner activity for 120 days (limit 90)');
    expect(assessment.reason).toContain('fell 100%');
    expect(assessment.reason).toContain('1 certificate expired without renewal');
  });

  it('leaves disabled rules out entirely', () => {
    const rules: HealthRules = {
      ...RULES,
      noActivity: { ...RULES.noActivity, enabled: false },
      fallingRevenue: { ...RULES.fallingRevenue, enabled: false },
    };
    const assessment = assessPartnerHealth(
      rules,
      { ...HEALTHY, lastActivityAt: daysAgo(500), recentRevenueMinor: 0 },
      AS_OF,
    );
    expect(assessment.atRisk).toBe(false);
    expect(assessment.findings.map((f) => f.rule)).toEqual(['expiredCertifications']);
    expect(assessment.reason).toBe('Every enabled health rule is met');
  });

  it('uses the configured limits', () => {
    const strict: HealthRules = { ...RULES, noActivity: { enabled: true, days: 30 } };
    expect(fired({ lastActivityAt: daysAgo(31) }, strict)).toEqual(['noActivity']);
  });
});
