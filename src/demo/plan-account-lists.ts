import type { SharingLevel } from '../modules/mapping/mapping.schemas.js';
import type { NameMaker } from './company-names.js';
import { INDUSTRIES } from './company-words.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { COUNTRIES } from './geography.js';
import type { AccountPlan } from './plan-accounts.js';
import type { PartnerUserPlan } from './plan-partner-users.js';
import type { PartnerPlan } from './plan-partners.js';

export interface AccountListPlan {
  partnerIndex: number;
  /** Uploaded by the partner's own admin, or by its partner manager on its behalf. */
  uploader: { partnerAdmin: true } | { memberKey: string };
  fileName: string;
  csv: string;
  /** The partner's levels (set only where it has portal users) and the vendor's for this partner. */
  partnerSharing: Record<string, SharingLevel> | null;
  vendorSharing: Record<string, SharingLevel>;
  day: number;
  minute: number;
}

/** Two export shapes partners send: a Salesforce report and a HubSpot export. */
const HEADERS = [
  ['Account ID', 'Account Name', 'Website', 'Type', 'Billing Country', 'Industry'],
  ['Record ID', 'Company name', 'Company Domain Name', 'Lifecycle Stage', 'Country/Region', 'Industry'],
];
const POPULATION_WORDS = [
  { customer: 'Customer - Direct', prospect: 'Prospect' },
  { customer: 'customer', prospect: 'lead' },
];
const PARTNER_SHARING: Record<string, SharingLevel>[] = [
  { customer: 'full', prospect: 'matched' },
  { customer: 'matched', prospect: 'counts' },
  { customer: 'full', prospect: 'full' },
  { customer: 'counts', prospect: 'hidden' },
];
const VENDOR_SHARING: Record<string, SharingLevel> = {
  customer: 'counts',
  prospect: 'matched',
  open_opportunity: 'matched',
};
const SUFFIXES = ['Inc.', 'LLC', 'Ltd', 'GmbH', 'Corp.', 'S.A.', 'B.V.', 'Pty Ltd'];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** How another company's CRM writes the same company: its own casing, legal form and website format. */
function writtenByPartner(name: string, domain: string | null, random: DemoRandom): [string, string] {
  const style = random.next();
  let written = name;
  if (style < 0.3) written = written.toUpperCase();
  else if (style < 0.5) {
    written = `${written.replace(/,? (Inc\.?|LLC|Ltd\.?|GmbH|AG|S\.A\.|plc)$/i, '')} ${random.pick(SUFFIXES)}`;
  }
  if (!domain || random.chance(0.15)) return [written, ''];
  const website = random.pick([domain, `www.${domain}`, `https://www.${domain}/`, `http://${domain}/en/`]);
  return [written, website];
}

/**
 * Account lists for the partners with portal users (uploaded by their admins, each with its own sharing
 * choice) and for two more active partners (uploaded by their partner managers, not yet shared back): about
 * a third are the vendor's accounts written the partner's way, the rest companies the CRM does not know.
 */
export function planAccountLists(
  partners: readonly PartnerPlan[],
  partnerUsers: readonly PartnerUserPlan[],
  accounts: readonly AccountPlan[],
  random: DemoRandom,
  names: NameMaker,
): AccountListPlan[] {
  const withUsers = [...new Set(partnerUsers.map((user) => user.partnerIndex))];
  const onBehalf = partners
    .map((partner, index) => ({ partner, index }))
    .filter(
      ({ partner, index }) =>
        partner.finalStage === 'active' && partner.ownerKey && !withUsers.includes(index),
    )
    .slice(0, 2);
  const uploads = [
    ...withUsers.map((index, i) => ({
      index,
      uploader: { partnerAdmin: true as const },
      sharing: PARTNER_SHARING[i % 4]!,
    })),
    ...onBehalf.map(({ index, partner }) => ({
      index,
      uploader: { memberKey: partner.ownerKey! },
      sharing: null,
    })),
  ];
  return uploads.map(({ index, uploader, sharing }, i) => {
    const shape = i % HEADERS.length;
    const words = POPULATION_WORDS[shape]!;
    const known = random.sample(accounts, random.int(40, 90));
    const rows = known.map((account) => {
      const [name, website] = writtenByPartner(account.name, account.domain, random);
      const customer = account.status === 'customer' ? random.chance(0.5) : random.chance(0.55);
      return { name, website, customer, country: account.country, industry: account.industry };
    });
    for (let n = random.int(80, 160); n > 0; n--) {
      const industry = random.pick(Object.keys(INDUSTRIES));
      const country = random.pick(COUNTRIES);
      const company = names.account(industry, country);
      rows.push({
        name: company.name,
        website: company.domain ?? '',
        customer: random.chance(0.6),
        country: country.code,
        industry,
      });
    }
    const lines = [HEADERS[shape]!.join(',')];
    random.shuffle(rows).forEach((row, n) => {
      const population = row.customer ? words.customer : words.prospect;
      lines.push(
        [`P${i + 1}-${1000 + n}`, row.name, row.website, population, row.country, row.industry]
          .map(csvField)
          .join(','),
      );
    });
    return {
      partnerIndex: index,
      uploader,
      fileName: `${partners[index]!.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-accounts.csv`,
      csv: `${lines.join('\r\n')}\r\n`,
      partnerSharing: sharing,
      vendorSharing: VENDOR_SHARING,
      day: DEMO_LAST_DAY - 12 + i,
      minute: 9 * 60 + 30,
    };
  });
}
