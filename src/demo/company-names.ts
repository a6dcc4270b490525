import type { PartnerType } from '../modules/partners/partners.schemas.js';
import { INDUSTRIES, NAME_HEADS, NAME_TAILS, PARTNER_NAME_KINDS } from './company-words.js';
import type { DemoRandom } from './demo-random.js';
import type { Country } from './geography.js';

export interface CompanyIdentity {
  name: string;
  domain: string | null;
}

export interface NameMaker {
  partner(type: PartnerType, country: Country): CompanyIdentity & { domain: string };
  account(industry: string, country: Country): CompanyIdentity;
}

/** Invented company names; each uses a compound ("Cedarbrook") no other company has, so names and domains never clash. */
export function createNameMaker(random: DemoRandom): NameMaker {
  const compounds = random.shuffle(
    NAME_HEADS.flatMap((head) =>
      NAME_TAILS.filter((tail) => tail !== head.toLowerCase()).map((tail) => `${head}${tail}`),
    ),
  );
  const nextCompound = () => {
    const compound = compounds.pop();
    if (!compound) throw new Error('The demo ran out of company names; add words to company-words.ts');
    return compound;
  };
  const tldFor = (country: Country, localShare: number) => (random.chance(localShare) ? country.tld : 'com');
  const withLegalSuffix = (name: string, country: Country, share: number) =>
    random.chance(share) ? `${name} ${random.pick(country.legalSuffixes)}` : name;
  const slugOf = (compound: string, word: string) =>
    random.chance(0.5) ? compound.toLowerCase() : `${compound}-${word.split(' ')[0]}`.toLowerCase();

  return {
    partner(type, country) {
      const compound = nextCompound();
      const kind = random.pick(PARTNER_NAME_KINDS[type]);
      const domain = `${slugOf(compound, kind)}.${tldFor(country, 0.45)}`;
      return { name: withLegalSuffix(`${compound} ${kind}`, country, 0.5), domain };
    },
    account(industry, country) {
      const compound = nextCompound();
      const noun = random.pick(INDUSTRIES[industry] ?? ['Group']);
      const domain = random.chance(0.05) ? null : `${slugOf(compound, noun)}.${tldFor(country, 0.5)}`;
      return { name: withLegalSuffix(`${compound} ${noun}`, country, 0.35), domain };
    },
  };
}
