import { isAbsolute, relative } from 'node:path';
import { backfillAccountMatchKeys } from '../modules/accounts/backfill-match-keys.js';
import type { Config } from '../platform/config.js';
import { type Database, openDatabase } from '../platform/db/client.js';
import { migrateDatabase } from '../platform/db/migrate.js';

/** Where the data lives, for people: the PGlite directory, or the PostgreSQL host and database without credentials. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) {
    const inside = relative(process.cwd(), config.dataDir);
    return `PGlite in ${inside.startsWith('..') || isAbsolute(inside) ? config.dataDir : inside || '.'}`;
  }
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in the data dir) and migrates it. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  let database: Database;
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open the database (${describeDatabase(config)}): ${reason}`, { cause: error });
  }
  try {
    await migrateDatabase(database);
    await backfillAccountMatchKeys(database.db);
    return database;
  } catch (error) {
    await database.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot migrate the database (${describeDatabase(config)}): ${reason}`, { cause: error });
  }
}
