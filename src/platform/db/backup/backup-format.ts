import { z } from 'zod';

export const BACKUP_FORMAT = 'trellis-backup';
export const BACKUP_VERSION = 1;

/**
 * A backup is gzip-compressed JSON lines: this header first, then for each table in dependency order
 * its rows in chunks `{ "table": …, "rows": [ … ] }` (each row as PostgreSQL's row_to_json writes it).
 * The same file restores into PGlite or PostgreSQL.
 */
export const ZBackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  /** Where it was taken from: pglite or postgres. */
  source: z.string(),
  /** Hashes of the migrations applied when it was taken: a restore needs the same schema. */
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
});
export type BackupHeader = z.infer<typeof ZBackupHeader>;

export const ZBackupChunk = z.object({
  table: z.string(),
  rows: z.array(z.record(z.string(), z.unknown())),
});

/** Rows per chunk line, written and restored together. */
export const CHUNK_ROWS = 500;
