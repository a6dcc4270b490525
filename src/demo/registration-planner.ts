import type {
  CreateRegistrationInput,
  UpdateRegistrationInput,
} from '../modules/deals/registrations.schemas.js';
import type { DecisionOutcome } from '../modules/deals/rules/decision-inputs.js';
import type { PartnerRole } from '../platform/actor.js';
import type { NameMaker } from './company-names.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import type { AccountPlan } from './plan-accounts.js';
import {
  type CompanyBook,
  type CustomerDescription,
  createCompanyBook,
  type DescriptionStyle,
  describeAccount,
} from './plan-customers.js';
import { type DealClose, type DirectDealPlan, regionOf } from './plan-deals.js';
import type { PartnerUserPlan } from './plan-partner-users.js';
import type { PartnerPlan } from './plan-partners.js';

export type RegistrationFate =
  | 'draft'
  | 'under_review'
  | 'approved'
  | 'rejected'
  | 'expired'
  | 'won'
  | 'lost'
  | 'withdrawn'
  | 'disputed';

export type RegistrationStep = { day: number; minute: number } & (
  | { kind: 'edit'; changes: UpdateRegistrationInput }
  | { kind: 'decide'; outcome: 'approved' | 'rejected'; reason: string }
  | { kind: 'dispute'; reason: string }
  | { kind: 'resolve'; outcome: 'overturn' | 'uphold'; reason: string }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'extend'; reason: string }
);

type StepBody = RegistrationStep extends infer S
  ? S extends RegistrationStep
    ? Omit<S, 'day' | 'minute'>
    : never
  : never;

/** A step of a registration's story on the day, at a random working minute. */
export function step(planner: Planner, day: number, body: StepBody): RegistrationStep {
  return { day, minute: planner.minute(), ...body } as RegistrationStep;
}

/** The co-sell deal an approved registration opens or joins, and how it goes on. */
export interface RegisteredDeal {
  approvedDay: number;
  /** The vendor's direct deal the registration joined; null when approval opened a deal of its own. */
  directKey: string | null;
  /** Who works the deal on the vendor side: the account's sales rep, else the partner manager. */
  ownerKey: string;
  /** How the vendor closes a deal of its own (a joined direct deal closes by the direct plan). */
  close: DealClose | null;
  /** The last day of co-selling on the deal. */
  until: number;
  /** The day the partner extends its protection, if it does. */
  extendDay: number | null;
}

export interface RegistrationPlan {
  key: number;
  partnerIndex: number;
  registrarRole: PartnerRole;
  managerKey: string;
  day: number;
  minute: number;
  input: Omit<CreateRegistrationInput, 'submit'>;
  /** The status right after creation: a draft, or the automatic decision on submission. */
  expect: 'draft' | DecisionOutcome;
  steps: RegistrationStep[];
  /** The status the story leaves it in. */
  fate: RegistrationFate;
  deal: RegisteredDeal | null;
}

/** A partner whose people use the portal, from the day its users exist. */
export interface PortalPartner {
  partnerIndex: number;
  start: number;
  managerKey: string;
  regions: readonly string[];
}

export const END = DEMO_LAST_DAY;
/** Most registrations fall in the last 300 days of the story, so many are still in play. */
export const RECENT = DEMO_LAST_DAY - 300;

/** Pools and helpers the registration plans draw from, so no account is registered by accident twice. */
export interface Planner {
  random: DemoRandom;
  names: NameMaker;
  accounts: readonly AccountPlan[];
  partners: readonly PartnerPlan[];
  portal: PortalPartner[];
  book: CompanyBook;
  /** A day in [lo, hi] (mostly a recent one) and a portal partner whose users exist by then. */
  partnerDay(lo: number, hi: number, exclude?: number[]): { partner: PortalPartner; day: number } | null;
  /** An unused account without a direct deal, created before `day`, that can be described in the style. */
  takeAccount(
    partner: PortalPartner,
    day: number,
    style: DescriptionStyle,
    accept?: (account: AccountPlan) => boolean,
  ): { accountIndex: number; description: CustomerDescription } | null;
  /** An unused direct deal passing the check, which returns the days a registration on it may be submitted. */
  takeDirectDeal(fits: (deal: DirectDealPlan) => [number, number] | null): {
    deal: DirectDealPlan;
    window: [number, number];
  } | null;
  minute(): number;
  after(day: number, min: number, max: number): number;
}

export function createPlanner(
  partners: readonly PartnerPlan[],
  partnerUsers: readonly PartnerUserPlan[],
  accounts: readonly AccountPlan[],
  directDeals: readonly DirectDealPlan[],
  names: NameMaker,
  random: DemoRandom,
): Planner {
  const starts = new Map<number, number>();
  for (const user of partnerUsers)
    starts.set(user.partnerIndex, Math.max(starts.get(user.partnerIndex) ?? 0, user.day + 1));
  const portal = [...starts].map(([partnerIndex, start]) => ({
    partnerIndex,
    start,
    managerKey: partners[partnerIndex]!.ownerKey ?? 'admin',
    regions: partners[partnerIndex]!.regions,
  }));
  const withDirect = new Set(directDeals.map((deal) => deal.accountIndex));
  let accountPool = random.shuffle(accounts.map((_, i) => i).filter((i) => !withDirect.has(i)));
  let dealPool = random.shuffle(directDeals);
  const book = createCompanyBook(accounts);
  const recentDay = (lo: number, hi: number) =>
    hi >= RECENT && lo < RECENT && random.chance(0.85) ? random.int(RECENT, hi) : random.int(lo, hi);

  return {
    random,
    names,
    accounts,
    partners,
    portal,
    book,
    partnerDay(lo, hi, exclude = []) {
      const eligible = portal.filter((p) => !exclude.includes(p.partnerIndex));
      if (!eligible.length) return null;
      const first = Math.min(...eligible.map((p) => p.start));
      if (Math.max(lo, first) > hi) return null;
      const day = recentDay(Math.max(lo, first), hi);
      const partner = random.pick(eligible.filter((p) => p.start <= day));
      return { partner, day };
    },
    takeAccount(partner, day, style, accept = () => true) {
      const local = random.chance(0.6);
      for (const pass of local ? [true, false] : [false]) {
        for (const accountIndex of accountPool) {
          const account = accounts[accountIndex]!;
          if (account.day >= day - 1 || !accept(account)) continue;
          if (pass && !partner.regions.includes(regionOf(account.country))) continue;
          const description = describeAccount(account, accountIndex, style, book, random);
          if (!description) continue;
          accountPool = accountPool.filter((i) => i !== accountIndex);
          return { accountIndex, description };
        }
      }
      return null;
    },
    takeDirectDeal(fits) {
      for (const deal of dealPool) {
        const window = fits(deal);
        if (!window || window[0] > window[1]) continue;
        dealPool = dealPool.filter((d) => d !== deal);
        return { deal, window };
      }
      return null;
    },
    minute: () => random.int(60, 600),
    after: (day, min, max) => day + random.int(min, max),
  };
}
