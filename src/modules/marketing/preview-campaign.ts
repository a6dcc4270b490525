import type { Ctx } from '../../platform/context.js';
import { inlineImage, linkTargets, loadRendering, renderAsset } from './campaign-rendering.js';
import { landingPath, loadCampaign } from './campaign-view.js';
import type { Rendered } from './marketing.schemas.js';

/**
 * The campaign's asset as it will be seen: `html` with images inline for a sandboxed preview, and once
 * launched `sendableHtml` with absolute image URLs and tracked links, to paste into an email or post.
 */
export async function previewCampaign(ctx: Ctx, id: string, input: { baseUrl: string }): Promise<Rendered> {
  const record = await loadCampaign(ctx, id);
  const rendering = await loadRendering(ctx, record);
  const links = linkTargets(rendering, input.baseUrl);
  const preview = renderAsset(rendering, {
    ...links,
    logoSrc: await inlineImage(ctx, record.campaign.logoFileId),
    heroSrc: await inlineImage(ctx, rendering.template.heroImageFileId),
  });
  let sendableHtml: string | null = null;
  if (record.campaign.status !== 'draft') {
    const base = `${input.baseUrl}${landingPath(record.campaign.slug)}`;
    sendableHtml = renderAsset(rendering, {
      ...links,
      logoSrc: record.campaign.logoFileId ? `${base}/logo` : null,
      heroSrc: rendering.template.heroImageFileId ? `${base}/hero` : null,
    }).html;
  }
  return { ...preview, sendableHtml };
}
