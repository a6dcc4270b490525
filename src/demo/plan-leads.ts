import { INDUSTRIES, SPECIALIZATIONS } from './company-words.js';
import { PRODUCT_LINES } from './deal-words.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { createFreshNameMaker } from './fresh-names.js';
import { COUNTRIES, type Country } from './geography.js';
import { emailLocalPart, FIRST_NAMES, LAST_NAMES } from './people-words.js';
import type { ProgramStory } from './program-story.js';

/** One lead as the story brings it in (an import row or a lead a rep types in). */
export interface LeadPlan {
  key: string;
  externalId: string | null;
  companyName: string;
  website: string | null;
  contactName: string;
  contactEmail: string;
  contactTitle: string;
  country: string;
  interests: string[];
  productLines: string[];
  amountMajor: number;
  currency: string;
  score: number;
}

export interface LeadWeek {
  day: number;
  /** Rows of this week's import file (every other week), with the updated rows of an earlier file. */
  imported: LeadPlan[];
  /** Leads the reps enter by hand; a duplicate reuses an earlier open lead's email. */
  manual: (LeadPlan & { repKey: string; offerByHand: boolean })[];
}

export interface LeadsStory {
  rulesDay: number;
  weeks: LeadWeek[];
  /** The partners with portal users (they answer their offers), with the day their users exist from. */
  responders: { partnerIndex: number; fromDay: number }[];
  /** The last routing run, after the last SLA sweep: its offers are still waiting at the end. */
  finalDay: number;
  /** Leads a rep types in just before that run. */
  final: (LeadPlan & { repKey: string })[];
}

const FIRST_WEEK_DAY = DEMO_LAST_DAY - 147;
const LEAD_TITLES = [
  'CIO',
  'CISO',
  'Head of IT',
  'VP Engineering',
  'Data Platform Lead',
  'IT Director',
  'CTO',
];
const REPS_BY_REGION: Record<string, string> = {
  NA: 'rep-na-1',
  LATAM: 'rep-latam',
  EMEA: 'rep-emea-1',
  APAC: 'rep-apac',
};

function currencyOf(country: Country): string {
  if (country.region === 'EMEA') return country.code === 'GB' ? 'GBP' : 'EUR';
  return 'USD';
}

/**
 * About five leads a week over the story's last five months: an import file every other week (with
 * external ids, one file sent again with changes), leads typed in by reps, a few duplicates and a few
 * scored too low to route. Leads lean towards the regions and specializations of partners with portal
 * users, so their offers reach people who answer.
 */
export function planLeads(story: ProgramStory, random: DemoRandom): LeadsStory {
  const known = [...story.partners.map((p) => p.name), ...story.accounts.map((a) => a.name)];
  const names = createFreshNameMaker(random, known);
  const responders = [...new Set(story.partnerUsers.map((u) => u.partnerIndex))].map((partnerIndex) => ({
    partnerIndex,
    fromDay: Math.max(...story.partnerUsers.filter((u) => u.partnerIndex === partnerIndex).map((u) => u.day)),
  }));
  const focus = responders.map((r) => story.partners[r.partnerIndex]!);
  let counter = 0;

  const lead = (imported: boolean): LeadPlan => {
    counter += 1;
    const target = random.chance(0.6) && focus.length ? random.pick(focus) : null;
    const region = target ? random.pick(target.regions) : null;
    const pool = region ? COUNTRIES.filter((c) => c.region === region) : COUNTRIES;
    const country = random.pickWeighted(pool.length ? pool : COUNTRIES, (c) => c.weight);
    const industry = random.pick(Object.keys(INDUSTRIES));
    // Some buyers are companies the vendor's CRM already knows: the lead is matched to that account.
    const customers = story.accounts.filter((a) => a.domain && a.country === country.code);
    const identity =
      random.chance(0.15) && customers.length ? random.pick(customers) : names.account(industry, country);
    const first = random.pick(FIRST_NAMES[country.region]);
    const last = random.pick(LAST_NAMES[country.region]);
    const domain = identity.domain ?? `${identity.name.split(' ')[0]!.toLowerCase()}.${country.tld}`;
    const interests = target?.specializations.length
      ? random.sample(target.specializations, Math.min(2, target.specializations.length))
      : random.sample(SPECIALIZATIONS, random.int(1, 2));
    return {
      key: `lead-${counter}`,
      externalId: imported ? `MKT-${String(2400 + counter).padStart(5, '0')}` : null,
      companyName: identity.name,
      website: identity.domain && random.chance(0.8) ? identity.domain : null,
      contactName: `${first} ${last}`,
      contactEmail: `${emailLocalPart(first, last)}@${domain}`,
      contactTitle: random.pick(LEAD_TITLES),
      country: country.code,
      interests,
      productLines: random.sample(PRODUCT_LINES, random.int(1, 2)),
      amountMajor: random.int(8, 240) * 1_000,
      currency: currencyOf(country),
      // Now and then a lead too cold to route: it stays with the vendor as unassignable.
      score: random.chance(0.06) ? random.int(5, 15) : random.int(35, 95),
    };
  };

  const weeks: LeadWeek[] = [];
  for (let day = FIRST_WEEK_DAY, week = 0; day <= DEMO_LAST_DAY - 10; day += 7, week++) {
    const imported = week % 2 === 0 ? Array.from({ length: random.int(4, 6) }, () => lead(true)) : [];
    // The third file repeats the first one's rows with fresher scores: the import updates them.
    if (week === 4 && weeks[0])
      imported.push(...weeks[0].imported.map((l) => ({ ...l, score: Math.min(100, l.score + 5) })));
    const manual = Array.from({ length: random.int(1, 2) }, () => {
      const l = lead(false);
      const region = COUNTRIES.find((c) => c.code === l.country)!.region;
      return { ...l, repKey: REPS_BY_REGION[region]!, offerByHand: random.chance(0.4) };
    });
    // Every few weeks a rep types in a buyer this week's import already brought: kept as a duplicate.
    if (week % 4 === 2 && imported.length) {
      const earlier = random.pick(imported);
      const region = COUNTRIES.find((c) => c.code === earlier.country)!.region;
      manual.push({
        ...earlier,
        key: `${earlier.key}-again`,
        externalId: null,
        companyName: `${earlier.companyName.split(' ')[0]} Group`,
        repKey: REPS_BY_REGION[region]!,
        offerByHand: false,
      });
    }
    weeks.push({ day, imported, manual });
  }
  const finalDay = DEMO_LAST_DAY - 2;
  const final = Array.from({ length: 3 }, () => {
    const l = lead(false);
    return {
      ...l,
      score: Math.max(40, l.score),
      repKey: REPS_BY_REGION[COUNTRIES.find((c) => c.code === l.country)!.region]!,
    };
  });
  return { rulesDay: FIRST_WEEK_DAY - 3, weeks, responders, finalDay, final };
}
