import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partners } from '../partners/partners.table.js';
import { campaignLinks, campaignTemplates, partnerCampaigns } from './marketing.table.js';
import { recordTouch } from './public-campaign.js';
import type { Visitor } from './visitor-key.js';

function utmValue(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'campaign'
  );
}

/**
 * Where a tracked link leads, with utm_source (the partner), utm_medium (the template kind) and
 * utm_campaign (the template) added. A click counts while the campaign is launched; links of paused
 * and ended campaigns still lead on (emails already sent keep working) but count nothing.
 */
export async function followTrackedLink(ctx: Ctx, code: string, visitor: Visitor): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{6,64}$/.test(code)) return null;
  const [link] = await ctx.db
    .select({
      destinationUrl: campaignLinks.destinationUrl,
      campaignId: partnerCampaigns.id,
      partnerId: partnerCampaigns.partnerId,
      status: partnerCampaigns.status,
      kind: campaignTemplates.kind,
      templateName: campaignTemplates.name,
      partnerName: partners.name,
    })
    .from(campaignLinks)
    .innerJoin(partnerCampaigns, eq(partnerCampaigns.id, campaignLinks.campaignId))
    .innerJoin(campaignTemplates, eq(campaignTemplates.id, partnerCampaigns.templateId))
    .innerJoin(partners, eq(partners.id, partnerCampaigns.partnerId))
    .where(eq(campaignLinks.code, code))
    .limit(1);
  if (!link) return null;
  if (link.status === 'launched') {
    await recordTouch(
      ctx,
      { id: link.campaignId, partnerId: link.partnerId },
      { kind: 'click', visitor, linkCode: code },
    );
  }
  const relative = link.destinationUrl.startsWith('/');
  const url = new URL(link.destinationUrl, 'http://relative.invalid');
  url.searchParams.set('utm_source', utmValue(link.partnerName));
  url.searchParams.set('utm_medium', link.kind);
  url.searchParams.set('utm_campaign', utmValue(link.templateName));
  return relative ? `${url.pathname}${url.search}` : url.href;
}
