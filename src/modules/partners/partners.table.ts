import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    normalizedName: text('normalized_name').notNull(),
    type: text('type').notNull(),
    stage: text('stage').notNull(),
    tier: text('tier'),
    website: text('website'),
    domains: text('domains').array().notNull(),
    regions: text('regions').array().notNull(),
    specializations: text('specializations').array().notNull(),
    country: text('country'),
    employees: integer('employees'),
    description: text('description'),
    ownerId: uuid('owner_id'),
    certifiedCount: integer('certified_count').notNull().default(0),
    overlapCount: integer('overlap_count').notNull().default(0),
    fitScore: integer('fit_score').notNull().default(0),
    fitReasons: jsonb('fit_reasons').notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('partners_name_idx').on(t.normalizedName, t.id),
    index('partners_created_idx').on(t.createdAt, t.id),
    index('partners_updated_idx').on(t.updatedAt, t.id),
    index('partners_fit_idx').on(t.fitScore, t.id),
    index('partners_stage_idx').on(t.stage, t.normalizedName, t.id),
    index('partners_type_idx').on(t.type, t.normalizedName, t.id),
    index('partners_owner_idx').on(t.ownerId),
    index('partners_regions_idx').using('gin', t.regions),
    index('partners_domains_idx').using('gin', t.domains),
    index('partners_name_trgm_idx').using('gin', sql`${t.normalizedName} gin_trgm_ops`),
  ],
);

export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    title: text('title'),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('partner_contacts_partner_idx').on(t.partnerId, t.name, t.id),
    index('partner_contacts_updated_idx').on(t.partnerId, t.updatedAt, t.id),
  ],
);

export const partnerStageHistory = pgTable(
  'partner_stage_history',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    reason: text('reason').notNull(),
    actorId: text('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('partner_stage_history_partner_idx').on(t.partnerId, t.at)],
);
