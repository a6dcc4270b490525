import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A CRM import: the uploaded file, its column mapping, and the per-row report of its runs. */
export const crmImports = pgTable(
  'crm_imports',
  {
    id: uuid('id').primaryKey(),
    /** salesforce | hubspot */
    source: text('source').notNull(),
    /** accounts | contacts | opportunities */
    object: text('object').notNull(),
    /** csv | json */
    format: text('format').notNull(),
    fileId: uuid('file_id').notNull(),
    fileName: text('file_name').notNull(),
    /** { trellisField: sourceColumn } */
    mapping: jsonb('mapping').notNull(),
    /** uploaded | previewed | applied */
    status: text('status').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    /** { created, updated, unchanged, failed, errors: [{ row, field, reason }] } from the last run */
    report: jsonb('report'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
  },
  (t) => [index('crm_imports_created_idx').on(t.createdAt, t.id)],
);

/** A deal shared with a cloud provider's co-sell program, and the cloud side's view of it. */
export const cloudReferrals = pgTable(
  'cloud_referrals',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id').notNull(),
    registrationId: uuid('registration_id'),
    /** aws_partner_central | aws_ace_legacy | microsoft_partner_center */
    format: text('format').notNull(),
    /** The provider's id once known (AWS opportunity id, Microsoft referral id). */
    cloudId: text('cloud_id'),
    cloudStatus: text('cloud_status'),
    cloudStage: text('cloud_stage'),
    /** The payload last exported, as sent. */
    lastPayload: jsonb('last_payload'),
    exportedAt: timestamp('exported_at', { withTimezone: true }),
    lastUpdateAt: timestamp('last_update_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('cloud_referrals_deal_format_key').on(t.opportunityId, t.format),
    index('cloud_referrals_cloud_idx').on(t.format, t.cloudId),
  ],
);
