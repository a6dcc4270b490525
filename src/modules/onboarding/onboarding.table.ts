import { sql } from 'drizzle-orm';
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
import { partners } from '../partners/partners.table.js';

/**
 * A checklist a partner follows when it enters onboarding: one per partner type, and one without a
 * type that serves every type that has none of its own. Steps are kept as a list (see TemplateStep).
 */
export const onboardingTemplates = pgTable(
  'onboarding_templates',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** Null for the default checklist. */
    partnerType: text('partner_type'),
    /** Days without progress after which an onboarding counts as stalled. */
    stalledAfterDays: integer('stalled_after_days').notNull(),
    steps: jsonb('steps').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('onboarding_templates_type_key').on(sql`coalesce(${t.partnerType}, '')`)],
);

/** One partner's onboarding: the checklist it was given, its progress and whether it has stalled. */
export const partnerOnboardings = pgTable(
  'partner_onboardings',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    templateId: uuid('template_id').references(() => onboardingTemplates.id, { onDelete: 'set null' }),
    templateName: text('template_name').notNull(),
    /** in_progress or completed. */
    status: text('status').notNull(),
    stalledAfterDays: integer('stalled_after_days').notNull(),
    doneCount: integer('done_count').notNull(),
    totalCount: integer('total_count').notNull(),
    /** Done steps as a share of all, 0–100 (for sorting). */
    percent: integer('percent').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    lastProgressAt: timestamp('last_progress_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** Set when flagged as stalled (and onboarding.stalled sent); cleared by the next progress. */
    stalledAt: timestamp('stalled_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('partner_onboardings_partner_key').on(t.partnerId),
    index('partner_onboardings_started_idx').on(t.startedAt, t.id),
    index('partner_onboardings_progress_idx').on(t.percent, t.id),
    index('partner_onboardings_last_progress_idx').on(t.lastProgressAt, t.id),
    index('partner_onboardings_open_idx')
      .on(t.lastProgressAt)
      .where(sql`status = 'in_progress' AND stalled_at IS NULL`),
  ],
);

/** The steps of one partner's onboarding, copied from its template when it started. */
export const onboardingSteps = pgTable(
  'onboarding_steps',
  {
    id: uuid('id').primaryKey(),
    onboardingId: uuid('onboarding_id')
      .notNull()
      .references(() => partnerOnboardings.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull(),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** automatic (completes on an event) or manual (ticked by a person). */
    kind: text('kind').notNull(),
    eventType: text('event_type'),
    required: boolean('required').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The user who ticked it, or null when an event completed it. */
    completedBy: uuid('completed_by'),
    /** The domain event that completed it. */
    completedByEventId: bigint('completed_by_event_id', { mode: 'number' }),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('onboarding_steps_key').on(t.onboardingId, t.key),
    index('onboarding_steps_waiting_idx')
      .on(t.partnerId, t.eventType)
      .where(sql`completed_at IS NULL AND event_type IS NOT NULL`),
  ],
);

/**
 * A partner's lifecycle milestones: when it first became active and when its first partner deal
 * closed won, for time to first revenue (days from the activation date to the first win's date).
 */
export const partnerMilestones = pgTable(
  'partner_milestones',
  {
    partnerId: uuid('partner_id')
      .primaryKey()
      .references(() => partners.id, { onDelete: 'cascade' }),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    /** The activation quarter, e.g. 2026-Q1. */
    cohort: text('cohort'),
    firstRevenueAt: timestamp('first_revenue_at', { withTimezone: true }),
    firstRevenueDealId: uuid('first_revenue_deal_id'),
    firstRevenueEventId: bigint('first_revenue_event_id', { mode: 'number' }),
    daysToFirstRevenue: integer('days_to_first_revenue'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('partner_milestones_cohort_idx').on(t.cohort, t.partnerId)],
);
