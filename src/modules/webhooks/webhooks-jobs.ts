import { loadConfig } from '../../platform/config.js';
import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { deliverDueWebhooks } from './deliver-due-webhooks.js';
import { deliverySettingsFrom } from './delivery-settings.js';
import { fanOutEvents } from './fan-out-events.js';

export const WEBHOOKS_JOBS: readonly JobDefinition[] = [
  {
    name: 'webhooks.deliver',
    description:
      'Queues new events for the webhook subscriptions that want them, then sends due deliveries and retries',
    intervalSeconds: 5,
    async run(ctx) {
      // Jobs receive no configuration; the server's comes from the same environment.
      const settings = deliverySettingsFrom(loadConfig());
      const fanOut = await fanOutEvents(ctx);
      const sent = await deliverDueWebhooks(ctx, settings);
      return { queued: fanOut.queued, ...sent };
    },
  },
];
