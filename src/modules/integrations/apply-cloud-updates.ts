import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { UUID_PATTERN } from '../../platform/ids.js';
import { closeDeal } from '../deals/close-deal.js';
import { getDealRow } from '../deals/deal-access.js';
import { recordDealActivities } from '../deals/deal-activity.js';
import { isClosedStage, type ZOpenDealStage } from '../deals/deals.schemas.js';
import { updateDeal } from '../deals/update-deal.js';
import { CLOUD_FORMAT_NAMES, type CloudFormat } from './cloud/cloud-deal-facts.js';
import { type CloudUpdate, readCloudUpdates } from './cloud/read-cloud-update.js';
import { toCloudReferralView } from './cloud-referral-view.js';
import type { CloudUpdateResult, CloudUpdatesInput } from './cloud-referrals.schemas.js';
import { cloudReferrals } from './integrations.table.js';

type Item = CloudUpdateResult['items'][number];

/** The referral an update is about: by the provider's id, else by our deal id echoed back. */
async function findReferral(ctx: Ctx, format: CloudFormat, update: CloudUpdate) {
  if (update.cloudId) {
    const [row] = await ctx.db
      .select()
      .from(cloudReferrals)
      .where(and(eq(cloudReferrals.format, format), eq(cloudReferrals.cloudId, update.cloudId)))
      .limit(1);
    if (row) return row;
  }
  if (update.partnerReference && UUID_PATTERN.test(update.partnerReference)) {
    const [row] = await ctx.db
      .select()
      .from(cloudReferrals)
      .where(
        and(eq(cloudReferrals.format, format), eq(cloudReferrals.opportunityId, update.partnerReference)),
      )
      .for('update')
      .limit(1);
    if (row) return row;
  }
  return null;
}

function describe(format: CloudFormat, update: CloudUpdate): string {
  const parts = [
    update.cloudStage ? `stage ${update.cloudStage}` : null,
    update.cloudStatus ? `status ${update.cloudStatus}` : null,
  ].filter(Boolean);
  return `${CLOUD_FORMAT_NAMES[format]} update: ${parts.join(', ') || 'no stage or status'}`;
}

async function applyOne(ctx: Ctx, format: CloudFormat, update: CloudUpdate, index: number): Promise<Item> {
  const item: Item = {
    item: index,
    dealId: null,
    cloudStatus: update.cloudStatus,
    cloudStage: update.cloudStage,
    dealStage: null,
    errors: [...update.errors],
  };
  if (item.errors.length) return item;
  return inTransaction(ctx, async (tx) => {
    const referral = await findReferral(tx, format, update);
    if (!referral) {
      const field = update.cloudId ? update.idField : update.referenceField;
      item.errors.push({
        field,
        message: `no deal shared with ${CLOUD_FORMAT_NAMES[format]} has ${update.idField} "${update.cloudId ?? ''}" or ${update.referenceField} "${update.partnerReference ?? ''}"`,
      });
      return item;
    }
    item.dealId = referral.opportunityId;
    const now = ctx.clock.now();
    const [after] = await tx.db
      .update(cloudReferrals)
      .set({
        cloudId: update.cloudId ?? referral.cloudId,
        cloudStatus: update.cloudStatus ?? referral.cloudStatus,
        cloudStage: update.cloudStage ?? referral.cloudStage,
        lastUpdateAt: now,
        updatedAt: now,
      })
      .where(eq(cloudReferrals.id, referral.id))
      .returning();
    const deal = await getDealRow(tx, referral.opportunityId);
    let summary = describe(format, update);
    if (update.dealStage && update.dealStage !== deal.stage) {
      if (isClosedStage(deal.stage)) {
        summary += ` (the deal is already ${deal.stage}; its stage is kept)`;
      } else if (isClosedStage(update.dealStage)) {
        await closeDeal(tx, deal.id, {
          outcome: update.dealStage === 'closed_won' ? 'won' : 'lost',
          reason: describe(format, update),
        });
      } else {
        await updateDeal(tx, deal.id, { stage: update.dealStage as z.output<typeof ZOpenDealStage> });
      }
    }
    item.dealStage = (await getDealRow(tx, deal.id)).stage;
    await recordDealActivities(tx, deal.id, [
      { kind: 'cloud_update', summary, partnerId: null, internal: true },
    ]);
    await recordAudit(tx, {
      action: 'cloud_referral.update',
      entityType: 'cloud_referral',
      entityId: referral.id,
      before: toCloudReferralView(referral),
      after: toCloudReferralView(after!),
    });
    return item;
  });
}

/**
 * Takes a provider's updates in its own format and, item by item, records the cloud status and stage on
 * the deal's referral and moves the deal to the stage the cloud stage means (closing it when the cloud
 * side reports it won or lost). Stage names the format does not define and ids no referral holds are
 * reported per item and change nothing.
 */
export async function applyCloudUpdates(ctx: Ctx, input: CloudUpdatesInput): Promise<CloudUpdateResult> {
  const items: Item[] = [];
  const updates = readCloudUpdates(input);
  for (const [index, update] of updates.entries())
    items.push(await applyOne(ctx, input.format, update, index));
  const failed = items.filter((i) => i.errors.length).length;
  return { applied: items.length - failed, failed, items };
}
