import { createRegistration } from '../modules/deals/create-registration.js';
import { decideRegistration } from '../modules/deals/decide-registration.js';
import { disputeRegistration } from '../modules/deals/dispute-registration.js';
import { extendRegistration } from '../modules/deals/extend-registration.js';
import type { Registration } from '../modules/deals/registrations.schemas.js';
import { resolveDispute } from '../modules/deals/resolve-dispute.js';
import { updateRegistration } from '../modules/deals/update-registration.js';
import { withdrawRegistration } from '../modules/deals/withdraw-registration.js';
import type { Ctx } from '../platform/context.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import type { RegistrationPlan, RegistrationStep } from './registration-planner.js';

/** The status after each step: a declined dispute returns to the status that was disputed. */
function expectedStatuses(plan: RegistrationPlan): string[] {
  const statuses: string[] = [plan.expect];
  let disputed: string = plan.expect;
  for (const step of plan.steps) {
    const before = statuses.at(-1)!;
    if (step.kind === 'dispute') disputed = before;
    const after: Record<RegistrationStep['kind'], string> = {
      edit: before,
      decide: step.kind === 'decide' ? step.outcome : before,
      dispute: 'disputed',
      resolve: step.kind === 'resolve' && step.outcome === 'overturn' ? 'approved' : disputed,
      withdraw: 'withdrawn',
      extend: before,
    };
    statuses.push(after[step.kind]);
  }
  return statuses;
}

/** The story was planned against the rules of engagement; a different outcome means they changed under it. */
function check(plan: RegistrationPlan, registration: Registration, expected: string, doing: string): void {
  if (registration.status !== expected)
    throw new Error(
      `Demo registration ${plan.key} (${plan.input.customerName}) is ${registration.status} after ${doing}; ` +
        `the story expected ${expected}. Did the rules of engagement change? Adjust src/demo/plan-registrations.ts.`,
    );
}

function remember(world: DemoWorld, plan: RegistrationPlan, registration: Registration): void {
  if (registration.dealId) world.rememberDeal(`registration:${plan.key}`, registration.dealId);
}

async function runStep(
  world: DemoWorld,
  plan: RegistrationPlan,
  step: RegistrationStep,
): Promise<Registration> {
  const id = world.registrationId(plan.key);
  const registrar = (): Ctx => world.asPartnerUser(plan.partnerIndex, plan.registrarRole);
  const manager = (): Ctx => world.as(plan.managerKey);
  switch (step.kind) {
    case 'edit':
      return updateRegistration(registrar(), id, step.changes);
    case 'decide':
      return decideRegistration(manager(), id, { outcome: step.outcome, reason: step.reason });
    case 'dispute':
      return disputeRegistration(world.asPartnerUser(plan.partnerIndex, 'partner_admin'), id, step.reason);
    case 'resolve':
      return resolveDispute(manager(), id, { outcome: step.outcome, reason: step.reason });
    case 'withdraw':
      return withdrawRegistration(registrar(), id, step.reason);
    case 'extend':
      return extendRegistration(registrar(), id, step.reason);
  }
}

/**
 * Partner users register deals (saved as drafts or submitted and decided by the rules at once); then
 * managers decide the ones waiting for review, partners dispute, withdraw and extend.
 */
export function registrationEvents(plans: readonly RegistrationPlan[]): DemoEvent[] {
  return plans.flatMap((plan): DemoEvent[] => {
    const statuses = expectedStatuses(plan);
    const create: DemoEvent = {
      day: plan.day,
      minute: plan.minute,
      async run(world) {
        const registration = await createRegistration(
          world.asPartnerUser(plan.partnerIndex, plan.registrarRole),
          {
            ...plan.input,
            submit: plan.expect !== 'draft',
          },
        );
        check(plan, registration, plan.expect, 'creation');
        world.rememberRegistration(plan.key, registration.id);
        remember(world, plan, registration);
      },
    };
    const steps = plan.steps.map(
      (step, i): DemoEvent => ({
        day: step.day,
        minute: step.minute,
        async run(world) {
          const registration = await runStep(world, plan, step);
          check(plan, registration, statuses[i + 1]!, step.kind);
          remember(world, plan, registration);
        },
      }),
    );
    return [create, ...steps];
  });
}
