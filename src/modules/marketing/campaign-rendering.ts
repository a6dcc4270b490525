import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { getFileContent } from '../files/get-file.js';
import type { CampaignRecord } from './campaign-view.js';
import { landingPath, linkPath } from './campaign-view.js';
import { campaignLinks, campaignTemplates } from './marketing.table.js';
import { type PartnerProfile, partnerProfile } from './partner-profile.js';
import {
  type LeadFormState,
  type Personalization,
  type RenderedAsset,
  type RenderTargets,
  renderEmail,
  renderLandingPage,
  renderSocialPost,
  type TemplateKind,
} from './render-campaign.js';
import type { TemplateRow } from './template-view.js';

/** Everything one rendering of a campaign reads. */
export interface CampaignRendering {
  record: CampaignRecord;
  template: TemplateRow;
  partner: PartnerProfile;
  /** Tracked link codes by purpose (cta, landing_page), once launched. */
  links: Map<string, string>;
}

export async function loadRendering(ctx: Ctx, record: CampaignRecord): Promise<CampaignRendering> {
  const [template] = await ctx.db
    .select()
    .from(campaignTemplates)
    .where(eq(campaignTemplates.id, record.campaign.templateId));
  const links = await ctx.db
    .select({ code: campaignLinks.code, purpose: campaignLinks.purpose })
    .from(campaignLinks)
    .where(eq(campaignLinks.campaignId, record.campaign.id));
  return {
    record,
    template: template!,
    partner: await partnerProfile(ctx, record.campaign.partnerId),
    links: new Map(links.map((link) => [link.purpose, link.code])),
  };
}

export function personalizationOf(r: CampaignRendering): Personalization {
  const c = r.record.campaign;
  return {
    partnerName: r.partner.name,
    partnerWebsite: r.partner.website,
    contactName: c.contactName,
    contactEmail: c.contactEmail,
    contactPhone: c.contactPhone,
    offerText: c.offerText,
  };
}

/** An uploaded image as a data: URL, so a sandboxed preview shows it without fetching anything. */
export async function inlineImage(ctx: Ctx, fileId: string | null): Promise<string | null> {
  if (!fileId) return null;
  const content = await getFileContent(ctx, fileId).catch(() => null);
  return content ? `data:${content.file.contentType};base64,${content.bytes.toString('base64')}` : null;
}

/**
 * Where links lead: through the tracked links once launched (absolute, so they work from an email),
 * straight to the template's destination before that. A landing page without one points at its form.
 */
export function linkTargets(
  r: CampaignRendering,
  baseUrl: string,
): Pick<RenderTargets, 'ctaHref' | 'shareHref'> {
  const tracked = (purpose: string) => {
    const code = r.links.get(purpose);
    return code ? `${baseUrl}${linkPath(code)}` : null;
  };
  const fallback = r.template.kind === 'landing_page' ? '#lead-form' : null;
  const ctaHref = tracked('cta') ?? r.template.ctaUrl ?? fallback;
  const shareHref = tracked('landing_page') ?? tracked('cta') ?? r.template.ctaUrl;
  return { ctaHref, shareHref };
}

/** Renders the campaign's asset of its template's kind; a landing page with the given form state. */
export function renderAsset(
  r: CampaignRendering,
  targets: RenderTargets,
  form?: LeadFormState,
): RenderedAsset {
  const template = { ...r.template, kind: r.template.kind as TemplateKind };
  const personalization = personalizationOf(r);
  switch (template.kind) {
    case 'email':
      return renderEmail(template, personalization, targets);
    case 'social_post':
      return renderSocialPost(template, personalization, targets);
    case 'landing_page':
      return renderLandingPage(
        template,
        personalization,
        targets,
        form ?? {
          action: `${landingPath(r.record.campaign.slug)}/lead`,
          values: {},
          errors: {},
          notice: null,
          ended: false,
        },
      );
  }
}
