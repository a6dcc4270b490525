import type { PartnerRole } from '../platform/actor.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { engagedUntil, type LifecyclePartner, managerOf } from './lifecycle-partners.js';
import type { Profile } from './partner-profiles.js';
import { emailLocalPart, FIRST_NAMES, LAST_NAMES } from './people-words.js';
import type { PartnerUserPlan } from './plan-partner-users.js';

/** Someone at a partner with portal access: a deal-story user, or invited by the lifecycle story. */
export interface PersonPlan {
  key: string;
  partnerIndex: number;
  role: PartnerRole;
  name: string;
  email: string;
  /** A portal user the deal story created; the lifecycle story only acts for it. */
  existing: boolean;
  invitedDay: number;
  invitedMinute: number;
  /** The partner manager who invited the person, or the partner admin (by person key). */
  invitedBy: { memberKey: string } | { personKey: string };
  /** The day the invitation was accepted; null while it is still open. */
  acceptedDay: number | null;
  acceptedMinute: number;
  /** The partner's first admin and rep also act for it where the deal story does (asPartnerUser). */
  primary: boolean;
}

const END = DEMO_LAST_DAY;
const CONSULTANTS: Record<Profile, readonly [number, number]> = {
  star: [1, 2],
  steady: [0, 1],
  occasional: [0, 0],
};

function consultantName(partner: LifecyclePartner, taken: Set<string>, random: DemoRandom) {
  const region = partner.regions[0]!;
  for (;;) {
    const first = random.pick(FIRST_NAMES[region]);
    const last = random.pick(LAST_NAMES[region]);
    const email = `${emailLocalPart(first, last)}@${partner.domain}`;
    if (taken.has(email)) continue;
    taken.add(email);
    return { name: `${first} ${last}`, email };
  }
}

/**
 * Portal access for every partner that went through onboarding: its manager invites the primary
 * contact as partner admin, who invites a colleague as partner rep; busier partners later add consultants
 * who take the academy's courses. Partners of the deal story keep their own two users and add consultants.
 */
export function planPartnerPeople(
  partners: readonly LifecyclePartner[],
  portalUsers: readonly PartnerUserPlan[],
  profiles: ReadonlyMap<number, Profile>,
  random: DemoRandom,
): PersonPlan[] {
  const people: PersonPlan[] = [];
  const taken = new Set(partners.flatMap((p) => p.contacts.map((c) => c.email)));
  for (const partner of partners) {
    const profile = profiles.get(partner.index);
    if (partner.onboardingDay === null || !profile) continue;
    const until = Math.min(END - 1, engagedUntil(partner, END));
    const key = (n: number) => `person:${partner.index}:${n}`;
    const add = (person: Omit<PersonPlan, 'key' | 'partnerIndex'>) =>
      people.push({
        key: key(people.filter((p) => p.partnerIndex === partner.index).length),
        partnerIndex: partner.index,
        ...person,
      });
    let admin: PersonPlan | undefined;
    if (partner.portalDay !== null) {
      for (const user of portalUsers.filter((u) => u.partnerIndex === partner.index)) {
        add({
          role: user.role,
          name: user.contact.name,
          email: user.contact.email,
          existing: true,
          invitedDay: user.day,
          invitedMinute: 30,
          invitedBy: { memberKey: managerOf(partner) },
          acceptedDay: user.day,
          acceptedMinute: 30,
          primary: true,
        });
      }
      admin = people.find((p) => p.partnerIndex === partner.index && p.role === 'partner_admin');
    } else {
      const invited = partner.onboardingDay + random.int(1, 4);
      const contact = partner.contacts[0];
      if (!contact || invited > END - 1) continue;
      const accepted = invited + random.int(0, 2);
      add({
        role: 'partner_admin',
        name: contact.name,
        email: contact.email,
        existing: false,
        invitedDay: invited,
        invitedMinute: random.int(60, 420),
        invitedBy: { memberKey: managerOf(partner) },
        acceptedDay: accepted <= END - 1 ? accepted : null,
        acceptedMinute: random.int(30, 540),
        primary: true,
      });
      admin = people.at(-1)!;
      const colleague = partner.contacts[1];
      const repDay = (admin.acceptedDay ?? END) + random.int(3, 20);
      if (colleague && admin.acceptedDay !== null && repDay <= until) {
        const accepted = repDay + random.int(0, 3);
        add({
          role: 'partner_rep',
          name: colleague.name,
          email: colleague.email,
          existing: false,
          invitedDay: repDay,
          invitedMinute: random.int(60, 480),
          invitedBy: { personKey: admin.key },
          acceptedDay: accepted <= END - 1 ? accepted : null,
          acceptedMinute: random.int(30, 540),
          primary: true,
        });
      }
    }
    const from = Math.max(partner.activeDay ?? END, admin?.acceptedDay ?? END) + 10;
    // The deal story's partners are the busiest; elsewhere only firms of some size add consultants.
    const [lo, hi] = partner.portalDay !== null ? [2, 3] : CONSULTANTS[profile];
    const count = partner.portalDay !== null || partner.employees >= 20 ? random.int(lo, hi) : 0;
    for (let i = 0; i < count && admin && from < until; i++) {
      const day = random.int(from, Math.min(until, from + 200));
      const accepted = day + random.int(0, 4);
      add({
        role: 'partner_rep',
        ...consultantName(partner, taken, random),
        existing: false,
        invitedDay: day,
        invitedMinute: random.int(60, 480),
        invitedBy: { personKey: admin.key },
        acceptedDay: accepted <= END - 1 ? accepted : null,
        acceptedMinute: random.int(30, 540),
        primary: false,
      });
    }
  }
  return people.sort((a, b) => a.invitedDay - b.invitedDay || a.invitedMinute - b.invitedMinute);
}
