import type { CloudFormat } from './cloud/cloud-deal-facts.js';
import type { CloudReferralView } from './cloud-referrals.schemas.js';
import type { cloudReferrals } from './integrations.table.js';

export type CloudReferralRow = typeof cloudReferrals.$inferSelect;

export function toCloudReferralView(row: CloudReferralRow): CloudReferralView {
  return {
    id: row.id,
    dealId: row.opportunityId,
    registrationId: row.registrationId,
    format: row.format as CloudFormat,
    cloudId: row.cloudId,
    cloudStatus: row.cloudStatus,
    cloudStage: row.cloudStage,
    exportedAt: row.exportedAt?.toISOString() ?? null,
    lastUpdateAt: row.lastUpdateAt?.toISOString() ?? null,
  };
}
