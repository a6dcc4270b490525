export const VENDOR_ROLES = ['admin', 'partner_manager', 'sales_rep', 'finance'] as const;
export const PARTNER_ROLES = ['partner_admin', 'partner_rep'] as const;
export const ROLES = [...VENDOR_ROLES, ...PARTNER_ROLES] as const;

export type VendorRole = (typeof VENDOR_ROLES)[number];
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const API_SCOPES = ['read', 'write'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface UserActor {
  kind: 'user';
  userId: string;
  role: Role;
  /** Set for partner users: every read and write they make is scoped to this partner. */
  partnerId: string | null;
  /** Null for a browser session (the role decides); the key's scopes for an API key. */
  scopes: ApiScope[] | null;
  apiKeyId: string | null;
}

export interface SystemActor {
  kind: 'system';
  name: string;
}

export type Actor = UserActor | SystemActor;

export function isPartnerRole(role: Role): role is PartnerRole {
  return (PARTNER_ROLES as readonly string[]).includes(role);
}

export function systemActor(name: string): SystemActor {
  return { kind: 'system', name };
}
