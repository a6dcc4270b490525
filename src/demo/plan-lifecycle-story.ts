import { createCustomerRegistry } from './customer-registry.js';
import type { DemoRandom } from './demo-random.js';
import { createFreshNameMaker } from './fresh-names.js';
import { type LifecyclePartner, lifecycleOfRoster } from './lifecycle-partners.js';
import { assignProfiles } from './partner-profiles.js';
import type { AccountPlan } from './plan-accounts.js';
import type { DealStory } from './plan-deal-story.js';
import { collectTierFacts, type Departure, planDepartures, withoutDeparted } from './plan-departures.js';
import { consumerDays } from './plan-job-days.js';
import { type EnrollmentPlan, planLearning } from './plan-learning.js';
import { chooseStalled, planOnboardingTicks, type StepTick } from './plan-onboarding.js';
import { type PartnerDealStory, planPartnerDeals } from './plan-partner-deals.js';
import { type PersonPlan, planPartnerPeople } from './plan-partner-people.js';
import type { PartnerUserPlan } from './plan-partner-users.js';
import type { PartnerPlan } from './plan-partners.js';
import { planRecruiting, type RecruitingStory } from './plan-recruiting.js';
import { planReferences, planTiers, type TierStory } from './plan-tiers.js';

/** Applications per roster partner over the last months of the story. */
const APPLICATION_SHARE = 0.4;

export interface LifecycleStory {
  recruiting: RecruitingStory;
  /** The roster, then the partners recruited through applications. */
  partners: LifecyclePartner[];
  stalled: ReadonlySet<number>;
  people: PersonPlan[];
  enrollments: EnrollmentPlan[];
  deals: PartnerDealStory;
  ticks: StepTick[];
  tiers: TierStory;
  departures: Departure[];
  /** The evenings the onboarding event consumer runs. */
  jobDays: number[];
}

/**
 * The partner lifecycle of the demo, planned after the deal story from a random source of its own:
 * recruiting, portal access, onboarding, the academy and tiers. It adds companies the deal story does
 * not know, and never touches the deal story's accounts, so that story plays out as it always did.
 */
export function planLifecycleStory(
  roster: readonly PartnerPlan[],
  partnerUsers: readonly PartnerUserPlan[],
  accounts: readonly AccountPlan[],
  dealStory: DealStory,
  random: DemoRandom,
): LifecycleStory {
  const registered = dealStory.registrations.map((r) => ({
    name: r.input.customerName,
    website: r.input.customerWebsite ?? null,
    email: r.input.contactEmail ?? null,
  }));
  const names = createFreshNameMaker(random, [
    ...roster.map((p) => p.name),
    ...accounts.map((a) => a.name),
    ...registered.map((r) => r.name),
  ]);
  const recruiting = planRecruiting(
    roster,
    Math.max(9, Math.round(roster.length * APPLICATION_SHARE)),
    random,
    names,
  );
  const partners = [...lifecycleOfRoster(roster, partnerUsers), ...recruiting.partners];
  const profiles = assignProfiles(partners, random);
  const stalled = chooseStalled(partners, random);
  const people = planPartnerPeople(partners, partnerUsers, profiles, random);
  const customers = createCustomerRegistry([
    ...accounts.map((a) => ({ name: a.name, website: a.domain })),
    ...registered,
  ]);
  const learning = planLearning(partners, people, profiles, stalled, random);
  const deals = planPartnerDeals(partners, people, profiles, stalled, customers, names, random);
  const ticks = planOnboardingTicks(partners, people, stalled, random);
  const counted = collectTierFacts(dealStory, deals, learning);
  const schedule = planTiers();
  const tiers = { ...schedule, referenceRounds: planReferences(schedule, partners, profiles, counted.wins) };
  const facts = { ...counted, references: tiers.referenceRounds };
  const departures = planDepartures(partners, people, deals, facts, tiers);
  const enrollments = withoutDeparted(learning, departures);
  return {
    recruiting,
    partners,
    stalled,
    people,
    enrollments,
    deals,
    ticks,
    tiers,
    departures,
    jobDays: consumerDays(partners, people, enrollments, deals, dealStory),
  };
}
