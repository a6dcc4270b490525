import { describe, expect, it } from 'vitest';
import {
  evaluateTier,
  type PartnerTierState,
  qualifiedTier,
  type TierDefinition,
  type TierMetrics,
  type TierPolicy,
} from '../evaluate-tier.js';

const TIERS: TierDefinition[] = [
  { key: 'silver', rank: 1, criteria: [] },
  {
    key: 'gold',
    rank: 2,
    criteria: [
      { metric: 'sourcedRevenueMinor', min: 50_000_00 },
      { metric: 'certifiedPeople', min: 2 },
    ],
  },
  {
    key: 'platinum',
    rank: 3,
    criteria: [
      { metric: 'sourcedRevenueMinor', min: 250_000_00 },
      { metric: 'certifiedPeople', min: 5 },
      { metric: 'psat', min: 0.8 },
    ],
  },
];
const POLICY: TierPolicy = { demotionGraceDays: 90, promotionNeedsApproval: false };
const NOW = new Date('2026-11-24T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const state = (currentTier: string | null, warnedDaysAgo: number | null = null): PartnerTierState => ({
  currentTier,
  demotionWarnedAt: warnedDaysAgo === null ? null : daysAgo(warnedDaysAgo),
});

describe('qualifiedTier', () => {
  it.each<[string, TierMetrics, string | null]>([
    ['no data at all: the tier without criteria', {}, 'silver'],
    ['one cent below gold revenue', { sourcedRevenueMinor: 50_000_00 - 1, certifiedPeople: 9 }, 'silver'],
    ['exactly at the gold boundary', { sourcedRevenueMinor: 50_000_00, certifiedPeople: 2 }, 'gold'],
    [
      'platinum numbers with a low PSAT',
      { sourcedRevenueMinor: 300_000_00, certifiedPeople: 6, psat: 0.79 },
      'gold',
    ],
    [
      'platinum numbers with no PSAT surveyed: not held against it',
      { sourcedRevenueMinor: 300_000_00, certifiedPeople: 6 },
      'platinum',
    ],
    [
      'platinum numbers with PSAT null',
      { sourcedRevenueMinor: 300_000_00, certifiedPeople: 6, psat: null },
      'platinum',
    ],
    ['missing revenue counts as zero', { certifiedPeople: 6, psat: 1 }, 'silver'],
  ])('%s', (_label, metrics, expected) => {
    expect(qualifiedTier(TIERS, metrics)?.key ?? null).toBe(expected);
  });

  it('never skips a tier: platinum revenue without gold certifications stays below gold', () => {
    const tiers: TierDefinition[] = [
      { key: 'gold', rank: 2, criteria: [{ metric: 'certifiedPeople', min: 2 }] },
      { key: 'platinum', rank: 3, criteria: [{ metric: 'sourcedRevenueMinor', min: 1 }] },
    ];
    expect(qualifiedTier(tiers, { sourcedRevenueMinor: 5 })).toBeNull();
  });
});

describe('evaluateTier', () => {
  const gold: TierMetrics = { sourcedRevenueMinor: 60_000_00, certifiedPeople: 3 };
  const silver: TierMetrics = { sourcedRevenueMinor: 10_000_00, certifiedPeople: 3 };

  it.each<[string, TierMetrics, PartnerTierState, TierPolicy, string, string | null, number | null]>([
    // label, metrics, state, policy, action, tier after, warning kept (days ago) or null
    [
      'a partner without a tier gets the one it qualifies for',
      gold,
      state(null),
      POLICY,
      'assign',
      'gold',
      null,
    ],
    ['promotion applies at once', gold, state('silver'), POLICY, 'promote', 'gold', null],
    [
      'promotion waits for approval when configured',
      gold,
      state('silver'),
      { ...POLICY, promotionNeedsApproval: true },
      'promotion_pending_approval',
      'silver',
      null,
    ],
    ['still qualifying keeps the tier', gold, state('gold'), POLICY, 'keep', 'gold', null],
    [
      'falling short starts a warning, never an immediate demotion',
      silver,
      state('gold'),
      POLICY,
      'demotion_warning',
      'gold',
      0,
    ],
    [
      'inside the grace period the tier is kept',
      silver,
      state('gold', 89),
      POLICY,
      'demotion_pending',
      'gold',
      89,
    ],
    [
      'the day the grace period ends the demotion applies',
      silver,
      state('gold', 90),
      POLICY,
      'demote',
      'silver',
      null,
    ],
    [
      'recovering during the grace period lifts the warning',
      gold,
      state('gold', 30),
      POLICY,
      'recovered',
      'gold',
      null,
    ],
    [
      'a warned partner that qualifies higher is promoted and the warning ends',
      { sourcedRevenueMinor: 300_000_00, certifiedPeople: 6 },
      state('gold', 30),
      POLICY,
      'promote',
      'platinum',
      null,
    ],
    ['an unknown current tier is treated as none', gold, state('bronze'), POLICY, 'assign', 'gold', null],
  ])('%s', (_label, metrics, before, policy, action, tier, warnedDaysAgo) => {
    const evaluation = evaluateTier(TIERS, metrics, before, policy, NOW);
    expect(evaluation.action).toBe(action);
    expect(evaluation.tier).toBe(tier);
    expect(evaluation.demotionWarnedAt).toEqual(warnedDaysAgo === null ? null : daysAgo(warnedDaysAgo));
    expect(evaluation.reason).not.toBe('');
  });

  it('says when a grace period ends and what was missed', () => {
    const evaluation = evaluateTier(TIERS, silver, state('gold'), POLICY, NOW);
    expect(evaluation.demotionDueAt).toEqual(new Date('2027-02-22T00:00:00Z'));
    expect(evaluation.reason).toContain('sourcedRevenueMinor 1000000 < 5000000');
  });

  it('shows the progress towards the next tier, and none at the top', () => {
    const evaluation = evaluateTier(TIERS, gold, state('gold'), POLICY, NOW);
    expect(evaluation.nextTier).toEqual({
      key: 'platinum',
      criteria: [
        { metric: 'sourcedRevenueMinor', required: 250_000_00, value: 60_000_00, met: false, skipped: false },
        { metric: 'certifiedPeople', required: 5, value: 3, met: false, skipped: false },
        { metric: 'psat', required: 0.8, value: null, met: true, skipped: true },
      ],
    });
    const top = evaluateTier(
      TIERS,
      { sourcedRevenueMinor: 300_000_00, certifiedPeople: 6 },
      state('platinum'),
      POLICY,
      NOW,
    );
    expect(top.nextTier).toBeNull();
  });
});
