/** Every status a deal registration can be in, in the order of its life. */
export const REGISTRATION_STATUS_ORDER = [
  'draft',
  'submitted',
  'under_review',
  'approved',
  'disputed',
  'rejected',
  'expired',
  'won',
  'lost',
  'withdrawn',
] as const;

export const REGISTRATION_STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  under_review: 'Under review',
  approved: 'Approved',
  rejected: 'Rejected',
  expired: 'Expired',
  won: 'Won',
  lost: 'Lost',
  withdrawn: 'Withdrawn',
  disputed: 'Disputed',
};

export const REGISTRATION_STATUS_COLORS: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  under_review: 'yellow',
  approved: 'teal',
  rejected: 'red',
  expired: 'gray',
  won: 'green',
  lost: 'dark',
  withdrawn: 'gray',
  disputed: 'orange',
};

export const registrationStatusLabel = (status: string) =>
  REGISTRATION_STATUS_LABELS[status] ?? status.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

export const registrationStatusColor = (status: string) => REGISTRATION_STATUS_COLORS[status] ?? 'gray';
