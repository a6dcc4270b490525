import { and, arrayContains, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { companyDomain } from '../../analytics/matching/normalize-domain.js';
import { searchKeys } from '../../analytics/matching/search-keys.js';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { updatedAtSort, updatedSinceFilter } from '../../platform/http/updated-since.js';
import { toAccountView } from './account-view.js';
import type { Account } from './accounts.schemas.js';
import { accounts } from './accounts.table.js';

export interface FindAccountsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  q?: string | undefined;
  domain?: string | undefined;
  status?: string | undefined;
  country?: string | undefined;
  industry?: string | undefined;
  ownerId?: string | undefined;
  updatedSince?: string | undefined;
}

export const ACCOUNT_SORTS = ['name', 'createdAt', 'updatedAt'] as const;

/** q matches the normalized name (trigram-indexed) or, when it looks like one, a domain. */
function searchCondition(q: string): SQL | undefined {
  const { name, domain } = searchKeys(q);
  const byName = name ? ilike(accounts.normalizedName, containsPattern(name)) : undefined;
  const byDomain = domain ? arrayContains(accounts.domains, [domain]) : undefined;
  // A query with nothing to match on ("%", "...") finds nothing rather than everything.
  return byName && byDomain ? or(byName, byDomain) : (byName ?? byDomain ?? sql`false`);
}

export async function findAccounts(ctx: Ctx, input: FindAccountsInput): Promise<Page<Account>> {
  const plan = keyset(
    input.sort,
    {
      name: { column: accounts.normalizedName, read: (r) => r.normalizedName as string },
      createdAt: { column: accounts.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      updatedAt: updatedAtSort(accounts.updatedAt, (r) => r.updatedAt),
    },
    { column: accounts.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [
    plan.where,
    updatedSinceFilter(accounts.updatedAt, input.updatedSince),
  ];
  if (input.q) filters.push(searchCondition(input.q));
  if (input.domain) {
    // The few accounts holding the domain first: in one query with ORDER BY … LIMIT the planner would
    // walk the sort index and test every row, as it cannot tell how rare one array element is.
    const domain = companyDomain(input.domain) ?? input.domain.toLowerCase();
    const holders = await ctx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(arrayContains(accounts.domains, [domain]));
    if (holders.length === 0) return { items: [], nextCursor: null };
    filters.push(
      inArray(
        accounts.id,
        holders.map((h) => h.id),
      ),
    );
  }
  if (input.status) filters.push(eq(accounts.status, input.status));
  if (input.country) filters.push(eq(accounts.country, input.country));
  if (input.industry) filters.push(eq(accounts.industry, input.industry));
  if (input.ownerId) filters.push(eq(accounts.ownerId, input.ownerId));
  const rows = await ctx.db
    .select()
    .from(accounts)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toAccountView);
}
