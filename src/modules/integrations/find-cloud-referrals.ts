import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { getDealRow } from '../deals/deal-access.js';
import { toCloudReferralView } from './cloud-referral-view.js';
import type { CloudReferralView } from './cloud-referrals.schemas.js';
import { cloudReferrals } from './integrations.table.js';

/** The deal's exports to cloud providers, one per format, with the cloud side's last status and stage. */
export async function findCloudReferrals(ctx: Ctx, dealId: string): Promise<CloudReferralView[]> {
  await getDealRow(ctx, dealId);
  const rows = await ctx.db
    .select()
    .from(cloudReferrals)
    .where(eq(cloudReferrals.opportunityId, dealId))
    .orderBy(asc(cloudReferrals.format));
  return rows.map(toCloudReferralView);
}
