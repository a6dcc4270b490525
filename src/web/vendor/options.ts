import type { Schemas } from '../shared/api/client';
import { humanize, roleLabel, stageLabel, typeLabel } from '../shared/format';

export type PartnerType = Schemas['Partner']['type'];
export type PartnerStage = Schemas['Partner']['stage'];
export type Region = Schemas['Partner']['regions'][number];
export type AccountStatus = Schemas['Account']['status'];
export type Role = Schemas['User']['role'];

export const PARTNER_TYPES: readonly PartnerType[] = [
  'reseller',
  'si',
  'isv',
  'msp',
  'referral',
  'cloud_marketplace',
];
export const PARTNER_STAGES: readonly PartnerStage[] = [
  'prospect',
  'recruited',
  'onboarding',
  'active',
  'at_risk',
  'churned',
];
export const REGIONS: readonly Region[] = ['NA', 'LATAM', 'EMEA', 'APAC'];
export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['prospect', 'customer', 'former_customer'];
export const VENDOR_ROLES: readonly Role[] = ['admin', 'partner_manager', 'sales_rep', 'finance'];
export const PARTNER_ROLES: readonly Role[] = ['partner_admin', 'partner_rep'];

const REGION_LABELS: Record<Region, string> = {
  NA: 'North America',
  LATAM: 'Latin America',
  EMEA: 'Europe, Middle East & Africa',
  APAC: 'Asia Pacific',
};

export const regionLabel = (region: string) => REGION_LABELS[region as Region] ?? region;
export const isPartnerRole = (role: string) => (PARTNER_ROLES as readonly string[]).includes(role);

export const ACCOUNT_STATUS_COLORS: Record<AccountStatus, string> = {
  prospect: 'blue',
  customer: 'teal',
  former_customer: 'gray',
};

export const USER_STATUS_COLORS: Record<Schemas['User']['status'], string> = {
  invited: 'yellow',
  active: 'teal',
  disabled: 'gray',
};

export const typeOptions = PARTNER_TYPES.map((value) => ({ value, label: typeLabel(value) }));
export const stageOptions = PARTNER_STAGES.map((value) => ({ value, label: stageLabel(value) }));
export const regionOptions = REGIONS.map((value) => ({ value, label: `${value} — ${regionLabel(value)}` }));
export const accountStatusOptions = ACCOUNT_STATUSES.map((value) => ({ value, label: humanize(value) }));
export const vendorRoleOptions = VENDOR_ROLES.map((value) => ({ value, label: roleLabel(value) }));
export const partnerRoleOptions = PARTNER_ROLES.map((value) => ({ value, label: roleLabel(value) }));

/** Narrows a URL search value to one of the allowed values, or undefined. */
export function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}
