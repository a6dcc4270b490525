import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { actorUserId, partnerScope } from '../../platform/policy.js';
import { assertCampaignLogo, randomToken } from './campaign-rules.js';
import { loadCampaign, toCampaignDetail } from './campaign-view.js';
import type { CampaignDetail, CreateCampaignInput } from './marketing.schemas.js';
import { campaignTemplates, partnerCampaigns } from './marketing.table.js';
import { partnerProfile } from './partner-profile.js';
import { usableBy } from './template-access.js';

/**
 * A partner's draft campaign from a published template its audience takes. A partner user makes one
 * for its own partner; vendor staff name the partner they act for.
 */
export async function createCampaign(ctx: Ctx, input: CreateCampaignInput): Promise<CampaignDetail> {
  const scope = partnerScope(ctx.actor);
  if (scope && input.partnerId && input.partnerId !== scope)
    throw new AppError('not_found', 'No such partner');
  const partnerId = scope ?? input.partnerId;
  if (!partnerId) throw invalidField('partnerId', 'is required: name the partner the campaign is for');
  const partner = await partnerProfile(ctx, partnerId);
  const [template] = await ctx.db
    .select()
    .from(campaignTemplates)
    .where(and(eq(campaignTemplates.id, input.templateId), usableBy(partner)))
    .limit(1);
  if (!template) throw new AppError('not_found', 'No such campaign template for this partner');
  await assertCampaignLogo(ctx, partnerId, input.logoFileId);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const id = tx.ids();
    await tx.db.insert(partnerCampaigns).values({
      id,
      templateId: template.id,
      partnerId,
      name: input.name ?? template.name,
      slug: randomToken(tx, 2),
      logoFileId: input.logoFileId ?? null,
      contactName: input.contactName ?? '',
      contactEmail: input.contactEmail ?? '',
      contactPhone: input.contactPhone ?? '',
      offerText: input.offerText ?? template.defaultOffer,
      status: 'draft',
      createdBy: actorUserId(tx.actor),
      createdAt: now,
      updatedAt: now,
    });
    const detail = await toCampaignDetail(tx, await loadCampaign(tx, id));
    await recordAudit(tx, {
      action: 'campaign.create',
      entityType: 'partner_campaign',
      entityId: id,
      partnerId,
      after: detail,
    });
    return detail;
  });
}
