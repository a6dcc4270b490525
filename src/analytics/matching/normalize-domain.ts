import { domainToASCII } from 'node:url';
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
  // An email address ("Jane <jane@example.com>"), but not a URL with "@" in its path or user part.
  const at = value.lastIndexOf('@');
  const slash = value.indexOf('/');
  if (at >= 0 && (slash < 0 || at < slash)) value = value.slice(at + 1).replace(/>.*$/, '');
  // Private suffixes count too: "acme.github.io" is Acme's site, "github.io" says nothing about it.
  const parsed = parse(value, { allowPrivateDomains: true });
  if (parsed.isIp) return { ok: false, reason: 'ip_address' };
  if (!parsed.domain || !(parsed.isIcann || parsed.isPrivate)) return { ok: false, reason: 'not_a_domain' };
  // One key per domain: "münchen.de" and "xn--mnchen-3ya.de" are the same registration.
  const domain = domainToASCII(parsed.domain);
  if (!domain) return { ok: false, reason: 'not_a_domain' };
  if (FREE_MAIL_DOMAINS.has(domain)) return { ok: false, reason: 'free_mail' };
  return { ok: true, domain };
}

export interface DomainEntry {
  field: string;
  value: string;
}

/** Each entry reduced to its registrable domain (deduplicated), and every entry that names none, by field. */
export function registrableDomainsOf(entries: readonly DomainEntry[]): {
  domains: string[];
  errors: { field: string; message: string }[];
} {
  const domains = new Set<string>();
  const errors: { field: string; message: string }[] = [];
  for (const { field, value } of entries) {
    const result = registrableDomain(value);
    if (result.ok) domains.add(result.domain);
    else errors.push({ field, message: domainRejectionText(result.reason) });
  }
  return { domains: [...domains], errors };
}

/** The registrable domain, or null when the input does not name a company domain. */
export function companyDomain(input: string | null | undefined): string | null {
  if (!input) return null;
  const result = registrableDomain(input);
  return result.ok ? result.domain : null;
}
