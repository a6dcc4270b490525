const ROLE_LABELS: Record<string, string> = {
  admin: 'Program admin',
  partner_manager: 'Partner manager',
  sales_rep: 'Sales rep',
  finance: 'Finance',
  partner_admin: 'Partner admin',
  partner_rep: 'Partner rep',
};

const TYPE_LABELS: Record<string, string> = {
  reseller: 'Reseller',
  si: 'Systems integrator',
  isv: 'ISV / technology',
  msp: 'MSP',
  referral: 'Referral',
  cloud_marketplace: 'Cloud marketplace',
};

export const STAGE_COLORS: Record<string, string> = {
  prospect: 'gray',
  recruited: 'blue',
  onboarding: 'cyan',
  active: 'teal',
  at_risk: 'orange',
  churned: 'red',
};

export const roleLabel = (role: string) => ROLE_LABELS[role] ?? role;
export const typeLabel = (type: string) => TYPE_LABELS[type] ?? type;
export const stageLabel = (stage: string) => stage.replace('_', ' ').replace(/^\w/, (c) => c.toUpperCase());
export const humanize = (value: string) => value.replace(/[_-]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : '—');
export const formatDateTime = (iso: string | null | undefined) =>
  iso ? dateTimeFormat.format(new Date(iso)) : '—';
export const formatNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toLocaleString('en');
