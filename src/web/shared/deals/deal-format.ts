import type { Schemas } from '../api/client';
import { todayIso } from '../dates';

export type Deal = Schemas['Deal'];
export type DealView = Schemas['DealView'];
export type DealStage = Deal['stage'];
export type PartnerRole = Deal['partners'][number]['role'];
export type DealNote = Schemas['DealNote'];
export type DealTask = Schemas['DealTask'];
export type DealActivity = Schemas['DealActivity'];
export type Touchpoint = Schemas['Touchpoint'];
export type TouchpointKind = Touchpoint['kind'];
export type PrivateOffer = Schemas['PrivateOffer'];
export type OfferStatus = PrivateOffer['status'];
export type Marketplace = PrivateOffer['marketplace'];

export const DEAL_STAGES: readonly DealStage[] = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
];
/** The stages an edit may set; a deal is closed only through Close won / Close lost. */
export const OPEN_STAGES = ['prospecting', 'qualification', 'proposal', 'negotiation'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

export const DEAL_STAGE_LABELS: Record<DealStage, string> = {
  prospecting: 'Prospecting',
  qualification: 'Qualification',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  closed_won: 'Closed won',
  closed_lost: 'Closed lost',
};

export const DEAL_STAGE_COLORS: Record<DealStage, string> = {
  prospecting: 'gray',
  qualification: 'blue',
  proposal: 'cyan',
  negotiation: 'violet',
  closed_won: 'green',
  closed_lost: 'red',
};

export const dealStageLabel = (stage: string) => DEAL_STAGE_LABELS[stage as DealStage] ?? stage;
export const isClosed = (stage: string) => stage === 'closed_won' || stage === 'closed_lost';
export const dealStageOptions = DEAL_STAGES.map((value) => ({ value, label: DEAL_STAGE_LABELS[value] }));
export const openStageOptions = OPEN_STAGES.map((value) => ({ value, label: DEAL_STAGE_LABELS[value] }));

export const PARTNER_ROLES: readonly PartnerRole[] = ['sourcing', 'influencing', 'fulfilling', 'technology'];
export const PARTNER_ROLE_LABELS: Record<PartnerRole, string> = {
  sourcing: 'Sourcing',
  influencing: 'Influencing',
  fulfilling: 'Fulfilling',
  technology: 'Technology',
};
export const PARTNER_ROLE_HINTS: Record<PartnerRole, string> = {
  sourcing: 'Brought the deal',
  influencing: 'Helps win it',
  fulfilling: 'Resells or delivers it',
  technology: 'Its product is part of the solution',
};
export const partnerRoleOptions = PARTNER_ROLES.map((value) => ({
  value,
  label: `${PARTNER_ROLE_LABELS[value]} — ${PARTNER_ROLE_HINTS[value].toLowerCase()}`,
}));

export const SOURCE_LABELS: Record<Deal['source'], string> = {
  direct: 'Direct',
  partner: 'Partner-sourced',
};

export const TOUCHPOINT_KIND_LABELS: Record<TouchpointKind, string> = {
  registration: 'Registration',
  referral: 'Referral',
  meeting: 'Meeting',
  demo: 'Demo',
  technical_validation: 'Technical validation',
  proposal_support: 'Proposal support',
  marketing: 'Marketing touch',
  co_sell_call: 'Co-sell call',
};
/** What a person records by hand; registrations are recorded by the system. */
export const touchpointKindOptions = (
  [
    'meeting',
    'demo',
    'co_sell_call',
    'technical_validation',
    'proposal_support',
    'marketing',
    'referral',
  ] as const
).map((value) => ({ value, label: TOUCHPOINT_KIND_LABELS[value] }));

export const MARKETPLACE_LABELS: Record<Marketplace, string> = {
  aws: 'AWS Marketplace',
  azure: 'Azure Marketplace',
  gcp: 'Google Cloud Marketplace',
};
export const marketplaceOptions = (Object.keys(MARKETPLACE_LABELS) as Marketplace[]).map((value) => ({
  value,
  label: MARKETPLACE_LABELS[value],
}));

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  expired: 'Expired',
  cancelled: 'Cancelled',
};
export const OFFER_STATUS_COLORS: Record<OfferStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'green',
  expired: 'orange',
  cancelled: 'red',
};
/** draft → sent → accepted | expired | cancelled, and draft → cancelled; the last three are final. */
export const OFFER_TRANSITIONS: Record<OfferStatus, readonly OfferStatus[]> = {
  draft: ['sent', 'cancelled'],
  sent: ['accepted', 'expired', 'cancelled'],
  accepted: [],
  expired: [],
  cancelled: [],
};

export const isOverdue = (task: Pick<DealTask, 'done' | 'dueDate'>) =>
  !task.done && task.dueDate !== null && task.dueDate < todayIso();
