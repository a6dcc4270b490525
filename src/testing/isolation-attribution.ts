import { createPartner } from '../modules/partners/create-partner.js';
import type { IsolationBuilder } from './isolation-targets.js';
import { seedAttributionDeal } from './route-samples-attribution.js';

/**
 * A partner other than A with credit on a won deal shared with partner B: partner A's users must see
 * neither its id nor its name in any attribution result (they only ever get their own credit).
 */
export const attributionIsolation: IsolationBuilder = async (world) => {
  const name = `Attribution Rival ${world.unique('partner')}`;
  const rival = await createPartner(world.t.systemCtx, {
    name,
    type: 'reseller',
    stage: 'active',
    domains: [],
    regions: [],
    specializations: [],
  });
  await seedAttributionDeal(world.t.systemCtx.db, world.t.systemCtx.ids, {
    touches: [
      { partnerId: rival.id, at: '2025-11-02T10:00:00Z' },
      { partnerId: world.t.fixtures.partnerB, at: '2025-11-03T10:00:00Z' },
      { partnerId: world.t.fixtures.partnerA, at: '2025-11-04T10:00:00Z' },
    ],
    amountMinor: 424_242,
    won: true,
    closedAt: '2025-11-20T10:00:00Z',
  });
  return { markers: [rival.id, name], rules: [] };
};
