import { nameCarriesEvidence } from './company-match.js';
import { domainRejectionText, registrableDomain } from './normalize-domain.js';
import { normalizeCompanyName } from './normalize-name.js';

/** An account as a CRM export or a partner upload describes it. */
export interface AccountDescription {
  name?: string | null | undefined;
  /** Website, URL, host or domain. */
  domain?: string | null | undefined;
  /** A contact's email address: its domain counts when no website is given (never free mail). */
  email?: string | null | undefined;
}

/** The keys an account is matched by: null where the description gives no usable key. */
export interface AccountKeys {
  domain: string | null;
  /** normalizeCompanyName of the name, null when the name says too little to match on its own. */
  name: string | null;
}

export interface KeyNotice {
  field: 'name' | 'domain' | 'email';
  message: string;
}

/** The matching keys of one account, and what was set aside and why (for an import's row report). */
export function accountKeys(account: AccountDescription): AccountKeys & { notices: KeyNotice[] } {
  const notices: KeyNotice[] = [];
  let domain: string | null = null;
  for (const field of ['domain', 'email'] as const) {
    const value = account[field]?.trim();
    if (!value || domain) continue;
    const result = registrableDomain(value);
    if (result.ok) domain = result.domain;
    else notices.push({ field, message: domainRejectionText(result.reason) });
  }
  const rawName = account.name?.trim() ?? '';
  const normalized = rawName ? normalizeCompanyName(rawName) : '';
  const name = normalized && nameCarriesEvidence(normalized) ? normalized : null;
  if (rawName && !name) notices.push({ field: 'name', message: 'is too short or too generic to match on' });
  return { domain, name, notices };
}
