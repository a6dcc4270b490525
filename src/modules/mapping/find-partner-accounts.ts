import { and, eq, ilike, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import type { PartnerAccount } from './mapping.schemas.js';
import { accountMatches, partnerAccounts } from './mapping.table.js';
import { assertMappingPartner } from './mapping-side.js';

export const PARTNER_ACCOUNT_SORTS = ['name', 'updatedAt'] as const;

export interface FindPartnerAccountsInput {
  partnerId: string;
  limit: number;
  cursor?: string | undefined;
  sort: string;
  q?: string | undefined;
  population?: string | undefined;
  matched?: boolean | undefined;
}

/**
 * A partner's own uploaded list, for the partner itself: the vendor sees partner records only through the
 * overlap lists, as far as the partner shares them.
 */
export async function findPartnerAccounts(
  ctx: Ctx,
  input: FindPartnerAccountsInput,
): Promise<Page<PartnerAccount>> {
  await assertMappingPartner(ctx, input.partnerId);
  const matches = sql<number>`(select count(*)::int from ${accountMatches} where ${accountMatches.partnerAccountId} = ${partnerAccounts.id})`;
  const plan = keyset(
    input.sort,
    {
      name: { column: partnerAccounts.name, read: (r) => r.name as string },
      updatedAt: { column: partnerAccounts.updatedAt, read: (r) => (r.updatedAt as Date).toISOString() },
    },
    { column: partnerAccounts.id, read: (r) => r.id as string },
    input.cursor,
  );
  const rows = await ctx.db
    .select({
      id: partnerAccounts.id,
      externalId: partnerAccounts.externalId,
      name: partnerAccounts.name,
      website: partnerAccounts.website,
      domain: partnerAccounts.domain,
      population: partnerAccounts.population,
      country: partnerAccounts.country,
      industry: partnerAccounts.industry,
      updatedAt: partnerAccounts.updatedAt,
      matches,
    })
    .from(partnerAccounts)
    .where(
      and(
        eq(partnerAccounts.partnerId, input.partnerId),
        plan.where,
        input.q
          ? or(
              ilike(partnerAccounts.name, containsPattern(input.q)),
              ilike(partnerAccounts.domain, containsPattern(input.q)),
            )
          : undefined,
        input.population ? eq(partnerAccounts.population, input.population) : undefined,
        input.matched === undefined ? undefined : input.matched ? sql`${matches} > 0` : sql`${matches} = 0`,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, (row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}
