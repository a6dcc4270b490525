import { sql } from 'drizzle-orm';
import { quoteIdent } from '../platform/db/backup/backup-tables.js';
import type { Executor } from '../platform/db/client.js';
import { queryRows } from '../platform/db/rows.js';

/** Row count and an order-independent hash of every row of one table. */
export interface TableState {
  rows: number;
  hash: string;
}

/** Keyed by "schema.table". */
export type DatabaseSnapshot = Record<string, TableState>;

export interface SnapshotOptions {
  /** Columns left out of the hash, keyed by "table" or "schema.table" (e.g. api_keys.last_used_at). */
  ignoreColumns?: Record<string, readonly string[]>;
}

const tableLists = new WeakMap<object, Array<{ schema: string; table: string }>>();

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

async function listTables(db: Executor): Promise<Array<{ schema: string; table: string }>> {
  const cached = tableLists.get(db);
  if (cached) return cached;
  const rows = await queryRows<{ table_schema: string; table_name: string }>(
    db,
    sql`SELECT table_schema, table_name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE'
          AND table_schema NOT IN ('pg_catalog', 'information_schema')
          AND table_schema NOT LIKE 'pg\_%'
        ORDER BY table_schema, table_name`,
  );
  const tables = rows.map((r) => ({ schema: r.table_schema, table: r.table_name }));
  tableLists.set(db, tables);
  return tables;
}

/**
 * The state of every table in the database (found through information_schema, so tables added later
 * are covered without changing this), in one query. Compare two snapshots to prove a request wrote
 * nothing.
 */
export async function snapshotDatabase(
  db: Executor,
  options: SnapshotOptions = {},
): Promise<DatabaseSnapshot> {
  const tables = await listTables(db);
  if (!tables.length) throw new Error('The database has no tables to snapshot');
  const parts = tables.map(({ schema, table }) => {
    const ignored = options.ignoreColumns?.[`${schema}.${table}`] ?? options.ignoreColumns?.[table] ?? [];
    const minus = ignored.length ? ` - ARRAY[${ignored.map(literal).join(', ')}]::text[]` : '';
    return `SELECT ${literal(`${schema}.${table}`)} AS name, count(*)::int AS n,
      coalesce(md5(string_agg(r.h, '' ORDER BY r.h)), '') AS hash
      FROM (SELECT md5((to_jsonb(t)${minus})::text) AS h FROM ${quoteIdent(schema)}.${quoteIdent(table)} t) r`;
  });
  const rows = await queryRows<{ name: string; n: number | string; hash: string }>(
    db,
    sql.raw(parts.join('\nUNION ALL\n')),
  );
  const snapshot: DatabaseSnapshot = {};
  for (const row of rows) snapshot[row.name] = { rows: Number(row.n), hash: row.hash };
  return snapshot;
}

/** Human-readable differences between two snapshots; empty when nothing changed. */
export function diffSnapshots(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: string[] = [];
  for (const name of names) {
    const a = before[name];
    const b = after[name];
    if (!a || !b) changes.push(`${name}: table ${a ? 'dropped' : 'created'}`);
    else if (a.rows !== b.rows) changes.push(`${name}: ${a.rows} → ${b.rows} rows`);
    else if (a.hash !== b.hash) changes.push(`${name}: rows changed`);
  }
  return changes;
}
