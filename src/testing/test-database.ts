import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../platform/db/client.js';
import { migrateDatabase, migrationsFolder } from '../platform/db/migrate.js';

export interface TestDatabase {
  database: Database;
  dispose(): Promise<void>;
}

/** Changes whenever a migration does, so a stale template is never used. */
async function migrationsFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else hash.update(entry.name).update(await readFile(path));
    }
  };
  await walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

const TEMPLATE_CACHE = join(process.cwd(), 'node_modules', '.cache', 'trellis-test-db');

/**
 * PGlite: creating a cluster costs seconds, migrating it little, so the migrated cluster is dumped once
 * (per migrations fingerprint, shared by the test processes through a file) and each test file opens a
 * copy of it.
 */
export async function migratedPgliteTemplate(): Promise<Blob> {
  const file = join(TEMPLATE_CACHE, `pglite-${await migrationsFingerprint()}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const database = await openDatabase({});
    await migrateDatabase(database);
    const dump = await database.dumpDataDir!();
    await database.close();
    const bytes = new Uint8Array(await dump.arrayBuffer());
    await mkdir(TEMPLATE_CACHE, { recursive: true });
    // Written aside and renamed, so a process reading at the same time never sees half a file.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return new Blob([bytes]);
  }
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * PostgreSQL: a migrated template database per migrations fingerprint, created once by whichever test
 * process gets the advisory lock first; new test databases are copies of it.
 */
async function migratedPostgresTemplate(serverUrl: string): Promise<string> {
  const name = `trellis_template_${await migrationsFingerprint()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(724001)');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      // Templates of earlier migrations are of no more use.
      const stale = await admin.query(
        "SELECT datname FROM pg_database WHERE datname LIKE 'trellis\\_template\\_%' AND datname <> $1",
        [name],
      );
      for (const row of stale.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      const building = `${name}_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${building}`);
      const url = new URL(serverUrl);
      url.pathname = `/${building}`;
      const database = await openDatabase({ url: url.toString(), poolSize: 2 });
      await migrateDatabase(database);
      await database.close();
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(724001)').catch(() => undefined);
    await admin.end();
  }
  return name;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (created here, dropped after).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ loadDataDir: await migratedPgliteTemplate() });
    return { database, dispose: () => database.close() };
  }
  const template = await migratedPostgresTemplate(serverUrl);
  const name = `trellis_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 5 });
  return {
    database,
    async dispose() {
      await database.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
