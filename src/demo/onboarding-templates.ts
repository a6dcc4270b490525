import { DEFAULT_TEMPLATE } from '../modules/onboarding/default-template.js';
import type { TemplateInput, TemplateStep } from '../modules/onboarding/onboarding.schemas.js';
import type { PartnerType } from '../modules/partners/partners.schemas.js';

const standard = (key: string): TemplateStep => {
  const step = DEFAULT_TEMPLATE.steps.find((s) => s.key === key);
  if (!step) throw new Error(`The default onboarding checklist has no step ${key}`);
  return step;
};

const firstCertification = (title: string): TemplateStep => ({
  key: 'first_certification',
  title,
  description: 'Done when the first person at the partner earns a Larkspur certification',
  kind: 'automatic',
  eventType: 'enablement.certified',
  required: true,
});

const optionalDeal: TemplateStep = { ...standard('first_deal_registered'), required: false };

/**
 * The program's checklists by partner type, built on the standard one: sales partners certify a seller
 * and register a deal, integrators certify a consultant and agree a delivery plan, technology partners
 * get their integration reviewed. Referral and marketplace partners keep the standard checklist.
 */
export const DEMO_ONBOARDING_TEMPLATES: readonly (TemplateInput & { partnerType: PartnerType })[] = [
  {
    name: 'Reseller onboarding',
    partnerType: 'reseller',
    stalledAfterDays: 14,
    steps: [
      standard('agreement_signed'),
      standard('portal_users_invited'),
      standard('kickoff_meeting'),
      standard('first_course_completed'),
      firstCertification('First seller certified'),
      standard('first_deal_registered'),
      standard('business_plan_agreed'),
    ],
  },
  {
    name: 'Systems integrator onboarding',
    partnerType: 'si',
    stalledAfterDays: 21,
    steps: [
      standard('agreement_signed'),
      standard('portal_users_invited'),
      standard('kickoff_meeting'),
      standard('first_course_completed'),
      firstCertification('First consultant certified'),
      {
        key: 'delivery_plan_agreed',
        title: 'Joint delivery plan agreed',
        description: 'Practice lead and partner manager agree target accounts and the first services offer',
        kind: 'manual',
        required: true,
      },
      optionalDeal,
    ],
  },
  {
    name: 'Technology partner onboarding',
    partnerType: 'isv',
    stalledAfterDays: 21,
    steps: [
      standard('agreement_signed'),
      standard('portal_users_invited'),
      standard('kickoff_meeting'),
      standard('first_course_completed'),
      {
        key: 'integration_reviewed',
        title: 'Integration reviewed by Larkspur engineering',
        description: 'The partner manager ticks it once the integration passed the technical review',
        kind: 'manual',
        required: true,
      },
      optionalDeal,
      {
        key: 'directory_listing',
        title: 'Listed in the partner directory',
        kind: 'manual',
        required: false,
      },
    ],
  },
  {
    name: 'Managed service provider onboarding',
    partnerType: 'msp',
    stalledAfterDays: 14,
    steps: [
      standard('agreement_signed'),
      standard('portal_users_invited'),
      standard('kickoff_meeting'),
      standard('first_course_completed'),
      standard('first_deal_registered'),
      {
        key: 'service_defined',
        title: 'Managed service offer defined',
        description: 'The service the partner runs on Larkspur, with its support hours and escalation path',
        kind: 'manual',
        required: false,
      },
    ],
  },
];

/** The keys of manual steps in any demo checklist, and who ticks them. */
export const MANUAL_STEP_TICKERS: Record<string, 'manager' | 'partner'> = {
  kickoff_meeting: 'manager',
  business_plan_agreed: 'manager',
  delivery_plan_agreed: 'partner',
  integration_reviewed: 'manager',
  directory_listing: 'manager',
  service_defined: 'partner',
};

/** The steps of the checklist a partner of the type gets. */
export function checklistFor(type: PartnerType): readonly TemplateStep[] {
  return DEMO_ONBOARDING_TEMPLATES.find((t) => t.partnerType === type)?.steps ?? DEFAULT_TEMPLATE.steps;
}
