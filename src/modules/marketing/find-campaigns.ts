import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { partners } from '../partners/partners.table.js';
import { campaignQuery, toCampaignView, visibleCampaigns } from './campaign-view.js';
import { figuresByCampaign } from './figures.js';
import type { Campaign, CampaignStatus } from './marketing.schemas.js';
import { campaignTemplates, partnerCampaigns } from './marketing.table.js';
import type { TemplateKind } from './render-campaign.js';

export const CAMPAIGN_SORTS = ['createdAt', 'updatedAt', 'name'] as const;

export interface CampaignFilters {
  status?: CampaignStatus[] | undefined;
  partnerId?: string | undefined;
  templateId?: string | undefined;
  kind?: TemplateKind | undefined;
  q?: string | undefined;
}

export interface FindCampaignsInput extends CampaignFilters {
  limit: number;
  cursor?: string | undefined;
  sort: string;
}

/** The filter conditions, always including the actor's partner scope. */
export function campaignConditions(ctx: Ctx, input: CampaignFilters): (SQL | undefined)[] {
  const c = partnerCampaigns;
  const conditions: (SQL | undefined)[] = [visibleCampaigns(ctx)];
  if (input.status?.length) conditions.push(inArray(c.status, input.status));
  if (input.partnerId) conditions.push(eq(c.partnerId, input.partnerId));
  if (input.templateId) conditions.push(eq(c.templateId, input.templateId));
  if (input.kind) conditions.push(eq(campaignTemplates.kind, input.kind));
  if (input.q) {
    const pattern = containsPattern(input.q);
    conditions.push(
      or(ilike(c.name, pattern), ilike(partners.name, pattern), ilike(campaignTemplates.name, pattern)),
    );
  }
  return conditions;
}

const iso = (value: unknown) => (value as Date).toISOString();

export async function findCampaigns(ctx: Ctx, input: FindCampaignsInput): Promise<Page<Campaign>> {
  const c = partnerCampaigns;
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: c.createdAt, read: (r) => iso(r.createdAt) },
      updatedAt: { column: c.updatedAt, read: (r) => iso(r.updatedAt) },
      name: { column: c.name, read: (r) => r.name as string },
    },
    { column: c.id, read: (r) => r.id as string },
    input.cursor,
  );
  const rows = await campaignQuery(ctx)
    .where(and(plan.where, ...campaignConditions(ctx, input)))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(
    rows.map((record) => ({ ...record.campaign, record })),
    input.limit,
    plan,
    (row) => row.record,
  );
  const figures = await figuresByCampaign(
    ctx,
    page.items.map((record) => record.campaign.id),
  );
  return {
    items: page.items.map((record) => toCampaignView(record, figures.get(record.campaign.id))),
    nextCursor: page.nextCursor,
  };
}
