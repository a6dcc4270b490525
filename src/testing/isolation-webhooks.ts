import { enqueueDeliveries } from '../modules/webhooks/enqueue-deliveries.js';
import type { IsolationBuilder } from './isolation-targets.js';
import { freshSampleSubscription } from './route-samples-webhooks.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

/**
 * Webhooks are the vendor admin's: a delivery carrying partner B's data must reach no partner user, and
 * every webhook route answers a partner user alike for a real and a missing id (refused).
 */
export const webhooksIsolation: IsolationBuilder = async (world) => {
  const subscriptionId = await freshSampleSubscription(world);
  const marker = 'Beta webhook payload kept from other partners';
  const now = world.t.systemCtx.clock.now();
  const [deliveryId] = await enqueueDeliveries(world.t.systemCtx, [
    {
      subscriptionId,
      event: {
        id: 9_000_000_001,
        type: 'deal.won',
        entityType: 'deal',
        entityId: marker,
        partnerId: world.t.fixtures.partnerB,
        payload: { note: marker },
        occurredAt: now,
      },
    },
  ]);
  return {
    markers: [marker],
    rules: [
      {
        prefix: '/api/webhooks/{id}',
        targets: () => [
          { label: 'a webhook subscription', params: { id: subscriptionId }, missing: { id: MISSING_ID } },
        ],
      },
      {
        prefix: '/api/webhook-deliveries/{id}',
        targets: () => [
          {
            label: "a delivery of partner B's event",
            params: { id: deliveryId! },
            missing: { id: MISSING_ID },
          },
        ],
      },
    ],
  };
};
