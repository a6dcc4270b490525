import { changePartnerStage } from '../modules/partners/change-partner-stage.js';
import { changeApplicationStage } from '../modules/recruiting/change-application-stage.js';
import { createApplication } from '../modules/recruiting/create-application.js';
import { findApplications } from '../modules/recruiting/find-applications.js';
import { submitApplication } from '../modules/recruiting/submit-application.js';
import { updateApplication } from '../modules/recruiting/update-application.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import type { LifecyclePartner } from './lifecycle-partners.js';
import type { ApplicationPlan } from './plan-recruiting.js';
import { ACTIVATION_REASON } from './recruiting-words.js';

const applicationIdKey = (key: string) => `application-id:${key}`;

/**
 * The public form does not say which application it created (it answers every applicant alike), so the
 * story finds it as staff would: the newest application from that contact.
 */
async function findSubmitted(world: DemoWorld, plan: ApplicationPlan): Promise<string> {
  const page = await findApplications(world.as(plan.managerKey), {
    limit: 20,
    sort: 'createdAt',
    q: plan.input.contactEmail,
  });
  const found = page.items.findLast((a) => a.contactEmail === plan.input.contactEmail);
  if (!found) throw new Error(`The demo application of ${plan.input.companyName} was not recorded`);
  return found.id;
}

/** Applications arrive through the public form or are added by a manager, then move through the pipeline. */
export function recruitingEvents(
  applications: readonly ApplicationPlan[],
  converted: readonly LifecyclePartner[],
): DemoEvent[] {
  const events = applications.flatMap((plan): DemoEvent[] => {
    const id = (world: DemoWorld) => world.recall<string>(applicationIdKey(plan.key));
    const manager = (world: DemoWorld) => world.as(plan.managerKey);
    const apply: DemoEvent = {
      day: plan.day,
      minute: plan.minute,
      async run(world) {
        if (plan.source === 'public_form') {
          await submitApplication(world.as(null), {
            ...plan.input,
            website: plan.input.website ?? '',
            clientAddress: plan.clientAddress,
          });
          world.keep(applicationIdKey(plan.key), await findSubmitted(world, plan));
          return;
        }
        const created = await createApplication(manager(world), {
          ...plan.input,
          ownerId: world.userId(plan.managerKey),
        });
        world.keep(applicationIdKey(plan.key), created.id);
      },
    };
    const claim: DemoEvent[] =
      plan.claimDay === null
        ? []
        : [
            {
              day: plan.claimDay,
              minute: 30,
              run: (world) =>
                updateApplication(manager(world), id(world), { ownerId: world.userId(plan.managerKey) }),
            },
          ];
    const moves = plan.moves.map(
      (move): DemoEvent => ({
        day: move.day,
        minute: move.minute,
        async run(world) {
          const application = await changeApplicationStage(manager(world), id(world), {
            status: move.status,
            reason: move.reason,
          });
          if (move.status === 'signed' && plan.partnerIndex !== null && application.partnerId)
            world.rememberPartner(plan.partnerIndex, application.partnerId);
          return application;
        },
      }),
    );
    return [apply, ...claim, ...moves];
  });
  const activations = converted.flatMap((partner): DemoEvent[] =>
    partner.activeDay === null
      ? []
      : [
          {
            day: partner.activeDay,
            minute: 300,
            run: (world) =>
              changePartnerStage(world.as(partner.ownerKey ?? 'admin'), world.partnerId(partner.index), {
                stage: 'active',
                reason: ACTIVATION_REASON,
              }),
          },
        ],
  );
  return [...events, ...activations];
}
