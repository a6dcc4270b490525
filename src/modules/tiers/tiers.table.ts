import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { partners } from '../partners/partners.table.js';

/** The program's tiering settings: one row. */
export const tierPrograms = pgTable('tier_programs', {
  id: text('id').primaryKey(),
  demotionGraceDays: integer('demotion_grace_days').notNull(),
  promotionNeedsApproval: boolean('promotion_needs_approval').notNull(),
  /** Revenue criteria are in this currency; other currencies convert at `exchangeRates`. */
  currency: text('currency').notNull(),
  /** Units of the program currency per unit of each other currency. */
  exchangeRates: jsonb('exchange_rates').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const tierDefinitions = pgTable('tier_definitions', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  rank: integer('rank').notNull(),
  criteria: jsonb('criteria').notNull(),
  benefits: jsonb('benefits').notNull(),
});

/** Where each partner stands in the tiering cycle (its tier itself is on the partner). */
export const partnerTierStates = pgTable('partner_tier_states', {
  partnerId: uuid('partner_id')
    .primaryKey()
    .references(() => partners.id, { onDelete: 'cascade' }),
  demotionWarnedAt: timestamp('demotion_warned_at', { withTimezone: true }),
  /** A tier the partner qualifies for that waits for a manager's approval. */
  pendingTier: text('pending_tier'),
  lastEvaluatedAt: timestamp('last_evaluated_at', { withTimezone: true }),
  lastMetrics: jsonb('last_metrics'),
});

export const tierHistory = pgTable(
  'tier_history',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromTier: text('from_tier'),
    toTier: text('to_tier'),
    reason: text('reason').notNull(),
    metrics: jsonb('metrics').notNull(),
    actorId: text('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('tier_history_partner_idx').on(t.partnerId, t.at)],
);

/** Values of the program's own metrics (`custom:<key>`), set per partner by the vendor or an integration. */
export const tierCustomMetrics = pgTable(
  'tier_custom_metrics',
  {
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: real('value').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.key] })],
);
