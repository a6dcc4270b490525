import { isFuzzyNameMatch } from '../analytics/matching/fuzzy-name.js';
import { companyDomain } from '../analytics/matching/normalize-domain.js';
import { normalizeCompanyName } from '../analytics/matching/normalize-name.js';
import type { NameMaker } from './company-names.js';
import { INDUSTRIES } from './company-words.js';
import { CUSTOMER_TITLES } from './deal-words.js';
import type { DemoRandom } from './demo-random.js';
import { COUNTRIES, type Country, type Region } from './geography.js';
import { emailLocalPart, FIRST_NAMES, LAST_NAMES } from './people-words.js';
import type { AccountPlan } from './plan-accounts.js';
import { regionOf } from './plan-deals.js';

/** The customer as a partner types it into a registration. */
export interface CustomerDescription {
  customerName: string;
  customerWebsite?: string;
  customerCountry?: string;
  contactName?: string;
  contactEmail?: string;
  contactTitle?: string;
}

/**
 * How the partner describes an existing account: with its website or a contact at its domain, by its
 * name only (a contact with a free-mail address), or by a misspelt name only.
 */
export type DescriptionStyle = 'domain' | 'name' | 'fuzzy';

interface KnownCompany {
  id: string;
  normalizedName: string;
  domains: string[];
}

/**
 * Every company the vendor's CRM will know, so a planned description can be checked against the way
 * registrations are matched to accounts (domain, then exact name, then a fuzzy name without a domain).
 */
export interface CompanyBook {
  /** The company a description would be matched to, or null for a new one; ambiguous fuzzy matches count as a clash. */
  match(description: CustomerDescription): string | null | 'ambiguous';
  addNew(id: string, name: string, domain: string): void;
}

export function accountCompanyId(index: number): string {
  return `account:${index}`;
}

export function createCompanyBook(accounts: readonly AccountPlan[]): CompanyBook {
  const known: KnownCompany[] = accounts.map((account, i) => ({
    id: accountCompanyId(i),
    normalizedName: normalizeCompanyName(account.name),
    domains: account.domain ? [account.domain] : [],
  }));
  return {
    match(description) {
      const domain = companyDomain(description.customerWebsite) ?? companyDomain(description.contactEmail);
      const byDomain = domain ? known.find((c) => c.domains.includes(domain)) : undefined;
      if (byDomain) return byDomain.id;
      const name = normalizeCompanyName(description.customerName);
      const byName = known.find((c) => c.normalizedName === name);
      if (byName) return byName.id;
      const fuzzy = known.filter(
        (c) => (domain === null || c.domains.length === 0) && isFuzzyNameMatch(name, c.normalizedName),
      );
      if (fuzzy.length > 1) return 'ambiguous';
      return fuzzy[0]?.id ?? null;
    },
    addNew(id, name, domain) {
      known.push({ id, normalizedName: normalizeCompanyName(name), domains: [domain] });
    },
  };
}

const countryOf = (code: string): Country => COUNTRIES.find((c) => c.code === code)!;

/** The name without its legal form ("Cedarforge Power SpA" → "Cedarforge Power"), when it has one. */
export function withoutLegalSuffix(name: string, country: string): string {
  const suffix = countryOf(country).legalSuffixes.find((s) => name.endsWith(` ${s}`));
  return suffix ? name.slice(0, -suffix.length - 1) : name;
}

/** "Acme Robotics GmbH" → "ACME Robotics": the way people write a name they heard rather than read. */
export function shoutedName(name: string, country: string): string {
  const [head, ...rest] = withoutLegalSuffix(name, country).split(' ');
  return [head!.toUpperCase(), ...rest].join(' ');
}

/** A slip of the keyboard in the middle of the first word: two neighbouring letters swapped. */
function misspelt(name: string, random: DemoRandom): string | null {
  const [head, ...rest] = name.split(' ');
  if (!head || head.length < 7) return null;
  const at = random.int(3, head.length - 3);
  if (head[at] === head[at + 1]) return null;
  const typo = head.slice(0, at) + head[at + 1] + head[at] + head.slice(at + 2);
  return [typo, ...rest].join(' ');
}

function person(region: Region, random: DemoRandom) {
  const first = random.pick(FIRST_NAMES[region]);
  const last = random.pick(LAST_NAMES[region]);
  return {
    name: `${first} ${last}`,
    local: emailLocalPart(first, last),
    title: random.pick(CUSTOMER_TITLES),
  };
}

/** A contact at the customer with an address on the customer's own domain, or on free mail. */
function contact(region: Region, domain: string | null, random: DemoRandom): Partial<CustomerDescription> {
  const who = person(region, random);
  const email = domain ? `${who.local}@${domain}` : `${who.local}${random.int(1, 99)}@gmail.com`;
  return { contactName: who.name, contactEmail: email, contactTitle: who.title };
}

function website(domain: string, random: DemoRandom): string {
  return random.pick([`https://www.${domain}`, `www.${domain}`, domain, `https://${domain}/`]);
}

/**
 * How a partner describes one of the vendor's accounts in the given style, checked against the book so
 * it really matches that account; null when the account cannot be described that way.
 */
export function describeAccount(
  account: AccountPlan,
  accountIndex: number,
  style: DescriptionStyle,
  book: CompanyBook,
  random: DemoRandom,
): CustomerDescription | null {
  const region = regionOf(account.country);
  let description: CustomerDescription;
  if (style === 'domain') {
    if (!account.domain) return null;
    const name = random.pick([
      account.name,
      withoutLegalSuffix(account.name, account.country),
      shoutedName(account.name, account.country),
    ]);
    const withSite = random.chance(0.75);
    description = {
      customerName: name,
      ...(withSite ? { customerWebsite: website(account.domain, random) } : {}),
      customerCountry: account.country,
      ...contact(region, account.domain, random),
    };
  } else {
    const name =
      style === 'name' ? withoutLegalSuffix(account.name, account.country) : misspelt(account.name, random);
    if (!name) return null;
    description = {
      customerName: name,
      ...(random.chance(0.5) ? { customerCountry: account.country } : {}),
      ...(random.chance(0.7) ? contact(region, null, random) : {}),
    };
  }
  return book.match(description) === accountCompanyId(accountIndex) ? description : null;
}

export interface NewCompany {
  id: string;
  name: string;
  domain: string;
  country: string;
}

/** A company the vendor does not know yet, in one of the given countries, whose name clashes with none in the book. */
export function newCompany(
  names: NameMaker,
  countries: readonly Country[],
  book: CompanyBook,
  random: DemoRandom,
): NewCompany {
  for (;;) {
    const country = random.pickWeighted(countries, (c) => c.weight);
    const identity = names.account(random.pick(Object.keys(INDUSTRIES)), country);
    const domain = identity.domain ?? `${identity.name.split(' ')[0]!.toLowerCase()}.${country.tld}`;
    if (book.match({ customerName: identity.name, customerWebsite: domain }) !== null) continue;
    const company = { id: `new:${domain}`, name: identity.name, domain, country: country.code };
    book.addNew(company.id, company.name, company.domain);
    return company;
  }
}

/** How a partner describes a company new to the vendor: its name and website, and usually a contact there. */
export function describeNewCompany(company: NewCompany, random: DemoRandom): CustomerDescription {
  const region = regionOf(company.country);
  return {
    customerName: random.chance(0.8) ? company.name : withoutLegalSuffix(company.name, company.country),
    customerWebsite: website(company.domain, random),
    customerCountry: company.country,
    ...(random.chance(0.85) ? contact(region, company.domain, random) : {}),
  };
}
