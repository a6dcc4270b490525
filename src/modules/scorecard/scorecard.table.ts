import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The program's cost and margin assumptions the scorecard needs and the data cannot show: gross
 * margin, enablement and partner management cost, the direct channel's acquisition cost. One row.
 */
export const analyticsSettings = pgTable('analytics_settings', {
  id: text('id').primaryKey(),
  settings: jsonb('settings').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
