import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { storedFiles } from '../files/files.table.js';
import { partners } from '../partners/partners.table.js';

/**
 * A campaign the vendor publishes for partners to co-brand: an email, a landing page or a social post,
 * whose body names co-branding slots ({{partner.name}}, {{partner.logo}}, {{contact.name}}, {{offer}} …).
 */
export const campaignTemplates = pgTable(
  'campaign_templates',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** email | landing_page | social_post */
    kind: text('kind').notNull(),
    description: text('description').notNull().default(''),
    /** Email subject line or social post headline (may hold slots). */
    subject: text('subject').notNull().default(''),
    /** The body, in the template language (Markdown with slots); rendered and escaped server-side. */
    body: text('body').notNull(),
    /** Where the call to action leads (tracked per partner campaign). */
    ctaUrl: text('cta_url'),
    ctaLabel: text('cta_label').notNull().default(''),
    /** The offer text a partner starts from. */
    defaultOffer: text('default_offer').notNull().default(''),
    heroImageFileId: uuid('hero_image_file_id').references(() => storedFiles.id),
    /** Who may use it: { partnerTypes: [], tiers: [] } (empty = everyone). */
    audience: jsonb('audience').notNull(),
    productLines: text('product_lines').array().notNull().default([]),
    /** draft | published | archived */
    status: text('status').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('campaign_templates_status_idx').on(t.status, t.createdAt)],
);

/** A partner's personalized copy of a template, launched under a public slug. */
export const partnerCampaigns = pgTable(
  'partner_campaigns',
  {
    id: uuid('id').primaryKey(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => campaignTemplates.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Public, unguessable path segment of the landing page and tracked links. */
    slug: text('slug').notNull(),
    logoFileId: uuid('logo_file_id').references(() => storedFiles.id),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    offerText: text('offer_text').notNull().default(''),
    /** draft | launched | paused | ended */
    status: text('status').notNull(),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('partner_campaigns_slug_idx').on(t.slug),
    index('partner_campaigns_partner_idx').on(t.partnerId, t.createdAt),
    index('partner_campaigns_template_idx').on(t.templateId),
  ],
);

/** A tracked link of a partner campaign: `/t/<code>` records a click and redirects to the destination. */
export const campaignLinks = pgTable(
  'campaign_links',
  {
    code: text('code').primaryKey(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => partnerCampaigns.id, { onDelete: 'cascade' }),
    /** cta | landing_page | custom */
    purpose: text('purpose').notNull(),
    destinationUrl: text('destination_url').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('campaign_links_campaign_idx').on(t.campaignId)],
);

/** Visits, clicks and form fills, attributed to the partner and the campaign. */
export const campaignTouches = pgTable(
  'campaign_touches',
  {
    id: uuid('id').primaryKey(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => partnerCampaigns.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull(),
    /** view | click | form_fill */
    kind: text('kind').notNull(),
    linkCode: text('link_code'),
    leadId: uuid('lead_id'),
    /** A keyed hash of the visitor's address and agent for the day (counts unique visitors, stores no IP). */
    visitorKey: text('visitor_key').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('campaign_touches_campaign_idx').on(t.campaignId, t.kind, t.occurredAt),
    index('campaign_touches_partner_idx').on(t.partnerId, t.occurredAt),
  ],
);

/**
 * The random key of one day's visitor hashes. Visitor keys are HMACs of address, agent and day under
 * that day's key; once a day's key is deleted, nobody can test a guessed address against its hashes.
 */
export const campaignVisitorSalts = pgTable('campaign_visitor_salts', {
  day: date('day', { mode: 'string' }).primaryKey(),
  salt: text('salt').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
