import { type AnyColumn, and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { accounts } from '../accounts/accounts.table.js';
import { openOpportunityAccountIds } from '../deals/open-opportunity-accounts.js';
import { type MappingSide, PARTNER_POPULATIONS, VENDOR_POPULATIONS } from './mapping.schemas.js';
import { mappingPopulations, partnerAccounts } from './mapping.table.js';

export interface PopulationDefinition {
  key: string;
  side: MappingSide;
  name: string;
  custom: boolean;
  base: 'customer' | 'prospect' | 'open_opportunity' | 'any';
  countries: string[];
  industries: string[];
}

const STANDARD_NAMES: Record<string, string> = {
  customer: 'Customers',
  prospect: 'Prospects',
  open_opportunity: 'Open opportunities',
};

function standard(side: MappingSide, key: (typeof VENDOR_POPULATIONS)[number]): PopulationDefinition {
  return { key, side, name: STANDARD_NAMES[key]!, custom: false, base: key, countries: [], industries: [] };
}

/** Both sides' populations in one partner relationship: the standard ones, then each side's custom ones. */
export async function loadPopulations(
  db: Executor,
  partnerId: string,
): Promise<{ vendor: PopulationDefinition[]; partner: PopulationDefinition[] }> {
  const custom = await db
    .select()
    .from(mappingPopulations)
    .where(
      or(
        and(eq(mappingPopulations.side, 'vendor'), isNull(mappingPopulations.partnerId)),
        and(eq(mappingPopulations.side, 'partner'), eq(mappingPopulations.partnerId, partnerId)),
      ),
    )
    .orderBy(mappingPopulations.createdAt, mappingPopulations.id);
  const toDefinition = (row: (typeof custom)[number]): PopulationDefinition => ({
    key: row.id,
    side: row.side as MappingSide,
    name: row.name,
    custom: true,
    base: row.base as PopulationDefinition['base'],
    countries: row.countries,
    industries: row.industries,
  });
  return {
    vendor: [
      ...VENDOR_POPULATIONS.map((key) => standard('vendor', key)),
      ...custom.filter((row) => row.side === 'vendor').map(toDefinition),
    ],
    partner: [
      ...PARTNER_POPULATIONS.map((key) => standard('partner', key)),
      ...custom.filter((row) => row.side === 'partner').map(toDefinition),
    ],
  };
}

function narrowed(
  definition: PopulationDefinition,
  base: SQL | undefined,
  country: AnyColumn,
  industry: AnyColumn,
) {
  return and(
    base,
    definition.countries.length > 0 ? inArray(country, definition.countries) : undefined,
    definition.industries.length > 0 ? inArray(industry, definition.industries) : undefined,
  );
}

/** The condition a vendor account meets to be in the population. */
export function vendorPopulationCondition(definition: PopulationDefinition): SQL {
  const base =
    definition.base === 'any'
      ? undefined
      : definition.base === 'open_opportunity'
        ? sql`${accounts.id} in ${openOpportunityAccountIds()}`
        : eq(accounts.status, definition.base);
  return narrowed(definition, base, accounts.country, accounts.industry) ?? sql`true`;
}

/** The condition a partner account meets to be in the population. */
export function partnerPopulationCondition(definition: PopulationDefinition): SQL {
  const base =
    definition.base === 'any'
      ? undefined
      : definition.base === 'open_opportunity'
        ? sql`false`
        : inArray(partnerAccounts.population, [definition.base]);
  return narrowed(definition, base, partnerAccounts.country, partnerAccounts.industry) ?? sql`true`;
}
