import { DEFAULT_TIER_PROGRAM } from '../modules/tiers/default-tier-program.js';
import type { ReplaceTierProgramInput } from '../modules/tiers/tiers.schemas.js';

/** The program's own metric: customers willing to act as a reference, counted at quarterly reviews. */
export const REFERENCE_METRIC = 'reference_customers';

/**
 * The demo program's tiers, sized to its deals (most registrations are between $15k and $250k): Silver
 * for every partner in the program, Gold for partners that source and certify steadily, Platinum for the
 * few that bring in major revenue with certified teams and customer references. Promotions wait for a
 * manager's approval; a partner that falls short keeps its tier through a 90-day grace period.
 */
export const DEMO_TIER_PROGRAM: ReplaceTierProgramInput = {
  ...DEFAULT_TIER_PROGRAM,
  demotionGraceDays: 90,
  promotionNeedsApproval: true,
  tiers: DEFAULT_TIER_PROGRAM.tiers.map((tier) => {
    if (tier.key === 'gold')
      return {
        ...tier,
        criteria: [
          { metric: 'sourcedRevenueMinor', min: 75_000_00 },
          { metric: 'wonDeals', min: 2 },
          { metric: 'certifiedPeople', min: 2 },
        ],
      };
    if (tier.key === 'platinum')
      return {
        ...tier,
        criteria: [
          { metric: 'sourcedRevenueMinor', min: 400_000_00 },
          { metric: 'wonDeals', min: 6 },
          { metric: 'certifiedPeople', min: 3 },
          { metric: `custom:${REFERENCE_METRIC}`, min: 2 },
          { metric: 'psat', min: 0.8 },
        ],
      };
    return tier;
  }),
};
