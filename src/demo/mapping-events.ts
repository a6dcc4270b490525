import { createPopulation } from '../modules/mapping/create-population.js';
import { importPartnerAccounts } from '../modules/mapping/import-partner-accounts.js';
import { updateSharing } from '../modules/mapping/update-sharing.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoEvent } from './demo-world.js';
import type { AccountListPlan } from './plan-account-lists.js';

/** Each partner's upload and both sides' sharing choices, then the vendor's EMEA customer population. */
export function mappingEvents(plans: readonly AccountListPlan[]): DemoEvent[] {
  const events: DemoEvent[] = plans.map((plan) => ({
    day: plan.day,
    minute: plan.minute,
    async run(world) {
      const partnerId = world.partnerId(plan.partnerIndex);
      const uploader =
        'memberKey' in plan.uploader
          ? world.as(plan.uploader.memberKey)
          : world.asPartnerUser(plan.partnerIndex, 'partner_admin');
      await importPartnerAccounts(uploader, {
        partnerId,
        bytes: Buffer.from(plan.csv),
        mode: 'replace',
        fileName: plan.fileName,
      });
      if (plan.partnerSharing) {
        await updateSharing(
          world.asPartnerUser(plan.partnerIndex, 'partner_admin'),
          partnerId,
          plan.partnerSharing,
        );
      }
      return updateSharing(world.as('pm-emea'), partnerId, plan.vendorSharing);
    },
  }));
  const first = plans[0];
  if (first) {
    events.push({
      day: DEMO_LAST_DAY - 2,
      minute: 10 * 60,
      run: (world) =>
        createPopulation(world.as('pm-emea'), world.partnerId(first.partnerIndex), {
          name: 'EMEA customers',
          base: 'customer',
          countries: ['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'SE'],
          industries: [],
        }),
    });
  }
  return events;
}
