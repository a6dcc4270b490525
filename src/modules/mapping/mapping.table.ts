import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table.js';
import { partners } from '../partners/partners.table.js';

/** A partner's own account list (its customers and prospects), as it uploaded it, with the keys matched on. */
export const partnerAccounts = pgTable(
  'partner_accounts',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** The partner's id for the record ("line N" when its file had none). */
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    website: text('website'),
    /** Registrable domain key, null when the row gave none. */
    domain: text('domain'),
    /** Normalized name key, null when the name is too generic to match on. */
    nameKey: text('name_key'),
    population: text('population').notNull(),
    country: text('country'),
    industry: text('industry'),
    importId: uuid('import_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('partner_accounts_external_idx').on(t.partnerId, t.externalId),
    index('partner_accounts_population_idx').on(t.partnerId, t.population, t.name, t.id),
  ],
);

/** One upload of an account list: what was read, kept and rejected, row by row. */
export const mappingImports = pgTable(
  'mapping_imports',
  {
    id: uuid('id').primaryKey(),
    side: text('side').notNull(),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    fileName: text('file_name'),
    mode: text('mode').notNull(),
    status: text('status').notNull(),
    rowsRead: integer('rows_read').notNull(),
    rowsAccepted: integer('rows_accepted').notNull(),
    rowsRejected: integer('rows_rejected').notNull(),
    created: integer('created').notNull(),
    updated: integer('updated').notNull(),
    removed: integer('removed').notNull(),
    columns: jsonb('columns').notNull(),
    rejections: jsonb('rejections').notNull().default(sql`'[]'::jsonb`),
    notices: jsonb('notices').notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mapping_imports_partner_idx').on(t.partnerId, t.createdAt)],
);

/** A population a side defines beyond the standard ones: a base population narrowed by country and industry. */
export const mappingPopulations = pgTable(
  'mapping_populations',
  {
    id: uuid('id').primaryKey(),
    side: text('side').notNull(),
    /** The partner that defined it; null for the vendor's, which apply to every partner. */
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    base: text('base').notNull(),
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    industries: text('industries').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mapping_populations_owner_idx').on(t.side, t.partnerId)],
);

/** What one side shows the other of one population, per partner relationship. No row: hidden. */
export const mappingSharing = pgTable(
  'mapping_sharing',
  {
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    side: text('side').notNull(),
    population: text('population').notNull(),
    level: text('level').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.side, t.population] })],
);

/** The matches of a partner's accounts against the vendor's, as of the partner's last refresh. */
export const accountMatches = pgTable(
  'account_matches',
  {
    partnerId: uuid('partner_id').notNull(),
    partnerAccountId: uuid('partner_account_id')
      .notNull()
      .references(() => partnerAccounts.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    rule: text('rule').notNull(),
    confidence: real('confidence').notNull(),
    matchedAt: timestamp('matched_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerAccountId, t.accountId] }),
    index('account_matches_partner_idx').on(t.partnerId, t.accountId),
    index('account_matches_account_idx').on(t.accountId),
  ],
);

/** When each partner's matches were last computed, and their size. */
export const mappingStates = pgTable('mapping_states', {
  partnerId: uuid('partner_id')
    .primaryKey()
    .references(() => partners.id, { onDelete: 'cascade' }),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  vendorAccounts: integer('vendor_accounts').notNull(),
  partnerAccounts: integer('partner_accounts').notNull(),
  matches: integer('matches').notNull(),
  durationMs: integer('duration_ms').notNull(),
});

/** A side's account list submitted as keyed hashes only: one current list per side and partner. */
export const hashedAccountLists = pgTable(
  'hashed_account_lists',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    side: text('side').notNull(),
    /** Identifies the secret both sides hashed with (never the secret): lists with different ones never match. */
    keyFingerprint: text('key_fingerprint').notNull(),
    rows: integer('rows').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('hashed_account_lists_side_idx').on(t.partnerId, t.side)],
);

export const hashedAccounts = pgTable(
  'hashed_accounts',
  {
    listId: uuid('list_id')
      .notNull()
      .references(() => hashedAccountLists.id, { onDelete: 'cascade' }),
    ref: text('ref').notNull(),
    population: text('population').notNull(),
    domainHash: text('domain_hash'),
    nameHash: text('name_hash'),
  },
  (t) => [primaryKey({ columns: [t.listId, t.ref] })],
);
