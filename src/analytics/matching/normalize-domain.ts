import { parse } from 'tldts';
import { FREE_MAIL_DOMAINS } from './free-mail-domains.js';

export type DomainRejection = 'empty' | 'not_a_domain' | 'ip_address' | 'free_mail';

export type DomainResult = { ok: true; domain: string } | { ok: false; reason: DomainRejection };

const REASON_TEXT: Record<DomainRejection, string> = {
  empty: 'is empty',
  not_a_domain: 'is not a domain name with a public suffix',
  ip_address: 'is an IP address, not a domain',
  free_mail: 'is a free mail provider and says nothing about the company',
};

export function domainRejectionText(reason: DomainRejection): string {
  return REASON_TEXT[reason];
}

/**
 * Reduces a website, URL, host or email address to its registrable domain
 * ("https://www.shop.example.co.uk/path" → "example.co.uk"), using the public suffix list.
 */
export function registrableDomain(input: string): DomainResult {
  let value = input.trim().toLowerCase();
  if (!value) return { ok: false, reason: 'empty' };
  const at = value.lastIndexOf('@');
  if (at >= 0) value = value.slice(at + 1);
  const parsed = parse(value, { allowPrivateDomains: false });
  if (parsed.isIp) return { ok: false, reason: 'ip_address' };
  if (!parsed.domain || !parsed.isIcann) return { ok: false, reason: 'not_a_domain' };
  if (FREE_MAIL_DOMAINS.has(parsed.domain)) return { ok: false, reason: 'free_mail' };
  return { ok: true, domain: parsed.domain };
}

/** The registrable domain, or null when the input does not name a company domain. */
export function companyDomain(input: string | null | undefined): string | null {
  if (!input) return null;
  const result = registrableDomain(input);
  return result.ok ? result.domain : null;
}
