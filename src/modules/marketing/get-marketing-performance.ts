import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';
import { FIGURE_COLUMNS, toFigures } from './figures.js';
import type { PERFORMANCE_GROUPS, Performance } from './marketing.schemas.js';
import { campaignTemplates, campaignTouches, partnerCampaigns } from './marketing.table.js';
import type { TemplateKind } from './render-campaign.js';

export interface PerformanceInput {
  groupBy: (typeof PERFORMANCE_GROUPS)[number];
  from?: string | undefined;
  to?: string | undefined;
  partnerId?: string | undefined;
  templateId?: string | undefined;
  campaignId?: string | undefined;
  kind?: TemplateKind | undefined;
}

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;
const MAX_GROUPS = 200;

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Views, unique visitors, clicks, form fills, leads and conversion over a period (the last 90 days by
 * default): in total, per campaign, partner or template, and per day. Partner users see their own.
 */
export async function getMarketingPerformance(ctx: Ctx, input: PerformanceInput): Promise<Performance> {
  const today = dayOf(ctx.clock.now());
  const to = input.to ?? today;
  const from = input.from ?? dayOf(new Date(Date.parse(`${to}T00:00:00Z`) - 89 * DAY_MS));
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS);
  if (end <= start) throw invalidField('query.from', 'must be on or before to');
  if ((end.getTime() - start.getTime()) / DAY_MS > MAX_DAYS) {
    throw invalidField('query.from', `the period may be at most ${MAX_DAYS} days`);
  }
  const t = campaignTouches;
  const c = partnerCampaigns;
  const scope = partnerScope(ctx.actor);
  const where = and(
    gte(t.occurredAt, start),
    lt(t.occurredAt, end),
    scope ? eq(t.partnerId, scope) : undefined,
    input.partnerId ? eq(t.partnerId, input.partnerId) : undefined,
    input.campaignId ? eq(t.campaignId, input.campaignId) : undefined,
    input.templateId ? eq(c.templateId, input.templateId) : undefined,
    input.kind ? eq(campaignTemplates.kind, input.kind) : undefined,
  );
  const group: Record<PerformanceInput['groupBy'], { key: SQL; label: SQL; partnerName: SQL }> = {
    campaign: { key: sql`${c.id}`, label: sql`${c.name}`, partnerName: sql`${partners.name}` },
    partner: { key: sql`${partners.id}`, label: sql`${partners.name}`, partnerName: sql`NULL::text` },
    template: {
      key: sql`${campaignTemplates.id}`,
      label: sql`${campaignTemplates.name}`,
      partnerName: sql`NULL::text`,
    },
  };
  const g = group[input.groupBy];
  const [totals] = await ctx.db
    .select(FIGURE_COLUMNS)
    .from(t)
    .innerJoin(c, eq(c.id, t.campaignId))
    .innerJoin(campaignTemplates, eq(campaignTemplates.id, c.templateId))
    .where(where);
  const groups = await ctx.db
    .select({
      key: sql<string>`${g.key}`,
      label: sql<string>`${g.label}`,
      partnerName: sql<string | null>`${g.partnerName}`,
      ...FIGURE_COLUMNS,
    })
    .from(t)
    .innerJoin(c, eq(c.id, t.campaignId))
    .innerJoin(campaignTemplates, eq(campaignTemplates.id, c.templateId))
    .innerJoin(partners, eq(partners.id, c.partnerId))
    .where(where)
    .groupBy(g.key, g.label, g.partnerName)
    .orderBy(desc(FIGURE_COLUMNS.formFills), desc(FIGURE_COLUMNS.views))
    .limit(MAX_GROUPS);
  const day = sql<string>`to_char(${t.occurredAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const daily = await ctx.db
    .select({
      date: day,
      views: FIGURE_COLUMNS.views,
      clicks: FIGURE_COLUMNS.clicks,
      formFills: FIGURE_COLUMNS.formFills,
    })
    .from(t)
    .innerJoin(c, eq(c.id, t.campaignId))
    .innerJoin(campaignTemplates, eq(campaignTemplates.id, c.templateId))
    .where(where)
    .groupBy(day);
  const byDay = new Map(daily.map((row) => [row.date, row]));
  const series: Performance['series'] = [];
  for (let time = start.getTime(); time < end.getTime(); time += DAY_MS) {
    const date = dayOf(new Date(time));
    const row = byDay.get(date);
    series.push({
      date,
      views: Number(row?.views ?? 0),
      clicks: Number(row?.clicks ?? 0),
      formFills: Number(row?.formFills ?? 0),
    });
  }
  return {
    from,
    to,
    totals: toFigures(totals ?? { views: 0, uniqueVisitors: 0, clicks: 0, formFills: 0, leads: 0 }),
    groups: groups.map((row) => ({
      key: row.key,
      label: row.label,
      partnerName: row.partnerName,
      ...toFigures(row),
    })),
    series,
  };
}
