import { createActiveUser } from '../modules/identity/create-active-user.js';
import { replaceIpp } from '../modules/ipp/replace-ipp.js';
import { DEMO_IPP } from './demo-ipp.js';
import { DEMO_PASSWORD, DEMO_TEAM, teamEmail } from './demo-team.js';
import type { DemoEvent } from './demo-world.js';
import type { PartnerUserPlan } from './plan-partner-users.js';

/** Day 0: the vendor team gets its accounts; day 2: the program owner sets the ideal partner profile. */
export function teamEvents(): DemoEvent[] {
  const people: DemoEvent[] = DEMO_TEAM.map((member, i) => ({
    day: 0,
    minute: i,
    async run(world) {
      const user = await createActiveUser(world.as(null), {
        email: teamEmail(member),
        name: `${member.first} ${member.last}`,
        role: member.role,
        partnerId: null,
        password: DEMO_PASSWORD,
      });
      world.rememberUser(member.key, user.id);
    },
  }));
  const ipp: DemoEvent = {
    day: 2,
    minute: 0,
    run: (world) => replaceIpp(world.as('admin'), { criteria: DEMO_IPP }),
  };
  return [...people, ipp];
}

/** Portal logins for people at a few active partners. */
export function partnerUserEvents(plans: readonly PartnerUserPlan[]): DemoEvent[] {
  return plans.map((plan, i) => ({
    day: plan.day,
    minute: i,
    async run(world) {
      const user = await createActiveUser(world.as(null), {
        email: plan.contact.email,
        name: plan.contact.name,
        role: plan.role,
        partnerId: world.partnerId(plan.partnerIndex),
        password: DEMO_PASSWORD,
      });
      world.rememberPartnerUser(plan.partnerIndex, plan.role, user.id);
    },
  }));
}
