import type { PartnerStage } from '../modules/partners/partners.schemas.js';

/** What a partner manager writes when moving a partner, by `from->to`. */
export const STAGE_REASONS: Partial<Record<`${PartnerStage}->${PartnerStage}`, readonly string[]>> = {
  'prospect->recruited': [
    'Signed the partner agreement after a discovery call',
    'Completed the partner application and passed due diligence',
    'Referred by an existing partner; agreement countersigned',
  ],
  'recruited->onboarding': [
    'Portal access granted; onboarding kickoff held',
    'Kickoff workshop done; enablement plan agreed',
  ],
  'onboarding->active': [
    'Completed the onboarding checklist and first certification',
    'First deal registration approved',
    'Two consultants certified; joint business plan signed',
  ],
  'active->at_risk': [
    'No deal registrations in the last 90 days',
    'Key alliance contact left the company',
    'Certifications lapsed and pipeline fell below plan',
    'Low PSAT score and a missed quarterly business review',
  ],
  'at_risk->active': [
    'Recovery plan worked: two new registrations this quarter',
    'New alliance lead appointed; pipeline rebuilt',
  ],
  'at_risk->churned': [
    'Agreement terminated after a failed recovery plan',
    'Moved to a competing vendor program',
  ],
  'active->churned': [
    'Acquired by a company outside the program',
    'Left the product category to focus on another vendor',
  ],
  'prospect->churned': [
    'Declined to join after evaluating the program',
    'Did not meet the program minimum requirements',
  ],
};
