import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';
import { figuresByCampaign, NO_FIGURES } from './figures.js';
import type { Campaign, CampaignDetail, CampaignStatus, Figures } from './marketing.schemas.js';
import { campaignLinks, campaignTemplates, partnerCampaigns } from './marketing.table.js';
import type { TemplateKind } from './render-campaign.js';

export type CampaignRow = typeof partnerCampaigns.$inferSelect;

export interface CampaignRecord {
  campaign: CampaignRow;
  templateName: string;
  kind: string;
  partnerName: string;
}

export const CAMPAIGN_COLUMNS = {
  campaign: partnerCampaigns,
  templateName: campaignTemplates.name,
  kind: campaignTemplates.kind,
  partnerName: partners.name,
};

/** A partner user reaches only its own partner's campaigns; another's are not found. */
export function visibleCampaigns(ctx: Ctx): SQL | undefined {
  const scope = partnerScope(ctx.actor);
  return scope ? eq(partnerCampaigns.partnerId, scope) : undefined;
}

export function campaignQuery(ctx: Ctx) {
  return ctx.db
    .select(CAMPAIGN_COLUMNS)
    .from(partnerCampaigns)
    .innerJoin(campaignTemplates, eq(campaignTemplates.id, partnerCampaigns.templateId))
    .innerJoin(partners, eq(partners.id, partnerCampaigns.partnerId))
    .$dynamic();
}

export async function loadCampaign(
  ctx: Ctx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CampaignRecord> {
  const query = campaignQuery(ctx)
    .where(and(eq(partnerCampaigns.id, id), visibleCampaigns(ctx)))
    .limit(1);
  const [record] = options.lock ? await query.for('update', { of: partnerCampaigns }) : await query;
  if (!record) throw new AppError('not_found', 'No such campaign');
  return record;
}

export function landingPath(slug: string): string {
  return `/c/${slug}`;
}

export function linkPath(code: string): string {
  return `/t/${code}`;
}

export function toCampaignView(record: CampaignRecord, figures: Figures = NO_FIGURES): Campaign {
  const c = record.campaign;
  const kind = record.kind as TemplateKind;
  return {
    id: c.id,
    templateId: c.templateId,
    templateName: record.templateName,
    kind,
    partnerId: c.partnerId,
    partnerName: record.partnerName,
    name: c.name,
    slug: c.slug,
    publicPath: kind === 'landing_page' && c.status !== 'draft' ? landingPath(c.slug) : null,
    logoFileId: c.logoFileId,
    contactName: c.contactName,
    contactEmail: c.contactEmail,
    contactPhone: c.contactPhone,
    offerText: c.offerText,
    status: c.status as CampaignStatus,
    launchedAt: c.launchedAt?.toISOString() ?? null,
    endedAt: c.endedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    figures,
  };
}

export async function toCampaignDetail(ctx: Ctx, record: CampaignRecord): Promise<CampaignDetail> {
  const id = record.campaign.id;
  const figures = (await figuresByCampaign(ctx, [id])).get(id);
  const links = await ctx.db
    .select()
    .from(campaignLinks)
    .where(eq(campaignLinks.campaignId, id))
    .orderBy(asc(campaignLinks.purpose));
  return {
    ...toCampaignView(record, figures),
    links: links.map((link) => ({
      code: link.code,
      purpose: link.purpose,
      path: linkPath(link.code),
      destinationUrl: link.destinationUrl,
    })),
  };
}
