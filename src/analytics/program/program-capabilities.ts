export const PROGRAM_STAGES = ['startup', 'growth', 'scale_up', 'global'] as const;
export type ProgramStage = (typeof PROGRAM_STAGES)[number];

export const STAGE_LABELS: Record<ProgramStage, string> = {
  startup: 'Startup',
  growth: 'Growth',
  scale_up: 'Scale-up',
  global: 'Global',
};

export interface CapabilitySpec {
  key: string;
  stage: ProgramStage;
  label: string;
  /** What the measured number counts, for "12 of 10 <unit>". */
  unit: string;
  /** Met when the measured value is at least this. */
  threshold: number;
  /** Days back from the assessment the count looks at; null for the state now. */
  windowDays: number | null;
}

/**
 * What each stage needs, measured on the program's own data. Startup: a few design partners winning;
 * Growth: the PRM in use, an IPP, repeatable onboarding; Scale-up: tiering, LMS, through-partner
 * marketing; Global: many partner types and regions, full orchestration and deep analytics.
 */
export const CAPABILITIES: readonly CapabilitySpec[] = [
  {
    key: 'design_partners',
    stage: 'startup',
    label: 'Active partners',
    unit: 'partners',
    threshold: 3,
    windowDays: null,
  },
  {
    key: 'partner_wins',
    stage: 'startup',
    label: 'Deals won with a partner',
    unit: 'deals',
    threshold: 1,
    windowDays: 365,
  },
  {
    key: 'registrations',
    stage: 'growth',
    label: 'Deal registrations submitted in the PRM',
    unit: 'registrations',
    threshold: 10,
    windowDays: 180,
  },
  {
    key: 'ipp_criteria',
    stage: 'growth',
    label: 'Ideal partner profile criteria',
    unit: 'criteria',
    threshold: 3,
    windowDays: null,
  },
  {
    key: 'onboarding_templates',
    stage: 'growth',
    label: 'Onboarding checklists',
    unit: 'templates',
    threshold: 2,
    windowDays: null,
  },
  {
    key: 'onboardings_completed',
    stage: 'growth',
    label: 'Partners who completed onboarding',
    unit: 'partners',
    threshold: 3,
    windowDays: 365,
  },
  {
    key: 'tiers_evaluated',
    stage: 'scale_up',
    label: 'Partners whose tier was evaluated',
    unit: 'partners',
    threshold: 5,
    windowDays: 90,
  },
  {
    key: 'courses_published',
    stage: 'scale_up',
    label: 'Published courses',
    unit: 'courses',
    threshold: 3,
    windowDays: null,
  },
  {
    key: 'certified_people',
    stage: 'scale_up',
    label: 'People holding a valid certification',
    unit: 'people',
    threshold: 10,
    windowDays: null,
  },
  {
    key: 'tpma_campaigns',
    stage: 'scale_up',
    label: 'Co-branded campaigns launched',
    unit: 'campaigns',
    threshold: 3,
    windowDays: 180,
  },
  {
    key: 'partner_scale',
    stage: 'global',
    label: 'Active partners at global scale',
    unit: 'partners',
    threshold: 100,
    windowDays: null,
  },
  {
    key: 'partner_types',
    stage: 'global',
    label: 'Partner types with active partners',
    unit: 'types',
    threshold: 3,
    windowDays: null,
  },
  {
    key: 'regions',
    stage: 'global',
    label: 'Regions with active partners',
    unit: 'regions',
    threshold: 4,
    windowDays: null,
  },
  {
    key: 'co_sell_deals',
    stage: 'global',
    label: 'Co-sell deals opened',
    unit: 'deals',
    threshold: 25,
    windowDays: 365,
  },
  {
    key: 'mdf_paid',
    stage: 'global',
    label: 'MDF claims paid',
    unit: 'claims',
    threshold: 3,
    windowDays: 365,
  },
  {
    key: 'incentives',
    stage: 'global',
    label: 'Incentives earned',
    unit: 'ledger entries',
    threshold: 5,
    windowDays: 365,
  },
  {
    key: 'leads_routed',
    stage: 'global',
    label: 'Leads offered to partners',
    unit: 'offers',
    threshold: 10,
    windowDays: 180,
  },
  {
    key: 'survey_responses',
    stage: 'global',
    label: 'Partner satisfaction responses',
    unit: 'responses',
    threshold: 10,
    windowDays: 365,
  },
  {
    key: 'webhooks',
    stage: 'global',
    label: 'Active webhook subscriptions',
    unit: 'subscriptions',
    threshold: 1,
    windowDays: null,
  },
  {
    key: 'analytics_models',
    stage: 'global',
    label: 'Prediction models trained',
    unit: 'models',
    threshold: 1,
    windowDays: 180,
  },
  {
    key: 'account_mapping',
    stage: 'global',
    label: 'Partners with an account mapping',
    unit: 'partners',
    threshold: 3,
    windowDays: null,
  },
];

export type CapabilityKey = (typeof CAPABILITIES)[number]['key'];
