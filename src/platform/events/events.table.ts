import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The internal event bus as an outbox: events are written in the same transaction as the change they
 * describe, and consumers (webhooks, notifications) read them in order by id.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    partnerId: uuid('partner_id'),
    payload: jsonb('payload').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('domain_events_type_idx').on(t.type, t.id),
    index('domain_events_entity_idx').on(t.entityType, t.entityId, t.id),
    index('domain_events_partner_idx').on(t.partnerId, t.id),
  ],
);

/**
 * How far each consumer of the domain_events outbox has read: the last event id it handled, and since
 * when it has been waiting on a missing id (an event whose transaction had not committed yet).
 */
export const eventConsumerCursors = pgTable('event_consumer_cursors', {
  consumer: text('consumer').primaryKey(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
  gapSeenAt: timestamp('gap_seen_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
