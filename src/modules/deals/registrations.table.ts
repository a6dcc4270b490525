import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id').notNull(),
    status: text('status').notNull(),
    customerName: text('customer_name').notNull(),
    customerNormalizedName: text('customer_normalized_name').notNull(),
    customerWebsite: text('customer_website'),
    customerDomain: text('customer_domain'),
    customerCountry: text('customer_country'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactTitle: text('contact_title'),
    productLines: text('product_lines').array().notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    expectedClose: date('expected_close', { mode: 'string' }).notNull(),
    notes: text('notes'),
    accountId: uuid('account_id'),
    /** How the account was found: domain, name, fuzzy_name, or new (a new account was proposed). */
    accountMatch: text('account_match'),
    opportunityId: uuid('opportunity_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    protectedUntil: timestamp('protected_until', { withTimezone: true }),
    extended: boolean('extended').notNull().default(false),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('registrations_partner_idx').on(t.partnerId, t.createdAt, t.id),
    index('registrations_created_idx').on(t.createdAt, t.id),
    index('registrations_updated_idx').on(t.updatedAt, t.id),
    index('registrations_partner_updated_idx').on(t.partnerId, t.updatedAt, t.id),
    index('registrations_status_idx').on(t.status, t.createdAt, t.id),
    index('registrations_account_idx').on(t.accountId, t.status),
    index('registrations_protected_idx').on(t.status, t.protectedUntil),
    index('registrations_opportunity_idx').on(t.opportunityId),
  ],
);

/** Every decision, automatic or by a person: the rule, its version, what it saw and why. */
export const registrationDecisions = pgTable(
  'registration_decisions',
  {
    id: uuid('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    outcome: text('outcome').notNull(),
    ruleId: text('rule_id').notNull(),
    ruleSetId: uuid('rule_set_id'),
    ruleSetVersion: integer('rule_set_version'),
    reason: text('reason').notNull(),
    inputs: jsonb('inputs').notNull(),
    conflictRegistrationId: uuid('conflict_registration_id'),
    conflictOpportunityId: uuid('conflict_opportunity_id'),
    decidedBy: text('decided_by'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('registration_decisions_registration_idx').on(t.registrationId, t.at)],
);

export const registrationHistory = pgTable(
  'registration_history',
  {
    id: uuid('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason').notNull(),
    actorId: text('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('registration_history_registration_idx').on(t.registrationId, t.at)],
);

export const registrationDisputes = pgTable(
  'registration_disputes',
  {
    id: uuid('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    /** The status the registration had when disputed; an upheld decision returns it there. */
    disputedStatus: text('disputed_status').notNull(),
    status: text('status').notNull(),
    resolution: text('resolution'),
    openedBy: text('opened_by'),
    resolvedBy: text('resolved_by'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('registration_disputes_registration_idx').on(t.registrationId, t.openedAt)],
);

/** Rules of engagement as data: immutable versions, exactly one active. */
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    note: text('note'),
    config: jsonb('config').notNull(),
    active: boolean('active').notNull().default(false),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('rule_sets_version_idx').on(t.version),
    uniqueIndex('rule_sets_active_idx').on(t.active).where(sql`active`),
  ],
);
