import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Figures } from './marketing.schemas.js';
import { campaignTouches } from './marketing.table.js';

const t = campaignTouches;

/** The aggregate columns every figure query shares, over campaign_touches. */
export const FIGURE_COLUMNS = {
  views: sql<number>`count(*) FILTER (WHERE ${t.kind} = 'view')::int`,
  uniqueVisitors: sql<number>`count(DISTINCT ${t.visitorKey})::int`,
  clicks: sql<number>`count(*) FILTER (WHERE ${t.kind} = 'click')::int`,
  formFills: sql<number>`count(*) FILTER (WHERE ${t.kind} = 'form_fill')::int`,
  leads: sql<number>`count(DISTINCT ${t.leadId})::int`,
};

export const NO_FIGURES: Figures = {
  views: 0,
  uniqueVisitors: 0,
  clicks: 0,
  formFills: 0,
  leads: 0,
  conversionRate: 0,
};

type Counts = Omit<Figures, 'conversionRate'>;

/** Conversion: form fills per unique visitor. */
export function toFigures(row: { [K in keyof Counts]: number | string }): Figures {
  const counts = {
    views: Number(row.views),
    uniqueVisitors: Number(row.uniqueVisitors),
    clicks: Number(row.clicks),
    formFills: Number(row.formFills),
    leads: Number(row.leads),
  };
  const rate = counts.uniqueVisitors ? counts.formFills / counts.uniqueVisitors : 0;
  return { ...counts, conversionRate: Math.round(rate * 10_000) / 10_000 };
}

/** Figures of each campaign (all time), for a page of campaigns. */
export async function figuresByCampaign(
  ctx: Ctx,
  campaignIds: string[],
  extra?: SQL,
): Promise<Map<string, Figures>> {
  if (!campaignIds.length) return new Map();
  const rows = await ctx.db
    .select({ campaignId: t.campaignId, ...FIGURE_COLUMNS })
    .from(t)
    .where(
      extra ? sql`${inArray(t.campaignId, campaignIds)} AND ${extra}` : inArray(t.campaignId, campaignIds),
    )
    .groupBy(t.campaignId);
  return new Map(rows.map((row) => [row.campaignId, toFigures(row)]));
}
