import { DEMO_LAST_DAY } from './demo-clock.js';
import type { LifecyclePartner } from './lifecycle-partners.js';
import type { Profile } from './partner-profiles.js';
import { firstsOfMonths, storyDayOf } from './story-calendar.js';

export interface ReferenceRound {
  day: number;
  values: { partnerIndex: number; value: number }[];
}

export interface TierStory {
  /** The day the program owner introduces the tier program. */
  programDay: number;
  /** Monthly runs of the tier evaluation job. */
  evaluationDays: number[];
  /** The partner managers' review of promotions waiting for approval, a week after each run. */
  approvalDays: number[];
  /** Quarterly business reviews, after which the program owner records each partner's references. */
  referenceRounds: ReferenceRound[];
}

const END = DEMO_LAST_DAY;
const QUARTER = 91;
/** Share of its won customers a partner can name as references, by profile. */
const REFERENCE_SHARE: Record<Profile, number> = { star: 0.5, steady: 0.35, occasional: 0.25 };
/** A customer is live, and can speak for the partner, this long after the deal was won. */
const LIVE_AFTER_DAYS = 60;

/**
 * Tiering in the story: introduced in the program's tenth month, evaluated on the first of every month,
 * and promotions approved at the next partner review (the last one falls after the story ends, so some
 * wait). References are counted later, once the partners' wins are known (see planReferences).
 */
export function planTiers(): TierStory {
  const programDay = storyDayOf('2025-10-15');
  const evaluationDays = firstsOfMonths(programDay, END);
  return {
    programDay,
    evaluationDays,
    approvalDays: evaluationDays.map((day) => day + 8).filter((day) => day <= END),
    referenceRounds: [],
  };
}

/**
 * After every quarterly business review (the first just after tiers are introduced) the program owner
 * records how many of each partner's won customers, live for a while, agreed to act as references.
 */
export function planReferences(
  story: TierStory,
  partners: readonly LifecyclePartner[],
  profiles: ReadonlyMap<number, Profile>,
  wins: readonly { partnerIndex: number; day: number }[],
): ReferenceRound[] {
  const rounds: ReferenceRound[] = [];
  for (let day = story.programDay + 2; day < END; day += QUARTER) {
    const values = partners.flatMap((partner) => {
      const profile = profiles.get(partner.index);
      const gone = partner.churnDay !== null && partner.churnDay < day;
      if (!profile || partner.onboardingDay === null || partner.onboardingDay >= day || gone) return [];
      const live = wins.filter(
        (w) => w.partnerIndex === partner.index && w.day < day - LIVE_AFTER_DAYS,
      ).length;
      const value = Math.floor(live * REFERENCE_SHARE[profile]);
      return value > 0 ? [{ partnerIndex: partner.index, value }] : [];
    });
    if (values.length) rounds.push({ day, values });
  }
  return rounds;
}
