import { and, count, isNotNull, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type ApplicationFilters, applicationConditions } from './application-filters.js';
import { APPLICATION_STATUSES, type ApplicationSummary } from './recruiting.schemas.js';
import { partnerApplications } from './recruiting.table.js';

/** How many applications the filters select in each stage (every stage listed, zeros included). */
export async function summarizeApplications(
  ctx: Ctx,
  input: ApplicationFilters,
): Promise<ApplicationSummary> {
  const t = partnerApplications;
  const flagged = or(isNotNull(t.duplicateOfApplicationId), isNotNull(t.duplicateOfPartnerId));
  const rows = await ctx.db
    .select({
      status: t.status,
      count: count(),
      duplicates: sql<number>`count(*) FILTER (WHERE ${flagged})`.mapWith(Number),
    })
    .from(t)
    .where(and(...applicationConditions(input)))
    .groupBy(t.status);
  const byStatus = APPLICATION_STATUSES.map((status) => ({
    status,
    count: rows.find((r) => r.status === status)?.count ?? 0,
  }));
  return {
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    duplicates: rows.reduce((sum, r) => sum + r.duplicates, 0),
    byStatus,
  };
}
