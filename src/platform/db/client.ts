import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';

export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** Anything a query can run on: the database itself or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Runs `fn` while holding a cluster-wide lock, so only one process does it at a time. */
  withLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball, to open copies from. */
  dumpDataDir?: () => Promise<Blob | File>;
}

export interface OpenDatabaseOptions {
  /** postgres://… for a real PostgreSQL; otherwise PGlite. */
  url?: string | null;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string | null;
  /** A PGlite data directory dump (`dumpDataDir`) to start from instead of an empty cluster. */
  loadDataDir?: Blob;
  poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openPglite(options.dataDir ?? null, options.loadDataDir);
}

async function openPglite(dataDir: string | null, loadDataDir: Blob | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  yieldBeforeEachQuery(client);
  const db = drizzlePglite(client) as unknown as Db;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    db,
    kind: 'pglite',
    // PGlite serves one process, so an in-process queue is the whole lock.
    withLock(_key, fn) {
      const run = queue.then(fn, fn);
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

/**
 * PGlite runs every query on this thread. Yielding to the event loop before each one lets the server
 * take up new connections and other requests between queries, rather than only after a whole burst.
 */
function yieldBeforeEachQuery(client: PGlite): void {
  const runQuery = client.query.bind(client);
  client.query = (async (...args: Parameters<typeof runQuery>) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return runQuery(...args);
  }) as typeof client.query;
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover, terminated backend) is dropped by the pool
  // and replaced on the next query; without a listener the error would take the process down.
  pool.on('error', () => undefined);
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async withLock(key, fn) {
      const lockClient = await pool.connect();
      try {
        await lockClient.query('SELECT pg_advisory_lock($1)', [key]);
        return await fn();
      } finally {
        await lockClient.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
        lockClient.release();
      }
    },
    close: () => pool.end(),
  };
}
