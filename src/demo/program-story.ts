import type { AccountPlan } from './plan-accounts.js';
import type { DealStory } from './plan-deal-story.js';
import type { planLifecycleStory } from './plan-lifecycle-story.js';
import type { planPartnerUsers } from './plan-partner-users.js';
import type { planPartners } from './plan-partners.js';

/** The planned story so far, for the parts of the demo planned after it (marketing, MDF, incentives …). */
export interface ProgramStory {
  partners: ReturnType<typeof planPartners>;
  partnerUsers: ReturnType<typeof planPartnerUsers>;
  accounts: AccountPlan[];
  deals: DealStory;
  lifecycle: ReturnType<typeof planLifecycleStory>;
}
