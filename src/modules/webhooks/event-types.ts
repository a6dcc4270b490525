import type { Ctx } from '../../platform/context.js';
import { domainEvents } from '../../platform/events/events.table.js';

/** The event types the modules publish, described for the subscription form. */
export const KNOWN_EVENT_TYPES: Record<string, string> = {
  'partner.created': 'A partner organization was added',
  'partner.stage_changed': 'A partner moved through its lifecycle',
  'user.invited': 'A user was invited',
  'accounts.imported': 'Accounts were imported from a CRM export',
  'registration.submitted': 'A partner registered a deal',
  'registration.approved': 'A deal registration was approved',
  'registration.rejected': 'A deal registration was rejected',
  'registration.expired': 'A deal registration’s protection ended',
  'registration.extended': 'A deal registration’s protection was extended',
  'deal.created': 'A deal was created',
  'deal.updated': 'A deal changed',
  'deal.won': 'A deal closed won',
  'deal.lost': 'A deal closed lost',
  'deal.partner_added': 'A partner was added to a deal',
  'deal.partner_removed': 'A partner was removed from a deal',
  'deal.touchpoint_added': 'A partner touch was recorded on a deal',
  'private_offer.created': 'A cloud-marketplace private offer was created',
  'tier.promote': 'A partner was promoted to a higher tier',
  'tier.demote': 'A partner was demoted to a lower tier',
  'onboarding.started': 'A partner’s onboarding began',
  'onboarding.step_completed': 'An onboarding step was completed',
  'onboarding.completed': 'A partner finished onboarding',
  'onboarding.stalled': 'A partner’s onboarding stalled',
  'recruiting.applied': 'A prospect applied to the program',
  'enablement.enrolled': 'A partner user enrolled in a course',
  'enablement.course_completed': 'A partner user completed a course',
  'enablement.certified': 'A partner user earned a certification',
  'enablement.certificate_expiring': 'A certification is about to expire',
  'campaign.launched': 'A partner launched a co-branded campaign',
  'lead.offered': 'A lead was offered to a partner',
  'lead.offer_expired': 'A lead offer expired unanswered',
  'mdf.request_submitted': 'A partner submitted an MDF request',
  'mdf.claim_submitted': 'A partner submitted an MDF claim',
  'mdf.claim_paid': 'An MDF claim was paid',
  'incentive.accrued': 'An incentive was earned',
  'incentive.paid': 'An incentive was paid out',
  'mapping.imported': 'A partner uploaded accounts for mapping',
  'mapping.sharing_changed': 'A partner changed what it shares in account mapping',
  'survey.invited': 'A partner user was invited to a survey',
  'survey.answered': 'A partner user answered a survey',
  'webhook.disabled': 'A webhook subscription was disabled after repeated failures',
  'webhook.test': 'A test event sent from the console',
};

/** The known types and any other type that has already occurred, sorted by name. */
export async function findEventTypes(ctx: Ctx): Promise<Array<{ type: string; description: string }>> {
  const seen = await ctx.db.selectDistinct({ type: domainEvents.type }).from(domainEvents);
  const types = new Map(Object.entries(KNOWN_EVENT_TYPES));
  for (const row of seen) if (!types.has(row.type)) types.set(row.type, 'Published by the platform');
  return [...types]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, description]) => ({ type, description }));
}
