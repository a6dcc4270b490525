import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { queryRows } from '../rows.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, CHUNK_ROWS } from './backup-format.js';
import { appliedMigrations, quoteIdent, tablesInDependencyOrder } from './backup-tables.js';

export interface WriteBackupOptions {
  /** Receives each line of the backup (without the newline); awaited, so a slow sink holds the reading. */
  writeLine(line: string): Promise<void>;
  onProgress?(doneRows: number, totalRows: number): void;
  now?: Date;
}

/**
 * Writes every row of every application table as one consistent snapshot (a repeatable-read, read-only
 * transaction), reading each table through a cursor so memory stays flat however large it is.
 */
export async function writeBackup(database: Database, options: WriteBackupOptions): Promise<BackupHeader> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
    const names = await tablesInDependencyOrder(tx);
    const tables = [];
    for (const name of names) {
      const [count] = await queryRows<{ n: number }>(
        tx,
        sql.raw(`SELECT count(*)::int AS n FROM ${quoteIdent(name)}`),
      );
      tables.push({ name, rows: Number(count!.n) });
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      source: database.kind,
      migrations: await appliedMigrations(tx),
      tables,
    };
    await options.writeLine(JSON.stringify(header));
    const total = tables.reduce((sum, t) => sum + t.rows, 0);
    let done = 0;
    options.onProgress?.(0, total);
    for (const { name, rows } of tables) {
      if (rows === 0) continue;
      await tx.execute(
        sql.raw(
          `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quoteIdent(name)} t`,
        ),
      );
      for (;;) {
        const batch = await queryRows<{ j: string }>(tx, sql.raw(`FETCH ${CHUNK_ROWS} FROM backup_rows`));
        if (batch.length === 0) break;
        await options.writeLine(
          `{"table":${JSON.stringify(name)},"rows":[${batch.map((r) => r.j).join(',')}]}`,
        );
        done += batch.length;
        options.onProgress?.(done, total);
      }
      await tx.execute(sql`CLOSE backup_rows`);
    }
    return header;
  });
}
