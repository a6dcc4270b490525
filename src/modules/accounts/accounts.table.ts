import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    normalizedName: text('normalized_name').notNull(),
    /** companyMatchKey of the normalized name: exact and fuzzy name matching read this. */
    matchKey: text('match_key').notNull().default(''),
    domains: text('domains').array().notNull(),
    country: text('country'),
    industry: text('industry'),
    employees: integer('employees'),
    ownerId: uuid('owner_id'),
    status: text('status').notNull(),
    externalIds: jsonb('external_ids').notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('accounts_name_idx').on(t.normalizedName, t.id),
    index('accounts_match_key_idx').on(t.matchKey),
    index('accounts_created_idx').on(t.createdAt, t.id),
    index('accounts_updated_idx').on(t.updatedAt, t.id),
    index('accounts_status_idx').on(t.status, t.normalizedName, t.id),
    index('accounts_owner_idx').on(t.ownerId),
    index('accounts_domains_idx').using('gin', t.domains),
    index('accounts_name_trgm_idx').using('gin', sql`${t.normalizedName} gin_trgm_ops`),
  ],
);

/** People at a vendor account, as the CRM holds them (imported and synced by external id). */
export const accountContacts = pgTable(
  'account_contacts',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    firstName: text('first_name'),
    lastName: text('last_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    title: text('title'),
    /** { salesforce: '003…', hubspot: '…' } */
    externalIds: jsonb('external_ids').notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('account_contacts_account_idx').on(t.accountId, t.lastName, t.id),
    index('account_contacts_email_idx').on(t.email),
    index('account_contacts_updated_idx').on(t.updatedAt, t.id),
    index('account_contacts_external_idx').using('gin', t.externalIds),
  ],
);
