import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { randomToken } from './campaign-rules.js';
import { type CampaignRecord, landingPath, loadCampaign, toCampaignDetail } from './campaign-view.js';
import type { CampaignDetail, CampaignStatus } from './marketing.schemas.js';
import { campaignLinks, campaignTemplates, partnerCampaigns } from './marketing.table.js';

export type CampaignMove = 'launch' | 'pause' | 'end';

const MOVES: Record<CampaignMove, { from: readonly CampaignStatus[]; to: CampaignStatus }> = {
  launch: { from: ['draft', 'paused'], to: 'launched' },
  pause: { from: ['launched'], to: 'paused' },
  end: { from: ['launched', 'paused'], to: 'ended' },
};

function launchProblems(record: CampaignRecord): FieldError[] {
  const c = record.campaign;
  const problems: FieldError[] = [];
  if (!c.contactName.trim()) problems.push({ field: 'contactName', message: 'is required to launch' });
  if (!c.contactEmail.trim()) problems.push({ field: 'contactEmail', message: 'is required to launch' });
  return problems;
}

/** The tracked links a campaign gets at its first launch: its call to action, and its landing page. */
async function createLinks(ctx: Ctx, record: CampaignRecord): Promise<void> {
  const existing = await ctx.db
    .select({ code: campaignLinks.code })
    .from(campaignLinks)
    .where(eq(campaignLinks.campaignId, record.campaign.id))
    .limit(1);
  if (existing.length) return;
  const [template] = await ctx.db
    .select({ ctaUrl: campaignTemplates.ctaUrl })
    .from(campaignTemplates)
    .where(eq(campaignTemplates.id, record.campaign.templateId));
  const now = ctx.clock.now();
  const links: Array<{ purpose: string; destinationUrl: string }> = [];
  if (template?.ctaUrl) links.push({ purpose: 'cta', destinationUrl: template.ctaUrl });
  if (record.kind === 'landing_page') {
    links.push({ purpose: 'landing_page', destinationUrl: landingPath(record.campaign.slug) });
  }
  if (!links.length) return;
  await ctx.db.insert(campaignLinks).values(
    links.map((link) => ({
      code: randomToken(ctx, 1),
      campaignId: record.campaign.id,
      ...link,
      createdAt: now,
    })),
  );
}

/**
 * Launches (or resumes), pauses or ends a campaign. The first launch creates its tracked links and
 * announces `campaign.launched`; a campaign is launched only from a template that is still published.
 */
export async function changeCampaignStatus(
  ctx: Ctx,
  id: string,
  move: CampaignMove,
): Promise<CampaignDetail> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadCampaign(tx, id, { lock: true });
    const from = before.campaign.status as CampaignStatus;
    const { to } = MOVES[move];
    if (!MOVES[move].from.includes(from)) {
      throw new AppError('conflict', `A ${from} campaign cannot be ${to === 'launched' ? 'launched' : to}`);
    }
    if (move === 'launch') {
      const [template] = await tx.db
        .select({ status: campaignTemplates.status })
        .from(campaignTemplates)
        .where(eq(campaignTemplates.id, before.campaign.templateId));
      if (template?.status !== 'published') {
        throw new AppError('conflict', 'The template of this campaign is no longer published');
      }
      const problems = launchProblems(before);
      if (problems.length) {
        throw new AppError('validation_failed', 'The campaign is not ready to launch', { errors: problems });
      }
      await createLinks(tx, before);
    }
    const now = tx.clock.now();
    const firstLaunch = move === 'launch' && !before.campaign.launchedAt;
    await tx.db
      .update(partnerCampaigns)
      .set({
        status: to,
        updatedAt: now,
        ...(firstLaunch ? { launchedAt: now } : {}),
        ...(to === 'ended' ? { endedAt: now } : {}),
      })
      .where(eq(partnerCampaigns.id, id));
    const detail = await toCampaignDetail(tx, await loadCampaign(tx, id));
    const partnerId = before.campaign.partnerId;
    await recordAudit(tx, {
      action: `campaign.${move}`,
      entityType: 'partner_campaign',
      entityId: id,
      partnerId,
      before: { status: from },
      after: { status: to },
    });
    const type = firstLaunch
      ? 'campaign.launched'
      : move === 'launch'
        ? 'campaign.resumed'
        : `campaign.${to}`;
    await publishEvent(tx, {
      type,
      entityType: 'partner_campaign',
      entityId: id,
      partnerId,
      payload: { name: detail.name, kind: detail.kind, templateId: detail.templateId },
    });
    return detail;
  });
}
