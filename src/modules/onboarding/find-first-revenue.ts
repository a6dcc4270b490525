import { and, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { partners } from '../partners/partners.table.js';
import type { FirstRevenue, FirstRevenueCohort } from './onboarding.schemas.js';
import { partnerMilestones } from './onboarding.table.js';

export interface FindFirstRevenueInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  cohort?: string | undefined;
  partnerId?: string | undefined;
  /** true: only partners with a first win; false: only those still waiting for one. */
  hasRevenue?: boolean | undefined;
}

export const FIRST_REVENUE_SORTS = ['activatedAt'] as const;

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** Time to first revenue per activated partner. */
export async function findFirstRevenue(ctx: Ctx, input: FindFirstRevenueInput): Promise<Page<FirstRevenue>> {
  const m = partnerMilestones;
  const plan = keyset(
    input.sort,
    { activatedAt: { column: m.activatedAt, read: (r) => (r.activatedAt as Date).toISOString() } },
    { column: m.partnerId, read: (r) => r.partnerId as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, isNotNull(m.activatedAt)];
  if (input.cohort) filters.push(eq(m.cohort, input.cohort));
  if (input.partnerId) filters.push(eq(m.partnerId, input.partnerId));
  if (input.hasRevenue === true) filters.push(isNotNull(m.firstRevenueAt));
  if (input.hasRevenue === false) filters.push(isNull(m.firstRevenueAt));
  const rows = await ctx.db
    .select({ milestone: m, partnerName: partners.name })
    .from(m)
    .innerJoin(partners, eq(partners.id, m.partnerId))
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(
    rows.map((r) => ({ ...r.milestone, partnerName: r.partnerName })),
    input.limit,
    plan,
    (row) => ({
      partnerId: row.partnerId,
      partnerName: row.partnerName,
      activatedAt: iso(row.activatedAt),
      cohort: row.cohort,
      firstRevenueAt: iso(row.firstRevenueAt),
      firstRevenueDealId: row.firstRevenueDealId,
      daysToFirstRevenue: row.daysToFirstRevenue,
    }),
  );
}

/** Per activation quarter: partners activated, how many have won a first deal, and their median days. */
export async function summarizeFirstRevenueCohorts(ctx: Ctx): Promise<FirstRevenueCohort[]> {
  const rows = await queryRows<{
    cohort: string;
    activated: number;
    with_revenue: number;
    median: number | null;
  }>(
    ctx.db,
    sql`SELECT cohort,
               count(*)::int AS activated,
               count(days_to_first_revenue)::int AS with_revenue,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_first_revenue) AS median
        FROM ${partnerMilestones}
        WHERE cohort IS NOT NULL
        GROUP BY cohort
        ORDER BY cohort`,
  );
  return rows.map((r) => ({
    cohort: r.cohort,
    activated: Number(r.activated),
    withRevenue: Number(r.with_revenue),
    medianDays: r.median === null ? null : Number(r.median),
  }));
}
