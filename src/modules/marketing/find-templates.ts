import { and, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { isVendorActor } from '../../platform/policy.js';
import type { Template, TemplateStatus } from './marketing.schemas.js';
import { campaignTemplates, partnerCampaigns } from './marketing.table.js';
import type { TemplateKind } from './render-campaign.js';
import { visibleTemplates } from './template-access.js';
import { toTemplateView } from './template-view.js';

export const TEMPLATE_SORTS = ['createdAt', 'updatedAt', 'name'] as const;

export interface FindTemplatesInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: TemplateStatus[] | undefined;
  kind?: TemplateKind | undefined;
  q?: string | undefined;
}

const iso = (value: unknown) => (value as Date).toISOString();

/** Campaigns made from the template (a vendor figure: partners get 0). */
export function campaignCountOf(ctx: Ctx) {
  return isVendorActor(ctx.actor)
    ? // Qualified by hand: inside a one-table select, drizzle writes the outer column without its table.
      sql<number>`(SELECT count(*)::int FROM ${partnerCampaigns} pc WHERE pc.template_id = "campaign_templates"."id")`
    : sql<number>`0`;
}

export async function findTemplates(ctx: Ctx, input: FindTemplatesInput): Promise<Page<Template>> {
  const t = campaignTemplates;
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: t.createdAt, read: (r) => iso(r.createdAt) },
      updatedAt: { column: t.updatedAt, read: (r) => iso(r.updatedAt) },
      name: { column: t.name, read: (r) => r.name as string },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, await visibleTemplates(ctx)];
  if (input.status?.length) filters.push(inArray(t.status, input.status));
  if (input.kind) filters.push(eq(t.kind, input.kind));
  if (input.q) filters.push(ilike(t.name, containsPattern(input.q)));
  const rows = await ctx.db
    .select({ row: t, campaignCount: campaignCountOf(ctx) })
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(
    rows.map(({ row, campaignCount }) => ({ ...row, campaignCount })),
    input.limit,
    plan,
    ({ campaignCount, ...row }) => toTemplateView(row, Number(campaignCount)),
  );
}
