import type { NameMaker } from './company-names.js';
import type { CustomerRegistry } from './customer-registry.js';
import {
  APPROVE_REASONS,
  LOST_REASONS,
  localCurrency,
  REGISTRATION_NOTES,
  WON_REASONS,
} from './deal-words.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { COUNTRIES, countriesIn } from './geography.js';
import { engagedUntil, type LifecyclePartner, managerOf } from './lifecycle-partners.js';
import { type Profile, REGISTRATIONS_A_YEAR } from './partner-profiles.js';
import type { CoSellAction } from './plan-co-sell.js';
import { describeNewCompany } from './plan-customers.js';
import { amountMinor, pickLines } from './plan-deals.js';
import type { PersonPlan } from './plan-partner-people.js';
import type { RegistrationPlan } from './registration-planner.js';
import { storyDate } from './story-time.js';

export interface PartnerDealStory {
  registrations: RegistrationPlan[];
  /** Stage moves, touches and closes on the deals those registrations opened. */
  actions: CoSellAction[];
}

const END = DEMO_LAST_DAY;
/** Keys of these registrations start here, clear of the deal story's. */
export const PARTNER_REGISTRATION_KEYS = 100_000;
/** Checklists that wait for a first registration (the integrators' and technology partners' do not). */
const FIRST_DEAL_REQUIRED = new Set(['reseller', 'msp', 'referral', 'cloud_marketplace']);

/** The days a partner registers deals: its first one during onboarding, then at its profile's pace. */
function registrationDays(
  partner: LifecyclePartner,
  admin: PersonPlan,
  profile: Profile,
  random: DemoRandom,
): number[] {
  const until = Math.min(END - 1, engagedUntil(partner, END));
  const days: number[] = [];
  const first = Math.max(admin.acceptedDay! + 3, partner.onboardingDay! + 8) + random.int(0, 12);
  if (first <= until && (FIRST_DEAL_REQUIRED.has(partner.type) || random.chance(0.6))) days.push(first);
  const from = Math.max(first, partner.activeDay ?? END) + 20;
  if (from >= until) return days;
  const expected = (REGISTRATIONS_A_YEAR[profile] * (until - from)) / 365;
  const count = Math.max(0, Math.round(expected * (0.7 + random.next() * 0.6)));
  for (let i = 0; i < count; i++) days.push(random.int(from, until));
  return days.sort((a, b) => a - b);
}

/**
 * Deal registrations of the partners the lifecycle story gave portal access (the deal story's own
 * partners register plenty already): customers new to the vendor, approved by the rules (or, quoted in
 * euros or pounds, by the partner manager), then worked and closed won or lost by the manager, or still open.
 */
export function planPartnerDeals(
  partners: readonly LifecyclePartner[],
  people: readonly PersonPlan[],
  profiles: ReadonlyMap<number, Profile>,
  stalled: ReadonlySet<number>,
  customers: CustomerRegistry,
  names: NameMaker,
  random: DemoRandom,
): PartnerDealStory {
  const registrations: RegistrationPlan[] = [];
  const actions: CoSellAction[] = [];
  for (const partner of partners) {
    const profile = profiles.get(partner.index);
    const admin = people.find(
      (p) => p.partnerIndex === partner.index && p.role === 'partner_admin' && p.primary,
    );
    if (!profile || !admin || admin.existing || admin.acceptedDay === null || stalled.has(partner.index))
      continue;
    const rep = people.find((p) => p.partnerIndex === partner.index && p.role === 'partner_rep' && p.primary);
    const managerKey = managerOf(partner);
    const home = partner.regions.flatMap((region) => countriesIn(region));
    for (const day of registrationDays(partner, admin, profile, random)) {
      const key = PARTNER_REGISTRATION_KEYS + registrations.length;
      const company = customers.newCompany(names, random.chance(0.7) ? home : COUNTRIES, random);
      const local = localCurrency(company.country);
      const foreign = local !== 'USD' && random.chance(0.5);
      const repReady = rep !== undefined && rep.acceptedDay !== null && rep.acceptedDay < day;
      const registrar = repReady ? 'partner_rep' : 'partner_admin';
      const approved = foreign ? day + random.int(1, 3) : day;
      // A deal a partner registers while onboarding closes once the partner is active, if ever.
      const closeDay = Math.max(
        approved + random.int(25, 130),
        (partner.activeDay ?? END) + random.int(3, 20),
      );
      const roll = random.next();
      const outcome: 'won' | 'lost' | null =
        closeDay < END ? (roll < 0.6 ? 'won' : roll < 0.82 ? 'lost' : null) : null;
      const close = outcome && {
        day: closeDay,
        minute: random.int(120, 600),
        outcome,
        reason: random.pick(outcome === 'won' ? WON_REASONS : LOST_REASONS),
      };
      const minute = random.int(60, 540);
      registrations.push({
        key,
        partnerIndex: partner.index,
        registrarRole: registrar,
        managerKey,
        day,
        minute,
        input: {
          ...describeNewCompany(company, random),
          productLines: pickLines(random, 2),
          amountMinor: amountMinor(random, 15_000, 220_000),
          currency: foreign ? local : 'USD',
          expectedClose: storyDate(outcome ? closeDay : approved + random.int(40, 150)),
          ...(random.chance(0.5) ? { notes: random.pick(REGISTRATION_NOTES) } : {}),
        },
        expect: foreign ? 'under_review' : 'approved',
        steps: foreign
          ? [
              {
                day: approved,
                minute: random.int(60, 540),
                kind: 'decide',
                outcome: 'approved',
                reason: APPROVE_REASONS.foreign!,
              },
            ]
          : [],
        fate: outcome ?? 'approved',
        deal: {
          approvedDay: approved,
          directKey: null,
          ownerKey: managerKey,
          close,
          until: outcome ? closeDay - 1 : END,
          extendDay: null,
        },
      });
      const dealKey = `registration:${key}`;
      const span = (outcome ? closeDay : END) - approved;
      const at = (share: number) => approved + Math.max(1, Math.round(span * share));
      if (span > 20) {
        actions.push({
          day: at(0.45),
          minute: random.int(60, 540),
          dealKey,
          kind: 'stage',
          actor: managerKey,
          stage: 'proposal',
        });
        if (outcome === 'won')
          actions.push({
            day: at(0.8),
            minute: random.int(60, 540),
            dealKey,
            kind: 'stage',
            actor: managerKey,
            stage: 'negotiation',
          });
      }
      if (close)
        actions.push({
          day: close.day,
          minute: close.minute,
          dealKey,
          kind: 'close',
          actor: managerKey,
          outcome: close.outcome,
          reason: close.reason,
        });
    }
  }
  return { registrations, actions };
}
