import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { accounts } from '../accounts/accounts.table.js';
import { openOpportunityAccountIds } from '../deals/open-opportunity-accounts.js';
import { partners } from '../partners/partners.table.js';
import type { SharingLevel } from './mapping.schemas.js';
import { accountMatches, mappingSharing, mappingStates, partnerAccounts } from './mapping.table.js';
import { atLeast } from './mapping-side.js';
import { unmatchedPartnerAccount } from './unmatched-partner-account.js';

export interface PartnerMappingSummary {
  partnerId: string;
  partnerName: string;
  refreshedAt: string;
  /** What the partner shares of its customers; the numbers below are null unless at least counts. */
  customerSharing: SharingLevel;
  partnerCustomers: number | null;
  whiteSpace: number | null;
  coSellNow: number | null;
  introductions: number | null;
  upsellTogether: number | null;
}

/**
 * Per partner with an uploaded list: white space (its customers not in the CRM) and the co-sell lists'
 * sizes, for the vendor's program view. Numbers the partner does not share come back as null.
 */
export async function summarizeMappings(ctx: Ctx): Promise<PartnerMappingSummary[]> {
  const unmatched = unmatchedPartnerAccount();
  const lists = await ctx.db
    .select({
      partnerId: partnerAccounts.partnerId,
      customers: sql<number>`count(*) filter (where ${partnerAccounts.population} = 'customer')::int`,
      whiteSpace: sql<number>`count(*) filter (where ${partnerAccounts.population} = 'customer' and ${unmatched})::int`,
    })
    .from(partnerAccounts)
    .groupBy(partnerAccounts.partnerId);
  const overlaps = await ctx.db
    .select({
      partnerId: accountMatches.partnerId,
      coSellNow: sql<number>`count(distinct ${accounts.id}) filter (where ${accounts.id} in ${openOpportunityAccountIds()})::int`,
      introductions: sql<number>`count(distinct ${accounts.id}) filter (where ${accounts.status} = 'prospect')::int`,
      upsellTogether: sql<number>`count(distinct ${accounts.id}) filter (where ${accounts.status} = 'customer')::int`,
    })
    .from(accountMatches)
    .innerJoin(accounts, eq(accounts.id, accountMatches.accountId))
    .innerJoin(partnerAccounts, eq(partnerAccounts.id, accountMatches.partnerAccountId))
    .where(eq(partnerAccounts.population, 'customer'))
    .groupBy(accountMatches.partnerId);
  const states = await ctx.db
    .select({
      partnerId: mappingStates.partnerId,
      refreshedAt: mappingStates.refreshedAt,
      name: partners.name,
    })
    .from(mappingStates)
    .innerJoin(partners, eq(partners.id, mappingStates.partnerId))
    .orderBy(partners.name);
  const sharing = await ctx.db
    .select({ partnerId: mappingSharing.partnerId, level: mappingSharing.level })
    .from(mappingSharing)
    .where(
      and(
        eq(mappingSharing.side, 'partner'),
        eq(mappingSharing.population, 'customer'),
        inArray(
          mappingSharing.partnerId,
          states.map((s) => s.partnerId),
        ),
      ),
    );
  const listBy = new Map(lists.map((row) => [row.partnerId, row]));
  const overlapBy = new Map(overlaps.map((row) => [row.partnerId, row]));
  const levelBy = new Map(sharing.map((row) => [row.partnerId, row.level as SharingLevel]));
  return states.map((state) => {
    const level = levelBy.get(state.partnerId) ?? 'hidden';
    const shown = (value: number | undefined) => (atLeast(level, 'counts') ? (value ?? 0) : null);
    const list = listBy.get(state.partnerId);
    const overlap = overlapBy.get(state.partnerId);
    return {
      partnerId: state.partnerId,
      partnerName: state.name,
      refreshedAt: state.refreshedAt.toISOString(),
      customerSharing: level,
      partnerCustomers: shown(list?.customers),
      whiteSpace: shown(list?.whiteSpace),
      coSellNow: shown(overlap?.coSellNow),
      introductions: shown(overlap?.introductions),
      upsellTogether: shown(overlap?.upsellTogether),
    };
  });
}
