import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** An integrator's endpoint: the event types it wants, signed with its own `whsec_` secret. */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    url: text('url').notNull(),
    /** Event types such as `registration.approved`; `*` for every type. */
    eventTypes: text('event_types').array().notNull(),
    /** The signing secret, encrypted with the server's key (it must be recoverable to sign). */
    secretEncrypted: text('secret_encrypted').notNull(),
    /** The first characters of the secret, to tell secrets apart on screen. */
    secretPrefix: text('secret_prefix').notNull(),
    /** active | disabled */
    status: text('status').notNull(),
    disabledReason: text('disabled_reason'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** Delivery to loopback and private addresses, allowed only when an admin says so. */
    allowPrivateNetwork: boolean('allow_private_network').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('webhook_subscriptions_status_idx').on(t.status, t.id)],
);

/**
 * One event for one subscription: the durable queue entry. The message id (`webhook-id`) stays the
 * same on every retry and redelivery, so receivers can drop duplicates.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    messageId: text('message_id').notNull(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    eventType: text('event_type').notNull(),
    /** `<entity type>:<entity id>`: deliveries of one subject go out in event order. */
    subject: text('subject').notNull(),
    payload: jsonb('payload').notNull(),
    /** pending | succeeded | failed (gave up after the last retry) */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** A sender holds the delivery until then; a crashed sender's hold simply runs out. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key').on(t.subscriptionId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_subject_idx').on(t.subscriptionId, t.subject, t.eventId),
    index('webhook_deliveries_list_idx').on(t.subscriptionId, t.createdAt, t.id),
  ],
);

/** Every HTTP attempt of a delivery: the log an integrator reads when something fails. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid('id').primaryKey(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    responseExcerpt: text('response_excerpt'),
    /** retry | redelivery */
    trigger: text('trigger').notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attemptedAt)],
);
