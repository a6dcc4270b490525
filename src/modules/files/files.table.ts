import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Uploaded files (campaign logos, MDF proof of performance), kept in the database so every server
 * process reads the same ones and a backup holds them too. The type is sniffed from the bytes.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey(),
    /** The partner whose file it is; null for the vendor's own. Partner users reach only their own. */
    partnerId: uuid('partner_id'),
    /** What it was uploaded for: `campaign_logo`, `template_image`, `mdf_proof` … (sets its limits). */
    purpose: text('purpose').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('stored_files_partner_idx').on(t.partnerId, t.createdAt)],
);
