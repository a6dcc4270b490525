import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../partners/partners.table.js';

/** The program's lifecycle health rules: one row, absent until a vendor changes the defaults. */
export const healthSettings = pgTable('partner_health_settings', {
  id: text('id').primaryKey(),
  rules: jsonb('rules').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Each evaluated partner's latest health assessment. */
export const partnerHealth = pgTable('partner_health', {
  partnerId: uuid('partner_id')
    .primaryKey()
    .references(() => partners.id, { onDelete: 'cascade' }),
  /** True while the partner is at_risk because the rules moved it there (so the rules may move it back). */
  atRiskByRules: boolean('at_risk_by_rules').notNull().default(false),
  findings: jsonb('findings').notNull(),
  lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
  evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull(),
});
