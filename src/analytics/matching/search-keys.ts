import { companyDomain } from './normalize-domain.js';
import { normalizeCompanyName } from './normalize-name.js';

/**
 * What a free-text company search can match on: the normalized name, and a registrable domain when the
 * text looks like a domain, URL or email. Both null means nothing to match ("%", "..."), so no results.
 */
export function searchKeys(q: string): { name: string | null; domain: string | null } {
  return { name: normalizeCompanyName(q) || null, domain: q.includes('.') ? companyDomain(q) : null };
}
