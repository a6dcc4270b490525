import { createAccount } from '../modules/accounts/create-account.js';
import type { DemoEvent } from './demo-world.js';
import type { AccountPlan } from './plan-accounts.js';

/** Accounts from the first CRM import are created by the system; later ones by the rep who owns them. */
export function accountEvents(plans: readonly AccountPlan[]): DemoEvent[] {
  const firstDay = Math.min(...plans.map((plan) => plan.day));
  return plans.map((plan) => ({
    day: plan.day,
    minute: plan.minute,
    run: (world) =>
      createAccount(world.as(plan.day === firstDay ? null : (plan.ownerKey ?? 'admin')), {
        name: plan.name,
        domains: plan.domain ? [plan.domain] : [],
        country: plan.country,
        industry: plan.industry,
        employees: plan.employees,
        ownerId: plan.ownerKey ? world.userId(plan.ownerKey) : null,
        status: plan.status,
        externalIds: plan.externalIds,
      }),
  }));
}
