import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client.js';
import { LOCK_KEYS } from './lock-keys.js';

/** The same committed SQL runs on PGlite and PostgreSQL (from src/ or dist/, both three levels down). */
export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations');

export async function migrateDatabase(database: Database): Promise<void> {
  await database.withLock(LOCK_KEYS.migrations, async () => {
    if (database.kind === 'pglite') {
      await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    } else {
      await migrateNodePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
    }
  });
}
