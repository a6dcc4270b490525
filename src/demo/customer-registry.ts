import { isFuzzyNameMatch } from '../analytics/matching/fuzzy-name.js';
import { companyDomain } from '../analytics/matching/normalize-domain.js';
import { normalizeCompanyName } from '../analytics/matching/normalize-name.js';
import type { NameMaker } from './company-names.js';
import { INDUSTRIES } from './company-words.js';
import type { DemoRandom } from './demo-random.js';
import type { Country } from './geography.js';
import type { NewCompany } from './plan-customers.js';

/**
 * Every customer name and domain the deal story registers or keeps as an account. A company the
 * lifecycle story adds must clash with none of them, not even by a fuzzy name: otherwise a later
 * registration of the deal story could find two candidate accounts and be decided differently.
 */
export interface CustomerRegistry {
  newCompany(names: NameMaker, countries: readonly Country[], random: DemoRandom): NewCompany;
}

export function createCustomerRegistry(
  known: Iterable<{ name: string; website?: string | null; email?: string | null }>,
): CustomerRegistry {
  const names: string[] = [];
  const domains = new Set<string>();
  const remember = (name: string, domain: string | null) => {
    names.push(normalizeCompanyName(name));
    if (domain) domains.add(domain);
  };
  for (const company of known)
    remember(company.name, companyDomain(company.website) ?? companyDomain(company.email));
  const clashes = (name: string, domain: string) => {
    const normalized = normalizeCompanyName(name);
    return domains.has(domain) || names.some((n) => n === normalized || isFuzzyNameMatch(n, normalized));
  };
  return {
    newCompany(nameMaker, countries, random) {
      for (;;) {
        const country = random.pickWeighted(countries, (c) => c.weight);
        const identity = nameMaker.account(random.pick(Object.keys(INDUSTRIES)), country);
        const domain = identity.domain ?? `${identity.name.split(' ')[0]!.toLowerCase()}.${country.tld}`;
        if (clashes(identity.name, domain)) continue;
        remember(identity.name, domain);
        return { id: `new:${domain}`, name: identity.name, domain, country: country.code };
      }
    },
  };
}
