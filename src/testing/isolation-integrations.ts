import type { IsolationBuilder } from './isolation-targets.js';
import { sampleCloudDeal, sampleCrmImport } from './route-samples-integrations.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

/**
 * CRM imports and the cloud co-sell exchange are the vendor's: a partner user asking for an import or
 * a deal's cloud referral by id is refused alike for a real and a missing record.
 */
export const integrationsIsolation: IsolationBuilder = async (world) => {
  const importId = await sampleCrmImport(world);
  const { dealId } = await sampleCloudDeal(world);
  return {
    markers: [],
    rules: [
      {
        prefix: '/api/integrations/imports/{id}',
        targets: () => [{ label: 'a CRM import', params: { id: importId }, missing: { id: MISSING_ID } }],
      },
      {
        prefix: '/api/deals/{id}/cloud-referrals/{format}',
        targets: () => [
          {
            label: "a deal's AWS referral",
            params: { id: dealId, format: 'aws_partner_central' },
            missing: { id: MISSING_ID, format: 'aws_partner_central' },
          },
        ],
      },
    ],
  };
};
