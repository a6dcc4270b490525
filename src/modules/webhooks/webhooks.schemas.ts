import { z } from 'zod';
import { ZPageQuery, zSort } from '../../platform/http/pagination.js';

export const SUBSCRIPTION_STATUSES = ['active', 'disabled'] as const;
export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const ATTEMPT_TRIGGERS = ['retry', 'redelivery'] as const;

/** `*` or a dotted lowercase event type such as `registration.approved`. */
export const ZEventTypePattern = z
  .string()
  .max(100)
  .regex(/^(\*|[a-z][a-z0-9_]*(\.[a-z0-9_]+)+)$/, 'must be * or an event type such as registration.approved');

const ZEventTypes = z
  .array(ZEventTypePattern)
  .min(1)
  .max(100)
  .describe('Event types to deliver; * for every type');

export const ZSubscriptionInput = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    url: z.string().trim().min(1).max(2000).describe('The http(s) endpoint that receives the POSTs'),
    eventTypes: ZEventTypes,
    allowPrivateNetwork: z
      .boolean()
      .default(false)
      .describe('Allow loopback and private addresses (refused by default to prevent SSRF)'),
  })
  .meta({ id: 'WebhookSubscriptionFields' });
export type SubscriptionInput = z.output<typeof ZSubscriptionInput>;

export const ZSubscriptionUpdate = z
  .strictObject({
    name: z.string().trim().min(1).max(120).optional(),
    url: z.string().trim().min(1).max(2000).optional(),
    eventTypes: ZEventTypes.optional(),
    allowPrivateNetwork: z.boolean().optional(),
  })
  .meta({ id: 'WebhookSubscriptionUpdate' });
export type SubscriptionUpdate = z.output<typeof ZSubscriptionUpdate>;

export const ZSubscription = z
  .object({
    id: z.uuid(),
    name: z.string(),
    url: z.string(),
    eventTypes: z.array(z.string()),
    secretPrefix: z.string().describe('The start of the signing secret, to tell secrets apart'),
    status: z.enum(SUBSCRIPTION_STATUSES),
    disabledReason: z.string().nullable(),
    disabledAt: z.iso.datetime().nullable(),
    consecutiveFailures: z.number().int().describe('Failed attempts in a row since the last success'),
    allowPrivateNetwork: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookSubscription' });
export type SubscriptionView = z.output<typeof ZSubscription>;

export const ZSubscriptionWithSecret = z
  .object({
    subscription: ZSubscription,
    secret: z.string().describe('The whsec_ signing secret; shown this once'),
  })
  .meta({ id: 'WebhookSubscriptionWithSecret' });

export const ZSubscriptionsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(['createdAt', 'name'], '-createdAt'),
  status: z.enum(SUBSCRIPTION_STATUSES).optional(),
});
export type SubscriptionsQuery = z.output<typeof ZSubscriptionsQuery>;

export const ZDisableInput = z.strictObject({
  reason: z.string().trim().min(1).max(500).optional(),
});

export const ZDelivery = z
  .object({
    id: z.uuid(),
    messageId: z.string().describe('The webhook-id header; the same on every retry and redelivery'),
    subscriptionId: z.uuid(),
    eventId: z.number().int(),
    eventType: z.string(),
    subject: z.string().describe('<entity type>:<entity id>; deliveries of one subject go out in order'),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable().describe('When the next retry is due (pending only)'),
    lastAttemptAt: z.iso.datetime().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookDelivery' });
export type DeliveryView = z.output<typeof ZDelivery>;

export const ZAttempt = z
  .object({
    id: z.uuid(),
    attemptedAt: z.iso.datetime(),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    responseExcerpt: z.string().nullable(),
    trigger: z.enum(ATTEMPT_TRIGGERS),
  })
  .meta({ id: 'WebhookAttempt' });
export type AttemptView = z.output<typeof ZAttempt>;

export const ZDeliveryDetail = ZDelivery.extend({
  payload: z.unknown().describe('The JSON body sent: { type, timestamp, data }'),
  attemptLog: z.array(ZAttempt),
}).meta({ id: 'WebhookDeliveryDetail' });
export type DeliveryDetail = z.output<typeof ZDeliveryDetail>;

export const ZDeliveriesQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(['createdAt'], '-createdAt'),
  status: z.enum(DELIVERY_STATUSES).optional(),
  eventType: z.string().max(100).optional(),
});
export type DeliveriesQuery = z.output<typeof ZDeliveriesQuery>;

export const ZEventType = z
  .object({ type: z.string(), description: z.string() })
  .meta({ id: 'WebhookEventType' });
