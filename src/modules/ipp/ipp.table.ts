import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The ideal partner profile: weighted criteria; the set is replaced as a whole and versioned. */
export const ippCriteria = pgTable('ipp_criteria', {
  id: uuid('id').primaryKey(),
  position: integer('position').notNull(),
  kind: text('kind').notNull(),
  label: text('label').notNull(),
  weight: integer('weight').notNull(),
  config: jsonb('config').notNull(),
  version: integer('version').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
