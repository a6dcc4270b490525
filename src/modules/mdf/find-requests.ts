import { and, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import type { MdfRequest, RequestStatus } from './mdf.schemas.js';
import { mdfAllocations, mdfRequests } from './mdf.table.js';
import { scopedTo, toRequestViews } from './mdf-views.js';

export const REQUEST_SORTS = ['createdAt', 'startsOn', 'requestedMinor', 'title'] as const;

export interface FindRequestsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: RequestStatus[] | undefined;
  partnerId?: string | undefined;
  budgetId?: string | undefined;
  activityType?: string | undefined;
  q?: string | undefined;
}

const iso = (value: unknown) => (value as Date).toISOString();

export async function findRequests(ctx: Ctx, input: FindRequestsInput): Promise<Page<MdfRequest>> {
  const t = mdfRequests;
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: t.createdAt, read: (r) => iso(r.createdAt) },
      startsOn: { column: t.startsOn, read: (r) => r.startsOn as string },
      requestedMinor: { column: t.requestedMinor, read: (r) => r.requestedMinor as number },
      title: { column: t.title, read: (r) => r.title as string },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, scopedTo(ctx, t.partnerId)];
  if (input.status?.length) filters.push(inArray(t.status, input.status));
  if (input.partnerId) filters.push(eq(t.partnerId, input.partnerId));
  if (input.activityType) filters.push(eq(t.activityType, input.activityType));
  if (input.q) filters.push(ilike(t.title, `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (input.budgetId) {
    filters.push(
      inArray(
        t.allocationId,
        ctx.db
          .select({ id: mdfAllocations.id })
          .from(mdfAllocations)
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
  return { items: await toRequestViews(ctx, page.items), nextCursor: page.nextCursor };
}
