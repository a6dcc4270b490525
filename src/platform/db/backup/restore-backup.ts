import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../client.js';
import { queryRows } from '../rows.js';
import { type BackupHeader, ZBackupChunk, ZBackupHeader } from './backup-format.js';
import { appliedMigrations, quoteIdent, tablesInDependencyOrder } from './backup-tables.js';

export interface RestoreBackupOptions {
  /** Empty every table first; without it the target must hold no rows at all. */
  replace?: boolean;
  onProgress?(doneRows: number, totalRows: number): void;
}

export class BackupRestoreError extends Error {}

function parseLine<T>(line: string, what: string, parse: (value: unknown) => T): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupRestoreError(`The backup is damaged: ${what} is not JSON`);
  }
  try {
    return parse(value);
  } catch {
    throw new BackupRestoreError(`The backup is damaged: ${what} is not in the backup format`);
  }
}

async function checkTarget(tx: Executor, header: BackupHeader, replace: boolean): Promise<string[]> {
  const migrations = await appliedMigrations(tx);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
    throw new BackupRestoreError(
      `The backup was taken at schema version ${header.migrations.length} and this database is at ${migrations.length}: restore with the Trellis version that took it, then upgrade`,
    );
  }
  const tables = await tablesInDependencyOrder(tx);
  const unknown = header.tables.map((t) => t.name).filter((name) => !tables.includes(name));
  if (unknown.length)
    throw new BackupRestoreError(`The backup has tables this database lacks: ${unknown.join(', ')}`);
  if (!replace) {
    for (const table of tables) {
      const [row] = await queryRows<{ any: boolean }>(
        tx,
        sql.raw(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS any`),
      );
      if (row!.any) {
        throw new BackupRestoreError(
          `The database already holds data (table ${table}); restore into an empty database or pass --replace`,
        );
      }
    }
  }
  return tables;
}

/** Sets every serial column's sequence past the restored rows, so new rows get fresh ids. */
async function resetSequences(tx: Executor, tables: string[]): Promise<void> {
  for (const table of tables) {
    const serials = await queryRows<{ column_name: string; seq: string }>(
      tx,
      sql`SELECT column_name, pg_get_serial_sequence(${quoteIdent(table)}, column_name) AS seq
          FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = ${table}
            AND pg_get_serial_sequence(${quoteIdent(table)}, column_name) IS NOT NULL`,
    );
    for (const { column_name, seq } of serials) {
      await tx.execute(
        sql.raw(
          `SELECT setval('${seq.replaceAll("'", "''")}', coalesce((SELECT max(${quoteIdent(column_name)}) FROM ${quoteIdent(table)}), 0) + 1, false)`,
        ),
      );
    }
  }
}

/**
 * Restores a backup in one transaction: the schema versions must match, the target must be empty (or
 * is emptied with `replace`), every row goes back in dependency order, the row counts must match the
 * header, and sequences continue after the restored ids. Any problem rolls the whole restore back.
 */
export async function restoreBackup(
  database: Database,
  lines: AsyncIterable<string>,
  options: RestoreBackupOptions = {},
): Promise<BackupHeader> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done || !first.value.trim()) throw new BackupRestoreError('The backup is empty');
  const header = parseLine(first.value, 'its header', (v) => ZBackupHeader.parse(v));
  const expected = new Map(header.tables.map((t) => [t.name, t.rows]));
  const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
  await database.db.transaction(async (tx) => {
    const tables = await checkTarget(tx, header, options.replace ?? false);
    if (options.replace) await tx.execute(sql.raw(`TRUNCATE ${tables.map(quoteIdent).join(', ')}`));
    const restored = new Map<string, number>();
    let done = 0;
    options.onProgress?.(0, total);
    for (let lineNo = 2; ; lineNo++) {
      const next = await iterator.next();
      if (next.done) break;
      if (!next.value.trim()) continue;
      const chunk = parseLine(next.value, `line ${lineNo}`, (v) => ZBackupChunk.parse(v));
      if (!expected.has(chunk.table)) {
        throw new BackupRestoreError(
          `The backup is damaged: line ${lineNo} names table ${chunk.table}, not in its header`,
        );
      }
      await tx.execute(
        sql`INSERT INTO ${sql.raw(quoteIdent(chunk.table))}
            SELECT * FROM json_populate_recordset(NULL::${sql.raw(quoteIdent(chunk.table))}, ${JSON.stringify(chunk.rows)}::json)`,
      );
      restored.set(chunk.table, (restored.get(chunk.table) ?? 0) + chunk.rows.length);
      done += chunk.rows.length;
      options.onProgress?.(done, total);
    }
    const short = [...expected].filter(([name, rows]) => (restored.get(name) ?? 0) !== rows);
    if (short.length) {
      throw new BackupRestoreError(
        `The backup is incomplete: ${short.map(([name, rows]) => `${name} has ${restored.get(name) ?? 0} of ${rows} rows`).join('; ')}`,
      );
    }
    await resetSequences(tx, tables);
  });
  return header;
}
