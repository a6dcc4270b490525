import { createSubscription } from '../modules/webhooks/create-subscription.js';
import { sendTestEvent } from '../modules/webhooks/send-test-event.js';
import type { Sample, SampleWorld } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
const none: Sample = () => ({});

/** Port 9 (discard) on loopback: samples queue deliveries but never run the sender. */
export const SAMPLE_WEBHOOK = {
  name: 'CRM sync',
  url: 'http://127.0.0.1:9/hooks/trellis',
  eventTypes: ['registration.approved', 'deal.won'],
  allowPrivateNetwork: true,
};

export function freshSampleSubscription(w: SampleWorld): Promise<string> {
  return createSubscription(
    w.t.systemCtx,
    { ...SAMPLE_WEBHOOK, name: w.unique('Webhook') },
    w.t.app.services.config.dataKey,
  ).then((created) => created.subscription.id);
}

const shared = new WeakMap<SampleWorld, Promise<string>>();

/** One subscription per sample world for the reading routes. */
function sampleSubscription(w: SampleWorld): Promise<string> {
  let id = shared.get(w);
  if (!id) {
    id = freshSampleSubscription(w);
    shared.set(w, id);
  }
  return id;
}

/** A queued delivery (of a test event) of a fresh subscription. */
async function sampleDelivery(w: SampleWorld): Promise<string> {
  return (await sendTestEvent(w.t.systemCtx, await freshSampleSubscription(w))).id;
}

export const WEBHOOKS_SAMPLES: Record<string, Sample> = {
  listWebhookEventTypes: none,
  listWebhookSubscriptions: none,
  createWebhookSubscription: (w) => ({ body: { ...SAMPLE_WEBHOOK, name: w.unique('Webhook') } }),
  getWebhookSubscription: async (w) => ({ params: { id: await sampleSubscription(w) } }),
  updateWebhookSubscription: async (w) => ({
    params: { id: await sampleSubscription(w) },
    body: { ...SAMPLE_WEBHOOK, name: w.unique('Renamed webhook'), eventTypes: ['*'] },
  }),
  deleteWebhookSubscription: async (w) => ({ params: { id: await freshSampleSubscription(w) } }),
  rotateWebhookSecret: async (w) => ({ params: { id: await sampleSubscription(w) } }),
  enableWebhookSubscription: async (w) => ({ params: { id: await freshSampleSubscription(w) } }),
  disableWebhookSubscription: async (w) => ({
    params: { id: await freshSampleSubscription(w) },
    body: { reason: 'Receiver is being migrated' },
  }),
  sendWebhookTestEvent: async (w) => ({ params: { id: await freshSampleSubscription(w) } }),
  listWebhookDeliveries: async (w) => ({
    params: { id: await sampleSubscription(w) },
    query: { status: 'pending', eventType: 'webhook.test', limit: '20' },
  }),
  getWebhookDelivery: async (w) => ({ params: { id: await sampleDelivery(w) } }),
  redeliverWebhook: async (w) => ({ params: { id: await sampleDelivery(w) } }),
};
