import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { recordDealActivities } from '../deals/deal-activity.js';
import { CLOUD_FORMAT_NAMES, type CloudFormat } from './cloud/cloud-deal-facts.js';
import { toCloudReferralView } from './cloud-referral-view.js';
import type { CloudReferralPreview } from './cloud-referrals.schemas.js';
import { cloudReferrals } from './integrations.table.js';
import { type CloudProgramIds, previewCloudReferral } from './preview-cloud-referral.js';

/**
 * Shares a deal in a cloud provider's format: refused, with every missing field, while the format's
 * required fields are not all there; otherwise the payload is kept as sent on the deal's referral for that
 * format (one per deal and format, re-exporting replaces it) and noted on the deal's timeline.
 */
export async function exportCloudReferral(
  ctx: Ctx,
  dealId: string,
  format: CloudFormat,
  ids: CloudProgramIds,
): Promise<CloudReferralPreview> {
  // Read before the transaction: the deal view runs its queries side by side, which one connection cannot.
  const { facts, ...preview } = await previewCloudReferral(ctx, dealId, format, ids);
  if (preview.missing.length) {
    // 422, not 400: resending the same request cannot help until the deal itself is completed.
    throw new AppError(
      'unprocessable',
      `The deal lacks ${preview.missing.length} field(s) ${CLOUD_FORMAT_NAMES[format]} requires`,
      {
        errors: preview.missing.map((m) => ({ field: m.field, message: m.reason })),
      },
    );
  }
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx.db
      .insert(cloudReferrals)
      .values({
        id: tx.ids(),
        opportunityId: dealId,
        registrationId: facts.registration?.id ?? null,
        format,
        lastPayload: preview.payload,
        exportedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [cloudReferrals.opportunityId, cloudReferrals.format],
        set: {
          lastPayload: preview.payload,
          exportedAt: now,
          updatedAt: now,
          registrationId: facts.registration?.id ?? null,
        },
      })
      .returning();
    const referral = toCloudReferralView(row!);
    await recordDealActivities(tx, dealId, [
      {
        kind: 'cloud_referral_exported',
        summary: `Shared with ${CLOUD_FORMAT_NAMES[format]}${preview.referral ? ' again' : ''}`,
        partnerId: null,
        internal: true,
      },
    ]);
    await publishEvent(tx, {
      type: 'deal.cloud_referral.exported',
      entityType: 'deal',
      entityId: dealId,
      payload: { format, referralId: referral.id },
    });
    await recordAudit(tx, {
      action: 'cloud_referral.export',
      entityType: 'cloud_referral',
      entityId: referral.id,
      before: preview.referral,
      after: { ...referral, payload: preview.payload },
    });
    return { ...preview, referral };
  });
}
