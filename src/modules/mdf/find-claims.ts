import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import type { Claim, ClaimStatus } from './mdf.schemas.js';
import { mdfAllocations, mdfClaims, mdfRequests } from './mdf.table.js';
import { scopedTo, toClaimViews } from './mdf-views.js';

export const CLAIM_SORTS = ['submittedAt', 'amountMinor', 'updatedAt'] as const;

export interface FindClaimsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: ClaimStatus[] | undefined;
  partnerId?: string | undefined;
  budgetId?: string | undefined;
  requestId?: string | undefined;
}

const iso = (value: unknown) => (value as Date).toISOString();

export async function findClaims(ctx: Ctx, input: FindClaimsInput): Promise<Page<Claim>> {
  const t = mdfClaims;
  const plan = keyset(
    input.sort,
    {
      submittedAt: { column: t.submittedAt, read: (r) => iso(r.submittedAt) },
      amountMinor: { column: t.amountMinor, read: (r) => r.amountMinor as number },
      updatedAt: { column: t.updatedAt, read: (r) => iso(r.updatedAt) },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, scopedTo(ctx, t.partnerId)];
  if (input.status?.length) filters.push(inArray(t.status, input.status));
  if (input.partnerId) filters.push(eq(t.partnerId, input.partnerId));
  if (input.requestId) filters.push(eq(t.requestId, input.requestId));
  if (input.budgetId) {
    filters.push(
      inArray(
        t.requestId,
        ctx.db
          .select({ id: mdfRequests.id })
          .from(mdfRequests)
          .innerJoin(mdfAllocations, eq(mdfAllocations.id, mdfRequests.allocationId))
          .where(eq(mdfAllocations.budgetId, input.budgetId)),
      ),
    );
  }
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  return { items: await toClaimViews(ctx, page.items), nextCursor: page.nextCursor };
}
