import { systemActor } from '../platform/actor.js';
import { type Ctx, inTransaction } from '../platform/context.js';
import type { Executor } from '../platform/db/client.js';
import { createIdGenerator, seededBytes, seededRandom } from '../platform/ids.js';
import { accountEvents } from './account-events.js';
import { createNameMaker } from './company-names.js';
import { countSeeded } from './count-seeded.js';
import { coSellEvents, directDealEvents, expirySweepEvents, ruleSetEvents } from './deal-events.js';
import { createDemoClock, DEMO_LAST_DAY } from './demo-clock.js';
import { DEMO_DEFAULTS } from './demo-defaults.js';
import { createDemoRandom } from './demo-random.js';
import { DEMO_TEAM } from './demo-team.js';
import { createDemoWorld, type DemoEvent } from './demo-world.js';
import { healthEvents } from './health-events.js';
import { incentivesEvents } from './incentives-events.js';
import { integrationsEvents } from './integrations-events.js';
import { leadsEvents } from './leads-events.js';
import { lifecycleEvents } from './lifecycle-events.js';
import { mappingEvents } from './mapping-events.js';
import { marketingEvents } from './marketing-events.js';
import { mdfEvents } from './mdf-events.js';
import { partnerEvents } from './partner-events.js';
import { planAccountLists } from './plan-account-lists.js';
import { planAccounts } from './plan-accounts.js';
import { planDealStory } from './plan-deal-story.js';
import { planLifecycleStory } from './plan-lifecycle-story.js';
import { planPartnerUsers } from './plan-partner-users.js';
import { planPartners } from './plan-partners.js';
import { predictionsEvents } from './predictions-events.js';
import { programEvents } from './program-events.js';
import type { ProgramStory } from './program-story.js';
import { registrationEvents } from './registration-events.js';
import { surveysEvents } from './surveys-events.js';
import { partnerUserEvents, teamEvents } from './team-events.js';

export interface SeedDemoOptions {
  seed?: number;
  partners?: number;
  accounts?: number;
  /** Partners that get portal users (a partner admin and a partner rep each). */
  partnersWithUsers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoSummary {
  seed: number;
  users: number;
  partners: number;
  contacts: number;
  stageMoves: number;
  /** The vendor's accounts, including those partners' registrations proposed for new customers. */
  accounts: number;
  /** Deals: the vendor's direct ones and those opened by approved registrations. */
  deals: number;
  registrations: number;
  registrationsByStatus: Record<string, number>;
  /** Recruiting applications, through the public form and added by managers. */
  applications: number;
  /** Partners that went through onboarding, by where their checklist stands ("stalled" ones apart). */
  onboardingsByStatus: Record<string, number>;
  courses: number;
  enrollments: number;
  certificates: number;
  /** Partners holding each tier (churned partners keep the tier they last held). */
  partnersByTier: Record<string, number>;
}

/** The account events return the created account; the deal story needs its id by plan index. */
function rememberingAccounts(events: DemoEvent[]): DemoEvent[] {
  return events.map((event, index) => ({
    ...event,
    async run(world) {
      const account = (await event.run(world)) as { id: string };
      world.rememberAccount(index, account.id);
      return account;
    },
  }));
}

/**
 * Seeds a whole demo partner program through the use cases (so the audit trail is real), in one
 * transaction: the same seed gives the same names, ids and timestamps on any empty database.
 */
export async function seedDemo(db: Executor, options: SeedDemoOptions = {}): Promise<DemoSummary> {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const random = createDemoRandom(seed);
  const names = createNameMaker(random);
  const partners = planPartners(options.partners ?? DEMO_DEFAULTS.partners, random, names);
  const accounts = planAccounts(options.accounts ?? DEMO_DEFAULTS.accounts, random, names);
  const partnerUsers = planPartnerUsers(
    partners,
    options.partnersWithUsers ?? DEMO_DEFAULTS.partnersWithUsers,
  );
  // Planned last from the same random source, so the rest of the program keeps its names and dates.
  const deals = planDealStory(partners, partnerUsers, accounts, names, random);
  const firstRegistration = deals.registrations[0]?.day ?? DEMO_LAST_DAY;
  // A random source of their own, so the partners' lists leave the rest of the story as it was.
  const listRandom = createDemoRandom(seed ^ 0x11575);
  const accountLists = planAccountLists(
    partners,
    partnerUsers,
    accounts,
    listRandom,
    createNameMaker(listRandom),
  );
  // Recruiting, onboarding, the academy and tiers: planned last, from a random source of their own too.
  const lifecycle = planLifecycleStory(
    partners,
    partnerUsers,
    accounts,
    deals,
    createDemoRandom(seed ^ 0x2e1a7),
  );

  // Marketing, leads, MDF, incentives and surveys: each from a random source of its own, planned last.
  const story: ProgramStory = { partners, partnerUsers, accounts, deals, lifecycle };

  // Ordered by story time; ties keep their listed order, so a partner exists before its contacts.
  const events: DemoEvent[] = [
    ...teamEvents(),
    ...partnerEvents(partners),
    ...rememberingAccounts(accountEvents(accounts)),
    ...partnerUserEvents(partnerUsers),
    ...ruleSetEvents(),
    ...directDealEvents(deals.directDeals, partners),
    ...registrationEvents(deals.registrations),
    ...coSellEvents(deals.coSell),
    ...expirySweepEvents(firstRegistration),
    ...mappingEvents(accountLists),
    ...lifecycleEvents(lifecycle),
    ...marketingEvents(story, createDemoRandom(seed ^ 0x3a41c)),
    ...leadsEvents(story, createDemoRandom(seed ^ 0x1ead5)),
    ...mdfEvents(story, createDemoRandom(seed ^ 0x3df01)),
    ...incentivesEvents(story, createDemoRandom(seed ^ 0x1ace7)),
    ...surveysEvents(story, createDemoRandom(seed ^ 0x5a7f5)),
    ...healthEvents(),
    ...programEvents(story, createDemoRandom(seed ^ 0x9a0c1)),
    ...integrationsEvents(story, createDemoRandom(seed ^ 0x1e7a9)),
    ...predictionsEvents(story, createDemoRandom(seed ^ 0x7e5c3)),
  ].sort((a, b) => a.day - b.day || a.minute - b.minute);

  const clock = createDemoClock();
  const ids = createIdGenerator(() => clock.now(), seededBytes(seededRandom(seed ^ 0x5eed_1d5)));
  const base: Ctx = { db, actor: systemActor('demo'), clock, ids, requestId: null };
  const counts = await inTransaction(base, async (tx) => {
    const world = createDemoWorld(tx);
    for (const [i, event] of events.entries()) {
      clock.moveTo(event.day, event.minute);
      await event.run(world);
      options.onProgress?.(i + 1, events.length);
    }
    return countSeeded(tx.db);
  });
  const invited = lifecycle.people.filter((person) => !person.existing).length;
  const recruited = lifecycle.recruiting.partners;
  return {
    seed,
    users: DEMO_TEAM.length + partnerUsers.length + invited,
    partners: partners.length + recruited.length,
    contacts: [...partners, ...recruited].reduce((sum, p) => sum + p.contacts.length, 0),
    stageMoves:
      partners.reduce((sum, p) => sum + p.moves.length, 0) +
      recruited.filter((p) => p.onboardingDay !== null).length +
      recruited.filter((p) => p.activeDay !== null).length,
    ...counts,
    registrations: Object.values(counts.registrationsByStatus).reduce((sum, n) => sum + n, 0),
  };
}
