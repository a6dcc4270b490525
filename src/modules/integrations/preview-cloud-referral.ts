import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { toAwsAceLegacy } from './cloud/aws-ace-legacy.js';
import { toAwsPartnerCentral } from './cloud/aws-partner-central.js';
import {
  type CloudDealFacts,
  type CloudExportOptions,
  type CloudFormat,
  type CloudPayload,
  loadCloudDealFacts,
} from './cloud/cloud-deal-facts.js';
import { toMicrosoftReferral } from './cloud/microsoft-referral.js';
import { toCloudReferralView } from './cloud-referral-view.js';
import type { CloudReferralPreview } from './cloud-referrals.schemas.js';
import { cloudReferrals } from './integrations.table.js';

export const CLOUD_MAPPERS: Record<
  CloudFormat,
  (facts: CloudDealFacts, options: CloudExportOptions) => CloudPayload
> = {
  aws_partner_central: toAwsPartnerCentral,
  aws_ace_legacy: toAwsAceLegacy,
  microsoft_partner_center: toMicrosoftReferral,
};

export interface CloudProgramIds {
  spmsId?: string | undefined;
  solutionId?: string | undefined;
}

/** The payload a deal would be shared with, what it still lacks, and the earlier export in that format. */
export async function previewCloudReferral(
  ctx: Ctx,
  dealId: string,
  format: CloudFormat,
  ids: CloudProgramIds,
): Promise<CloudReferralPreview & { facts: CloudDealFacts }> {
  const facts = await loadCloudDealFacts(ctx, dealId);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const { payload, missing } = CLOUD_MAPPERS[format](facts, { today, ...ids });
  const [row] = await ctx.db
    .select()
    .from(cloudReferrals)
    .where(and(eq(cloudReferrals.opportunityId, dealId), eq(cloudReferrals.format, format)))
    .limit(1);
  return { format, payload, missing, referral: row ? toCloudReferralView(row) : null, facts };
}
