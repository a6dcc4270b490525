import { and, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { type ApplicationFilters, applicationConditions } from './application-filters.js';
import { toApplicationViews } from './application-view.js';
import type { Application, ApplicationStatus } from './recruiting.schemas.js';
import { partnerApplications } from './recruiting.table.js';

export interface FindApplicationsInput extends ApplicationFilters {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: ApplicationStatus[] | undefined;
}

export const APPLICATION_SORTS = ['createdAt', 'fitScore', 'companyName', 'statusChangedAt'] as const;

const iso = (value: unknown) => (value as Date).toISOString();

export async function findApplications(ctx: Ctx, input: FindApplicationsInput): Promise<Page<Application>> {
  const t = partnerApplications;
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: t.createdAt, read: (r) => iso(r.createdAt) },
      fitScore: { column: t.fitScore, read: (r) => r.fitScore as number },
      companyName: { column: t.normalizedName, read: (r) => r.normalizedName as string },
      statusChangedAt: { column: t.statusChangedAt, read: (r) => iso(r.statusChangedAt) },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, ...applicationConditions(input)];
  if (input.status?.length) filters.push(inArray(t.status, input.status));
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  return { items: await toApplicationViews(ctx, page.items), nextCursor: page.nextCursor };
}
