/** What applicants write in the sign-up form's message box. */
export const APPLICATION_MESSAGES = [
  'We have delivered three data platform projects for mid-market customers this year and keep getting asked about Larkspur.',
  'Our security practice wants a modern analytics stack to resell alongside our managed SOC.',
  'Several of our customers already run Larkspur; we would like to support them properly and register the next projects.',
  'We are a cloud consultancy moving workloads off on-premises warehouses and are looking for a data platform partner.',
  'We build industry solutions on top of data platforms and would like to certify our team.',
  'Looking to add an observability offering to our managed services portfolio in the region.',
  'Met your team at the regional cloud summit; keen to explore a reseller agreement.',
  'We list products on AWS and Azure marketplaces for our customers and would like to add Larkspur.',
] as const;

/** Why a partner manager moves an application on. */
export const QUALIFY_REASONS = [
  'Intro call done: real practice in our product areas and named customers',
  'Good fit with the partner profile; references checked',
  'Strong regional coverage where we need partners',
] as const;

export const AGREEMENT_REASONS = [
  'Business case agreed; partner agreement sent for signature',
  'Commercial terms agreed on the second call; agreement sent',
] as const;

export const SIGNED_REASONS = [
  'Partner agreement countersigned',
  'Signed agreement received through the e-signature service',
] as const;

export const HANDOVER_REASONS = [
  'Handed over to partner onboarding',
  'Kick-off scheduled; onboarding starts',
] as const;

/** Rejections, by why the application does not fit. */
export const REJECTION_REASONS = {
  size: 'A one- or two-person consultancy for now; we suggested the referral program instead.',
  practice: 'No practice in our product areas yet; we agreed to talk again in six months.',
  competitor: 'Resells a directly competing platform exclusively, which rules out a partner agreement.',
  stalled: 'No answer to three follow-ups since the agreement was sent; closed for now.',
} as const;
export type RejectionCause = keyof typeof REJECTION_REASONS;

export const DUPLICATE_APPLICATION_REASON =
  'Duplicate: the same company applied a few days earlier; we continue with that application.';
export const EXISTING_PARTNER_REASON =
  'The company is already a Larkspur partner; passed to its partner manager to add the contact.';

export const ACTIVATION_REASON = 'Onboarding checklist done and the first deal registered';
