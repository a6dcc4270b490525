import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { assertCampaignLogo } from './campaign-rules.js';
import { loadCampaign, toCampaignDetail } from './campaign-view.js';
import type { CampaignDetail, UpdateCampaignInput } from './marketing.schemas.js';
import { partnerCampaigns } from './marketing.table.js';

/** Personalizes a campaign; a launched one shows the change at once, an ended one stays as it was. */
export async function updateCampaign(
  ctx: Ctx,
  id: string,
  input: UpdateCampaignInput,
): Promise<CampaignDetail> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadCampaign(tx, id, { lock: true });
    if (before.campaign.status === 'ended')
      throw new AppError('conflict', 'An ended campaign cannot be changed');
    await assertCampaignLogo(tx, before.campaign.partnerId, input.logoFileId);
    await tx.db
      .update(partnerCampaigns)
      .set({ ...input, updatedAt: tx.clock.now() })
      .where(eq(partnerCampaigns.id, id));
    const detail = await toCampaignDetail(tx, await loadCampaign(tx, id));
    await recordAudit(tx, {
      action: 'campaign.update',
      entityType: 'partner_campaign',
      entityId: id,
      partnerId: before.campaign.partnerId,
      before: await toCampaignDetail(tx, before),
      after: detail,
    });
    return detail;
  });
}
