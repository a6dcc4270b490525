import { and, eq, exists, ilike, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { updatedAtSort, updatedSinceFilter } from '../../platform/http/updated-since.js';
import { accounts } from '../accounts/accounts.table.js';
import { visibleDeals } from './deal-access.js';
import { type DealRow, toDealViews } from './deal-view.js';
import { type Deal, OPEN_DEAL_STAGES } from './deals.schemas.js';
import { dealPartners, opportunities } from './deals.table.js';

export interface FindDealsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  stage?: string | undefined;
  open?: 'true' | 'false' | undefined;
  accountId?: string | undefined;
  partnerId?: string | undefined;
  ownerId?: string | undefined;
  source?: string | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
}

type ListedRow = { deal: DealRow; accountName: string | null };
const dealOf = (row: Record<string, unknown>) => (row as ListedRow).deal;

/** Deals the actor may see, filtered and sorted; a partner user's list holds only deals its partner is on. */
export async function findDeals(ctx: Ctx, input: FindDealsInput): Promise<Page<Deal>> {
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: opportunities.createdAt, read: (r) => dealOf(r).createdAt.toISOString() },
      updatedAt: updatedAtSort(opportunities.updatedAt, (r) => dealOf(r).updatedAt),
      closeDate: { column: opportunities.closeDate, read: (r) => dealOf(r).closeDate },
      amountMinor: { column: opportunities.amountMinor, read: (r) => dealOf(r).amountMinor },
    },
    { column: opportunities.id, read: (r) => dealOf(r).id },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [
    plan.where,
    visibleDeals(ctx),
    updatedSinceFilter(opportunities.updatedAt, input.updatedSince),
  ];
  if (input.stage) filters.push(eq(opportunities.stage, input.stage));
  if (input.open === 'true') filters.push(inArray(opportunities.stage, [...OPEN_DEAL_STAGES]));
  if (input.open === 'false') filters.push(notInArray(opportunities.stage, [...OPEN_DEAL_STAGES]));
  if (input.accountId) filters.push(eq(opportunities.accountId, input.accountId));
  if (input.ownerId) filters.push(eq(opportunities.ownerId, input.ownerId));
  if (input.source) filters.push(eq(opportunities.source, input.source));
  if (input.q) filters.push(ilike(opportunities.name, containsPattern(input.q)));
  if (input.partnerId) {
    filters.push(
      exists(
        ctx.db
          .select({ one: sql`1` })
          .from(dealPartners)
          .where(
            and(
              eq(dealPartners.opportunityId, opportunities.id),
              eq(dealPartners.partnerId, input.partnerId),
            ),
          ),
      ),
    );
  }
  const rows = await ctx.db
    .select({ deal: opportunities, accountName: accounts.name })
    .from(opportunities)
    .leftJoin(accounts, eq(accounts.id, opportunities.accountId))
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  return { items: await toDealViews(ctx, page.items), nextCursor: page.nextCursor };
}
