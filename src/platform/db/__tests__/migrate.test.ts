import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.js';
import { openDatabase } from '../client.js';
import { migrateDatabase, migrationsFolder } from '../migrate.js';
import { queryRows } from '../rows.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.dispose());

const EXPECTED_TABLES = [
  'accounts',
  'api_keys',
  'audit_log',
  'ipp_criteria',
  'partner_contacts',
  'partner_stage_history',
  'partners',
  'sessions',
  'users',
];

async function tables(): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    t.database.db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function appliedMigrations(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
  );
  return Number(row!.n);
}

describe('migrations', () => {
  it('create the expected tables', async () => {
    expect(await tables()).toEqual(expect.arrayContaining(EXPECTED_TABLES));
  });

  it('record each committed migration once', async () => {
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    expect(journal.entries.length).toBeGreaterThanOrEqual(2);
    expect(await appliedMigrations()).toBe(journal.entries.length);
  });

  it('install pg_trgm for name search', async () => {
    const rows = await queryRows<{ extname: string }>(
      t.database.db,
      sql`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`,
    );
    expect(rows).toHaveLength(1);
  });

  it('create the unique and search indexes', async () => {
    const rows = await queryRows<{ indexname: string }>(
      t.database.db,
      sql`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`,
    );
    const names = rows.map((r) => r.indexname);
    expect(names).toEqual(
      expect.arrayContaining([
        'users_email_key',
        'api_keys_secret_key',
        'partners_name_trgm_idx',
        'partners_domains_idx',
        'audit_log_entity_idx',
      ]),
    );
  });

  it('is a no-op the second time: same tables, same history, data kept', async () => {
    await t.database.db.execute(
      sql`INSERT INTO audit_log (at, actor_type, action, entity_type, entity_id) VALUES (now(), 'system', 'test.keep', 'test', 'x')`,
    );
    const tablesBefore = await tables();
    const migrationsBefore = await appliedMigrations();
    await migrateDatabase(t.database);
    await migrateDatabase(t.database);
    expect(await tables()).toEqual(tablesBefore);
    expect(await appliedMigrations()).toBe(migrationsBefore);
    const kept = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.keep'`,
    );
    expect(Number(kept[0]!.n)).toBe(1);
  });

  it('survives two processes migrating at once', async () => {
    const migrationsBefore = await appliedMigrations();
    if (t.database.kind === 'postgres') {
      const [{ name } = { name: '' }] = await queryRows<{ name: string }>(
        t.database.db,
        sql`SELECT current_database() AS name`,
      );
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      const other = await openDatabase({ url: url.toString(), poolSize: 2 });
      try {
        await Promise.all([migrateDatabase(t.database), migrateDatabase(other)]);
      } finally {
        await other.close();
      }
    } else {
      await Promise.all([migrateDatabase(t.database), migrateDatabase(t.database)]);
    }
    expect(await appliedMigrations()).toBe(migrationsBefore);
  });
});
