import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../partners/partners.table.js';

/** A prospective partner: a public sign-up or one entered by vendor staff, until it becomes a partner. */
export const partnerApplications = pgTable(
  'partner_applications',
  {
    id: uuid('id').primaryKey(),
    status: text('status').notNull(),
    /** public_form or manual. */
    source: text('source').notNull(),
    companyName: text('company_name').notNull(),
    normalizedName: text('normalized_name').notNull(),
    website: text('website'),
    /** Registrable domain of the website, else of the contact's (non-free-mail) email address. */
    domain: text('domain'),
    country: text('country'),
    type: text('type').notNull(),
    regions: text('regions').array().notNull(),
    specializations: text('specializations').array().notNull(),
    employees: integer('employees'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    message: text('message'),
    ownerId: uuid('owner_id'),
    fitScore: integer('fit_score').notNull().default(0),
    fitReasons: jsonb('fit_reasons').notNull().default(sql`'[]'::jsonb`),
    /** An open application of the same company, or the partner it already is (never both). */
    duplicateOfApplicationId: uuid('duplicate_of_application_id'),
    duplicateOfPartnerId: uuid('duplicate_of_partner_id').references(() => partners.id, {
      onDelete: 'set null',
    }),
    rejectionReason: text('rejection_reason'),
    /** The partner the application became when it was signed. */
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('partner_applications_created_idx').on(t.createdAt, t.id),
    index('partner_applications_status_idx').on(t.status, t.createdAt, t.id),
    index('partner_applications_fit_idx').on(t.fitScore, t.id),
    index('partner_applications_name_idx').on(t.normalizedName, t.id),
    index('partner_applications_domain_idx').on(t.domain, t.status),
    index('partner_applications_regions_idx').using('gin', t.regions),
  ],
);

/** Every move of an application between stages, with who moved it and why. */
export const partnerApplicationHistory = pgTable(
  'partner_application_history',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => partnerApplications.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason').notNull(),
    actorId: text('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('partner_application_history_application_idx').on(t.applicationId, t.at)],
);
