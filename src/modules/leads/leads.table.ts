import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table.js';
import { registrations } from '../deals/registrations.table.js';
import { partnerCampaigns } from '../marketing/marketing.table.js';
import { partners } from '../partners/partners.table.js';

/**
 * A sales lead: captured on a campaign landing page, imported, or entered by hand; deduplicated against
 * the vendor's accounts and earlier leads; offered to partners by the routing rules.
 */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey(),
    /** campaign | import | manual */
    source: text('source').notNull(),
    campaignId: uuid('campaign_id').references(() => partnerCampaigns.id, { onDelete: 'set null' }),
    /** The partner whose campaign captured it (it is offered to that partner first). */
    sourcePartnerId: uuid('source_partner_id').references(() => partners.id, { onDelete: 'set null' }),
    /** The id in the system it was imported from, so re-importing updates instead of duplicating. */
    externalId: text('external_id'),
    companyName: text('company_name').notNull(),
    domain: text('domain'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone').notNull().default(''),
    contactTitle: text('contact_title').notNull().default(''),
    country: text('country'),
    region: text('region'),
    /** What the buyer needs, as partner specializations (security, data-analytics …). */
    interests: text('interests').array().notNull().default([]),
    productLines: text('product_lines').array().notNull().default([]),
    estimatedAmountMinor: bigint('estimated_amount_minor', { mode: 'number' }),
    currency: text('currency'),
    /** 0–100: how promising the lead is (set by the vendor or the capture rules). */
    score: integer('score').notNull().default(50),
    message: text('message').notNull().default(''),
    /** new | offered | accepted | converted | unassignable | disqualified | duplicate */
    status: text('status').notNull(),
    /** The vendor account it matched, when it did. */
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    duplicateOfId: uuid('duplicate_of_id'),
    /** The partner that holds it now (accepted or offered). */
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    registrationId: uuid('registration_id').references(() => registrations.id, { onDelete: 'set null' }),
    disqualifiedReason: text('disqualified_reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('leads_status_idx').on(t.status, t.createdAt),
    index('leads_updated_idx').on(t.updatedAt, t.id),
    index('leads_partner_idx').on(t.partnerId, t.status),
    index('leads_email_idx').on(t.contactEmail),
    uniqueIndex('leads_external_id_idx').on(t.source, t.externalId),
  ],
);

/** Each time a lead was offered to a partner, and how the partner answered within the SLA. */
export const leadOffers = pgTable(
  'lead_offers',
  {
    id: uuid('id').primaryKey(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** pending | accepted | declined | expired | withdrawn */
    status: text('status').notNull(),
    /** Why this partner: the routing rule's scores and the tie-break, readable. */
    reason: jsonb('reason').notNull(),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedBy: uuid('responded_by'),
    declineReason: text('decline_reason'),
  },
  (t) => [
    index('lead_offers_lead_idx').on(t.leadId, t.offeredAt),
    index('lead_offers_partner_idx').on(t.partnerId, t.status, t.offeredAt),
    index('lead_offers_due_idx').on(t.status, t.dueAt),
  ],
);

/** The program's lead routing rules: one row, absent until the vendor changes the defaults. */
export const leadRoutingSettings = pgTable('lead_routing_settings', {
  id: text('id').primaryKey(),
  rules: jsonb('rules').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
