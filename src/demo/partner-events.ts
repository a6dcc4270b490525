import { changePartnerStage } from '../modules/partners/change-partner-stage.js';
import { createContact } from '../modules/partners/create-contact.js';
import { createPartner } from '../modules/partners/create-partner.js';
import type { DemoEvent } from './demo-world.js';
import type { PartnerPlan } from './plan-partners.js';

/** Each partner is created as a prospect by its manager, gets its contacts, then moves stage by stage. */
export function partnerEvents(plans: readonly PartnerPlan[]): DemoEvent[] {
  return plans.flatMap((plan, index): DemoEvent[] => {
    const actor = plan.ownerKey ?? 'admin';
    const create: DemoEvent = {
      day: plan.createdDay,
      minute: plan.createdMinute,
      async run(world) {
        const partner = await createPartner(world.as(actor), {
          name: plan.name,
          type: plan.type,
          stage: 'prospect',
          domains: [plan.domain],
          website: `https://www.${plan.domain}`,
          regions: plan.regions,
          specializations: plan.specializations,
          country: plan.country.code,
          employees: plan.employees,
          description: plan.description,
          ownerId: plan.ownerKey ? world.userId(plan.ownerKey) : null,
        });
        world.rememberPartner(index, partner.id);
      },
    };
    const contacts = plan.contacts.map(
      (contact, i): DemoEvent => ({
        day: plan.createdDay,
        minute: plan.createdMinute + 10 + i,
        run: (world) => createContact(world.as(actor), world.partnerId(index), contact),
      }),
    );
    const moves = plan.moves.map(
      (move): DemoEvent => ({
        day: move.day,
        minute: move.minute,
        run: (world) =>
          changePartnerStage(world.as(actor), world.partnerId(index), {
            stage: move.stage,
            reason: move.reason,
          }),
      }),
    );
    return [create, ...contacts, ...moves];
  });
}
