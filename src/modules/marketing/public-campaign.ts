import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { getFileContent } from '../files/get-file.js';
import { type CampaignRendering, loadRendering } from './campaign-rendering.js';
import { campaignQuery } from './campaign-view.js';
import { campaignTouches, partnerCampaigns } from './marketing.table.js';
import { type Visitor, visitorKey } from './visitor-key.js';

/**
 * A campaign as the public reaches it by slug: only once launched (a draft is not found). Paused and
 * ended campaigns are found, and their pages say the offer has ended.
 */
export async function findPublicCampaign(ctx: Ctx, slug: string): Promise<CampaignRendering | null> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(slug)) return null;
  const [record] = await campaignQuery(ctx).where(eq(partnerCampaigns.slug, slug)).limit(1);
  if (!record || record.campaign.status === 'draft') return null;
  return loadRendering(ctx, record);
}

export type TouchKind = 'view' | 'click' | 'form_fill';

/**
 * Records a visit, click or form fill against the campaign and its partner. Touches are tracking
 * data, not changes anyone makes, so they are not in the audit log.
 */
export async function recordTouch(
  ctx: Ctx,
  campaign: { id: string; partnerId: string },
  touch: { kind: TouchKind; visitor: Visitor; linkCode?: string; leadId?: string },
): Promise<void> {
  await ctx.db.insert(campaignTouches).values({
    id: ctx.ids(),
    campaignId: campaign.id,
    partnerId: campaign.partnerId,
    kind: touch.kind,
    linkCode: touch.linkCode ?? null,
    leadId: touch.leadId ?? null,
    visitorKey: await visitorKey(ctx, touch.visitor),
    occurredAt: ctx.clock.now(),
  });
}

/** An image of a launched campaign (its logo or its template's hero image); null otherwise. */
export async function publicCampaignImage(
  ctx: Ctx,
  slug: string,
  which: 'logo' | 'hero',
): Promise<{ contentType: string; bytes: Buffer } | null> {
  const rendering = await findPublicCampaign(ctx, slug);
  if (rendering?.record.campaign.status !== 'launched') return null;
  const fileId = which === 'logo' ? rendering.record.campaign.logoFileId : rendering.template.heroImageFileId;
  if (!fileId) return null;
  const content = await getFileContent(ctx, fileId).catch(() => null);
  return content ? { contentType: content.file.contentType, bytes: content.bytes } : null;
}
