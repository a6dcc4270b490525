import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** The vendor's opportunities: the direct pipeline, and the co-sell deals partners work on. */
export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    stage: text('stage').notNull(),
    closeDate: date('close_date', { mode: 'string' }).notNull(),
    ownerId: uuid('owner_id'),
    productLines: text('product_lines').array().notNull(),
    /** direct: the vendor's own pipeline; partner: created from an approved registration. */
    source: text('source').notNull(),
    nextSteps: text('next_steps'),
    externalIds: jsonb('external_ids').notNull().default(sql`'{}'::jsonb`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('opportunities_account_idx').on(t.accountId, t.stage),
    index('opportunities_created_idx').on(t.createdAt, t.id),
    index('opportunities_updated_idx').on(t.updatedAt, t.id),
    index('opportunities_close_idx').on(t.closeDate, t.id),
    index('opportunities_owner_idx').on(t.ownerId),
  ],
);

export const dealPartners = pgTable(
  'deal_partners',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull(),
    role: text('role').notNull(),
    registrationId: uuid('registration_id'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('deal_partners_unique_idx').on(t.opportunityId, t.partnerId),
    index('deal_partners_partner_idx').on(t.partnerId, t.opportunityId),
  ],
);

export const dealNotes = pgTable(
  'deal_notes',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    authorId: text('author_id'),
    authorPartnerId: uuid('author_partner_id'),
    body: text('body').notNull(),
    /** Internal notes are the vendor's only; partners never see them. */
    internal: boolean('internal').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('deal_notes_opportunity_idx').on(t.opportunityId, t.createdAt)],
);

export const dealTasks = pgTable(
  'deal_tasks',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    assigneeId: uuid('assignee_id'),
    dueDate: date('due_date', { mode: 'string' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('deal_tasks_opportunity_idx').on(t.opportunityId, t.createdAt)],
);

/** The timeline both sides read: every change on the deal, in words. */
export const dealActivities = pgTable(
  'deal_activities',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    summary: text('summary').notNull(),
    actorId: text('actor_id'),
    partnerId: uuid('partner_id'),
    /** Vendor-only entries (internal notes) are hidden from partners. */
    internal: boolean('internal').notNull().default(false),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('deal_activities_opportunity_idx').on(t.opportunityId, t.at)],
);

/** Partner touches on a deal: the events attribution credits. */
export const touchpoints = pgTable(
  'touchpoints',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    index('touchpoints_opportunity_idx').on(t.opportunityId, t.occurredAt),
    index('touchpoints_partner_idx').on(t.partnerId, t.occurredAt),
  ],
);

export const privateOffers = pgTable(
  'private_offers',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    marketplace: text('marketplace').notNull(),
    listing: text('listing').notNull(),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    terms: text('terms').notNull(),
    durationMonths: bigint('duration_months', { mode: 'number' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    status: text('status').notNull(),
    /** Set when the offer goes through a channel partner (CPPO). */
    channelPartnerId: uuid('channel_partner_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('private_offers_opportunity_idx').on(t.opportunityId, t.createdAt)],
);

/** A vendor rep's co-sell credit for a deal won with partners; the incentives ledger reads it. */
export const repCredits = pgTable(
  'rep_credits',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    repId: uuid('rep_id').notNull(),
    partnerIds: uuid('partner_ids').array().notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('rep_credits_opportunity_idx').on(t.opportunityId),
    index('rep_credits_rep_idx').on(t.repId, t.at),
  ],
);
