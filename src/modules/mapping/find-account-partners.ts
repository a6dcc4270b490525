import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { getAccount } from '../accounts/get-account.js';
import { partners } from '../partners/partners.table.js';
import type { SharingLevel } from './mapping.schemas.js';
import { accountMatches, mappingSharing, partnerAccounts } from './mapping.table.js';
import { atLeast } from './mapping-side.js';

export interface AccountPartner {
  partnerId: string;
  partnerName: string;
  /** The population the account is in on the partner's list. */
  population: string;
  rule: string;
  confidence: number;
}

/**
 * The partners that have a vendor account on their lists, for the account page: only where the partner
 * shares that population as records, customers first (the strongest co-sell lead).
 */
export async function findAccountPartners(ctx: Ctx, accountId: string): Promise<AccountPartner[]> {
  await getAccount(ctx, accountId);
  const rows = await ctx.db
    .select({
      partnerId: partnerAccounts.partnerId,
      partnerName: partners.name,
      population: partnerAccounts.population,
      rule: accountMatches.rule,
      confidence: accountMatches.confidence,
      level: mappingSharing.level,
    })
    .from(accountMatches)
    .innerJoin(partnerAccounts, eq(partnerAccounts.id, accountMatches.partnerAccountId))
    .innerJoin(partners, eq(partners.id, partnerAccounts.partnerId))
    .innerJoin(
      mappingSharing,
      and(
        eq(mappingSharing.partnerId, partnerAccounts.partnerId),
        eq(mappingSharing.side, 'partner'),
        eq(mappingSharing.population, partnerAccounts.population),
      ),
    )
    .where(eq(accountMatches.accountId, accountId))
    .orderBy(
      sql`${partnerAccounts.population} = 'customer' desc`,
      sql`${accountMatches.confidence} desc`,
      partners.name,
    );
  const seen = new Set<string>();
  return rows.flatMap(({ level, ...row }) => {
    if (!atLeast(level as SharingLevel, 'matched') || seen.has(row.partnerId)) return [];
    seen.add(row.partnerId);
    return [row];
  });
}
