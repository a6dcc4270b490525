import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_PROGRAM } from '../../../../modules/tiers/default-tier-program';
import { formatMetricValue, metricLabel, metricsLine } from '../tier-metrics';
import { tierOutlook } from '../tier-outlook';
import {
  benefitGain,
  type CriterionView,
  criteriaSummary,
  criterionPercent,
  criterionShortfall,
  overallPercent,
  tierName,
  tierPosition,
} from '../tier-progress';
import { readableTierReason } from '../tier-reason';

const criterion = (patch: Partial<CriterionView>): CriterionView => ({
  metric: 'wonDeals',
  required: 4,
  value: 1,
  met: false,
  skipped: false,
  ...patch,
});

const tiers = DEFAULT_TIER_PROGRAM.tiers;

describe('progress towards a tier', () => {
  it('is value over required, full when met or skipped, and never full while short', () => {
    expect(criterionPercent(criterion({ value: 1 }))).toBe(25);
    expect(criterionPercent(criterion({ value: 3.99 }))).toBe(99);
    expect(criterionPercent(criterion({ value: 5, met: true }))).toBe(100);
    expect(criterionPercent(criterion({ value: null, skipped: true, met: true }))).toBe(100);
    expect(criterionPercent(criterion({ value: -2 }))).toBe(0);
    expect(criterionPercent(criterion({ required: 0, value: 0, met: true }))).toBe(100);
  });

  it('says what is missing in the metric’s own terms', () => {
    expect(criterionShortfall(criterion({ value: 1 }), 'USD')).toBe('3 more');
    expect(
      criterionShortfall(
        criterion({ metric: 'sourcedRevenueMinor', required: 250_000_00, value: 2_600_00 }),
        'USD',
      ),
    ).toBe('$247,400.00 more');
    expect(criterionShortfall(criterion({ metric: 'psat', required: 0.8, value: 0.65 }), 'USD')).toBe(
      '15 points more',
    );
    expect(criterionShortfall(criterion({ metric: 'custom:webinars', required: 2.5, value: 1 }), 'USD')).toBe(
      '1.5 more',
    );
    expect(criterionShortfall(criterion({ value: 5, met: true }), 'USD')).toBeNull();
  });

  it('counts met criteria and averages progress, leaving skipped ones out', () => {
    const criteria = [
      criterion({ value: 2 }),
      criterion({ metric: 'certifiedPeople', value: 5, required: 2, met: true }),
      criterion({ metric: 'psat', value: null, skipped: true, met: true }),
    ];
    expect(criteriaSummary(criteria)).toEqual({ met: 1, counted: 2 });
    expect(overallPercent(criteria)).toBe(75);
    expect(overallPercent([])).toBe(100);
  });
});

describe('metrics and tiers as people read them', () => {
  it('labels and formats each kind of metric', () => {
    expect(metricLabel('certifiedPeople')).toBe('Certified people');
    expect(metricLabel('custom:joint-webinars')).toBe('Joint webinars');
    expect(formatMetricValue('sourcedRevenueMinor', 123_456, 'EUR')).toBe('€1,234.56');
    expect(formatMetricValue('psat', 0.825, 'USD')).toBe('82.5%');
    expect(formatMetricValue('psat', null, 'USD')).toBe('—');
    expect(
      metricsLine({ wonDeals: 2, psat: null, sourcedRevenueMinor: 100 }, 'USD', [
        'sourcedRevenueMinor',
        'psat',
      ]),
    ).toBe('Sourced revenue $1.00');
  });

  it('names tiers from the program and places them by rank', () => {
    const shuffled = [tiers[2]!, tiers[0]!, tiers[1]!];
    expect(tierName(shuffled, 'gold')).toBe('Gold');
    expect(tierName(shuffled, 'diamond')).toBe('Diamond');
    expect(tierName(shuffled, null)).toBe('No tier');
    expect(tierPosition(shuffled, 'platinum')).toBe(2);
    expect(tierPosition(shuffled, null)).toBe(-1);
  });

  it('shows what the next tier’s benefits add', () => {
    const [silver, gold] = [tiers[0]!.benefits, tiers[1]!.benefits];
    expect(benefitGain(silver, gold, 'discountPercent')).toBe('+10 pts');
    expect(benefitGain(silver, gold, 'protectionDays')).toBe('+30 days');
    expect(benefitGain(gold, silver, 'leadPriorityWeight')).toBe('−1');
    expect(benefitGain(gold, gold, 'mdfSharePercent')).toBeNull();
    expect(benefitGain(null, gold, 'mdfSharePercent')).toBeNull();
  });

  it('rewrites an evaluation reason with metric labels, amounts and tier names', () => {
    expect(
      readableTierReason(
        'No longer meets gold (sourcedRevenueMinor 0 < 25000000, custom:gold 1 < 2); demotion to silver after 90 days',
        tiers,
        'USD',
      ),
    ).toBe(
      'No longer meets Gold (Sourced revenue $0.00 of $250,000.00, Gold 1 of 2); demotion to Silver after 90 days',
    );
  });
});

describe('the outlook of a partner’s tier', () => {
  const program = { tiers, promotionNeedsApproval: false };
  const base = {
    tier: 'silver',
    pendingTier: null,
    demotionWarnedAt: null,
    demotionDueAt: null,
    metrics: { sourcedRevenueMinor: 0, wonDeals: 0, certifiedPeople: 0, psat: null },
    currentCriteria: [],
  };
  const goldMetrics = { sourcedRevenueMinor: 300_000_00, wonDeals: 4, certifiedPeople: 2, psat: null };

  it('is steady when nothing is pending', () => {
    expect(tierOutlook(base, program)).toEqual({ kind: 'steady' });
  });

  it('names the higher tier the metrics already meet, and whether it waits for approval', () => {
    expect(
      tierOutlook({ ...base, metrics: goldMetrics }, { ...program, promotionNeedsApproval: true }),
    ).toEqual({ kind: 'qualifies_higher', tier: 'gold', needsApproval: true });
    expect(tierOutlook({ ...base, tier: null }, program)).toMatchObject({ tier: 'silver' });
  });

  it('puts a pending approval first, then a running warning with the tier it falls to', () => {
    expect(tierOutlook({ ...base, pendingTier: 'gold', metrics: goldMetrics }, program)).toEqual({
      kind: 'awaiting_approval',
      tier: 'gold',
    });
    expect(
      tierOutlook(
        {
          ...base,
          tier: 'gold',
          demotionWarnedAt: '2026-01-01T00:00:00.000Z',
          demotionDueAt: '2026-04-01T00:00:00.000Z',
        },
        program,
      ),
    ).toEqual({
      kind: 'grace',
      warnedAt: '2026-01-01T00:00:00.000Z',
      dueAt: '2026-04-01T00:00:00.000Z',
      target: 'silver',
    });
  });

  it('flags a partner below its tier before any warning', () => {
    const unmet = { metric: 'wonDeals', required: 3, value: 0, met: false, skipped: false };
    expect(tierOutlook({ ...base, tier: 'gold', currentCriteria: [unmet] }, program)).toEqual({
      kind: 'falls_short',
    });
  });
});
