import type { ReplaceTierProgramInput } from './tiers.schemas.js';

/**
 * The program a new vendor starts with: silver for every partner, gold and platinum on trailing revenue,
 * won deals and certified people. Protection days match the default rules of engagement (60 / 90 / 120).
 */
export const DEFAULT_TIER_PROGRAM: ReplaceTierProgramInput = {
  demotionGraceDays: 90,
  promotionNeedsApproval: false,
  currency: 'USD',
  exchangeRates: {
    EUR: 1.08,
    GBP: 1.27,
    CAD: 0.73,
    AUD: 0.66,
    JPY: 0.0067,
    SGD: 0.74,
    BRL: 0.2,
    MXN: 0.055,
    INR: 0.012,
  },
  tiers: [
    {
      key: 'silver',
      name: 'Silver',
      rank: 1,
      criteria: [],
      benefits: { discountPercent: 10, protectionDays: 60, mdfSharePercent: 0, leadPriorityWeight: 1 },
    },
    {
      key: 'gold',
      name: 'Gold',
      rank: 2,
      criteria: [
        { metric: 'sourcedRevenueMinor', min: 250_000_00 },
        { metric: 'wonDeals', min: 3 },
        { metric: 'certifiedPeople', min: 2 },
      ],
      benefits: { discountPercent: 20, protectionDays: 90, mdfSharePercent: 3, leadPriorityWeight: 2 },
    },
    {
      key: 'platinum',
      name: 'Platinum',
      rank: 3,
      criteria: [
        { metric: 'sourcedRevenueMinor', min: 1_000_000_00 },
        { metric: 'wonDeals', min: 8 },
        { metric: 'certifiedPeople', min: 5 },
        { metric: 'psat', min: 0.8 },
      ],
      benefits: { discountPercent: 30, protectionDays: 120, mdfSharePercent: 5, leadPriorityWeight: 4 },
    },
  ],
};
