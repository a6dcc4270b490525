import { systemActor } from '../platform/actor.js';
import { type Ctx, inTransaction } from '../platform/context.js';
import type { Executor } from '../platform/db/client.js';
import { createIdGenerator, seededBytes, seededRandom } from '../platform/ids.js';
import { accountEvents } from './account-events.js';
import { createNameMaker } from './company-names.js';
import { createDemoClock } from './demo-clock.js';
import { DEMO_DEFAULTS } from './demo-defaults.js';
import { createDemoRandom } from './demo-random.js';
import { DEMO_TEAM } from './demo-team.js';
import { createDemoWorld, type DemoEvent } from './demo-world.js';
import { partnerEvents } from './partner-events.js';
import { planAccounts } from './plan-accounts.js';
import { planPartnerUsers } from './plan-partner-users.js';
import { planPartners } from './plan-partners.js';
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
  accounts: number;
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

  // Ordered by story time; ties keep their listed order, so a partner exists before its contacts.
  const events: DemoEvent[] = [
    ...teamEvents(),
    ...partnerEvents(partners),
    ...accountEvents(accounts),
    ...partnerUserEvents(partnerUsers),
  ].sort((a, b) => a.day - b.day || a.minute - b.minute);

  const clock = createDemoClock();
  const ids = createIdGenerator(() => clock.now(), seededBytes(seededRandom(seed ^ 0x5eed_1d5)));
  const base: Ctx = { db, actor: systemActor('demo'), clock, ids, requestId: null };
  await inTransaction(base, async (tx) => {
    const world = createDemoWorld(tx);
    for (const [i, event] of events.entries()) {
      clock.moveTo(event.day, event.minute);
      await event.run(world);
      options.onProgress?.(i + 1, events.length);
    }
  });
  return {
    seed,
    users: DEMO_TEAM.length + partnerUsers.length,
    partners: partners.length,
    contacts: partners.reduce((sum, p) => sum + p.contacts.length, 0),
    stageMoves: partners.reduce((sum, p) => sum + p.moves.length, 0),
    accounts: accounts.length,
  };
}
