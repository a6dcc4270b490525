import type { NameMaker } from './company-names.js';
import type { DemoRandom } from './demo-random.js';
import type { AccountPlan } from './plan-accounts.js';
import { type CoSellAction, planCoSell } from './plan-co-sell.js';
import { planConflicts } from './plan-conflicts.js';
import { type DirectDealPlan, planDirectDeals } from './plan-deals.js';
import type { PartnerUserPlan } from './plan-partner-users.js';
import type { PartnerPlan } from './plan-partners.js';
import { planRegistrationFates } from './plan-registrations.js';
import { createPlanner, type RegistrationPlan } from './registration-planner.js';

/** Direct opportunities per account, and deal registrations per account, of the demo program. */
const DIRECT_DEAL_SHARE = 0.3;
const REGISTRATION_SHARE = 0.55;

export interface DealStory {
  directDeals: DirectDealPlan[];
  registrations: RegistrationPlan[];
  coSell: CoSellAction[];
}

/**
 * The deal side of the demo: the vendor's direct pipeline, the registrations of the partners that use
 * the portal (the real conflicts first, then a spread of every outcome), and co-selling on the deals.
 */
export function planDealStory(
  partners: readonly PartnerPlan[],
  partnerUsers: readonly PartnerUserPlan[],
  accounts: readonly AccountPlan[],
  names: NameMaker,
  random: DemoRandom,
): DealStory {
  const directDeals = planDirectDeals(
    Math.round(accounts.length * DIRECT_DEAL_SHARE),
    accounts,
    partners,
    random,
  );
  const planner = createPlanner(partners, partnerUsers, accounts, directDeals, names, random);
  const conflicts = planConflicts(planner);
  const others = planRegistrationFates(
    planner,
    Math.round(accounts.length * REGISTRATION_SHARE) - conflicts.length,
  );
  const registrations = [...conflicts, ...others]
    .sort((a, b) => a.day - b.day || a.minute - b.minute)
    .map((plan, key) => ({ ...plan, key }));
  return { directDeals, registrations, coSell: planCoSell(registrations, directDeals, partners, random) };
}
