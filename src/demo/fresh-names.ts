import { createNameMaker, type NameMaker } from './company-names.js';
import type { DemoRandom } from './demo-random.js';

/** The invented compound a demo company name starts with ("Cedarbrook"), lower-cased. */
export function compoundOf(name: string): string {
  return (name.split(' ')[0] ?? name).toLowerCase();
}

/**
 * Names from a random source of their own that never reuse a compound the rest of the story already
 * used, so a company added by the lifecycle story cannot be taken for one the deal story knows.
 */
export function createFreshNameMaker(random: DemoRandom, known: Iterable<string>): NameMaker {
  const used = new Set([...known].map(compoundOf));
  const names = createNameMaker(random);
  const fresh = <T extends { name: string }>(make: () => T): T => {
    for (;;) {
      const identity = make();
      const compound = compoundOf(identity.name);
      if (used.has(compound)) continue;
      used.add(compound);
      return identity;
    }
  };
  return {
    partner: (type, country) => fresh(() => names.partner(type, country)),
    account: (industry, country) => fresh(() => names.account(industry, country)),
  };
}
