import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { partners } from '../partners/partners.table.js';

/**
 * A partner satisfaction survey: 1–5 questions, the 0–10 recommend question and free text, sent on a
 * schedule or after an event (onboarding completed, dispute closed) to the partner users it targets.
 */
export const surveys = pgTable('surveys', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** [{ key, text }] rated 1–5. */
  questions: jsonb('questions').notNull(),
  recommendQuestion: text('recommend_question').notNull(),
  commentQuestion: text('comment_question').notNull(),
  /** schedule | onboarding.completed | registration.dispute_resolved … */
  trigger: text('trigger').notNull(),
  /** For scheduled surveys: every how many days each partner user is asked. */
  intervalDays: integer('interval_days'),
  /** partner_admin and/or partner_rep */
  roles: text('roles').array().notNull(),
  /** Days an invitation stays open. */
  responseDays: integer('response_days').notNull(),
  /** draft | active | paused | closed */
  status: text('status').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** One partner user asked to answer one survey once. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** Why it was sent: `schedule:<date>` or `<event type>:<event id>` (one invitation per reason). */
    triggerKey: text('trigger_key').notNull(),
    /** pending | answered | expired */
    status: text('status').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_invitations_key_idx').on(t.surveyId, t.userId, t.triggerKey),
    index('survey_invitations_user_idx').on(t.userId, t.status),
    index('survey_invitations_partner_idx').on(t.partnerId, t.sentAt),
  ],
);

/** An answered survey (at most one per invitation). */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => surveyInvitations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    /** { questionKey: 1–5 } */
    ratings: jsonb('ratings').notNull(),
    recommend: integer('recommend').notNull(),
    comment: text('comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('survey_responses_invitation_idx').on(t.invitationId),
    index('survey_responses_partner_idx').on(t.partnerId, t.submittedAt),
    index('survey_responses_survey_idx').on(t.surveyId, t.submittedAt),
  ],
);

/**
 * Portal activity for the engagement score: which areas of the portal each partner user worked in on
 * each day (recorded once per user, day and area).
 */
export const portalActivity = pgTable(
  'portal_activity',
  {
    userId: uuid('user_id').notNull(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    /** The capability used: deals, registrations, learning, campaigns, leads, mdf, mapping … */
    area: text('area').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.day, t.area] }),
    index('portal_activity_partner_idx').on(t.partnerId, t.day),
  ],
);
