import type { AccountStatus } from '../modules/accounts/accounts.schemas.js';
import type { CompanyIdentity, NameMaker } from './company-names.js';
import { INDUSTRIES } from './company-words.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { teamFor } from './demo-team.js';
import { COUNTRIES, type Region } from './geography.js';

export interface AccountPlan extends CompanyIdentity {
  country: string;
  industry: string;
  employees: number;
  status: AccountStatus;
  /** Key of the sales rep who owns it (see DEMO_TEAM); null for an unassigned account. */
  ownerKey: string | null;
  externalIds: { salesforce?: string; hubspot?: string };
  day: number;
  minute: number;
}

const REGION_SHARE: Record<Region, number> = { NA: 45, EMEA: 30, APAC: 15, LATAM: 10 };
const STATUS_SHARE: Record<AccountStatus, number> = { prospect: 55, customer: 35, former_customer: 10 };
const ID_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Most accounts arrived in the first CRM import on this day; the rest were added one by one since. */
const IMPORT_DAY = 3;

function salesforceAccountId(random: DemoRandom): string {
  let id = '001';
  while (id.length < 15) id += ID_CHARS[random.int(0, ID_CHARS.length - 1)];
  return id;
}

function hubspotCompanyId(random: DemoRandom): string {
  return String(random.int(1_000_000_000, 9_999_999_999));
}

/** The vendor's own CRM book: customers, prospects and former customers across industries and regions. */
export function planAccounts(count: number, random: DemoRandom, names: NameMaker): AccountPlan[] {
  const industries = Object.keys(INDUSTRIES);
  const regions = Object.keys(REGION_SHARE) as Region[];
  const statuses = Object.keys(STATUS_SHARE) as AccountStatus[];
  return Array.from({ length: count }, () => {
    const region = random.pickWeighted(regions, (r) => REGION_SHARE[r]);
    const country = random.pickWeighted(
      COUNTRIES.filter((c) => c.region === region),
      (c) => c.weight,
    );
    const industry = random.pick(industries);
    const identity = names.account(industry, country);
    const rep = random.chance(0.92) ? random.pick(teamFor('sales_rep', region)) : undefined;
    const externalIds: AccountPlan['externalIds'] = {};
    if (random.chance(0.45)) externalIds.salesforce = salesforceAccountId(random);
    if (random.chance(0.25)) externalIds.hubspot = hubspotCompanyId(random);
    return {
      ...identity,
      country: country.code,
      industry,
      employees: random.logInt(20, 150_000),
      status: random.pickWeighted(statuses, (s) => STATUS_SHARE[s]),
      ownerKey: rep?.key ?? null,
      externalIds,
      day: random.chance(0.6) ? IMPORT_DAY : random.int(IMPORT_DAY + 1, DEMO_LAST_DAY),
      minute: random.int(0, 600),
    };
  });
}
