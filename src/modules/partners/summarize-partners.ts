import { and, count, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { isVendorActor } from '../../platform/policy.js';
import { visiblePartners } from './partner-scope.js';
import type { PartnerSummary } from './partners.schemas.js';
import { partners } from './partners.table.js';

const FIT_BUCKET = 20;

/** Counts for the program home: by stage, type, region and tier, and the spread of IPP fit. */
export async function summarizePartners(ctx: Ctx): Promise<PartnerSummary> {
  const scope = and(visiblePartners(ctx));
  const grouped = async (column: typeof partners.stage | typeof partners.type | typeof partners.tier) => {
    const rows = await ctx.db.select({ key: column, n: count() }).from(partners).where(scope).groupBy(column);
    return rows.map((r) => ({ key: r.key ?? 'none', count: Number(r.n) })).sort((a, b) => b.count - a.count);
  };
  const regionRows = await ctx.db
    .select({ key: sql<string>`unnest(${partners.regions})`, n: count() })
    .from(partners)
    .where(scope)
    .groupBy(sql`1`);
  const fitRows = isVendorActor(ctx.actor)
    ? await ctx.db
        .select({ bucket: sql<number>`least(${partners.fitScore} / ${FIT_BUCKET}, 4)`, n: count() })
        .from(partners)
        .where(scope)
        .groupBy(sql`1`)
    : [];
  const [totals] = await ctx.db
    .select({ total: count(), avgFit: sql<number | null>`round(avg(${partners.fitScore}))` })
    .from(partners)
    .where(scope);
  const fitBuckets = [0, 1, 2, 3, 4].map((bucket) => ({
    from: bucket * FIT_BUCKET,
    to: bucket === 4 ? 100 : bucket * FIT_BUCKET + FIT_BUCKET - 1,
    count: Number(fitRows.find((r) => Number(r.bucket) === bucket)?.n ?? 0),
  }));
  return {
    total: Number(totals?.total ?? 0),
    averageFit: isVendorActor(ctx.actor) && totals?.avgFit != null ? Number(totals.avgFit) : null,
    byStage: await grouped(partners.stage),
    byType: await grouped(partners.type),
    byTier: await grouped(partners.tier),
    byRegion: regionRows.map((r) => ({ key: r.key, count: Number(r.n) })).sort((a, b) => b.count - a.count),
    fitBuckets: isVendorActor(ctx.actor) ? fitBuckets : [],
  };
}
