import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Database, openDatabase } from '../src/platform/db/client.js';

/** The two databases the benchmarks run on; both hold the same seeded data set. */
export const BENCH_TARGETS = ['pglite', 'postgres'] as const;
export type BenchTarget = (typeof BENCH_TARGETS)[number];

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Under .trellis/, which git ignores. */
export const PGLITE_DATA_DIR = resolve(REPO_ROOT, '.trellis/bench-pglite');
export const BENCH_STATE_DIR = resolve(REPO_ROOT, '.trellis/bench-state');
export const RESULTS_DIR = resolve(REPO_ROOT, 'bench/results');

/** Override with BENCH_DATABASE_URL; the database name must start with trellis_bench. */
export function postgresUrl(): string {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/trellis_bench';
  const name = new URL(url).pathname.slice(1);
  if (!/^trellis_bench\w*$/.test(name))
    throw new Error(`BENCH_DATABASE_URL must name a trellis_bench* database, not "${name}"`);
  return url;
}

export function parseTarget(value: string): BenchTarget {
  if ((BENCH_TARGETS as readonly string[]).includes(value)) return value as BenchTarget;
  throw new Error(`Unknown database "${value}"; use ${BENCH_TARGETS.join(' or ')}`);
}

/** Creates the PostgreSQL bench database when it does not exist yet. */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(target: BenchTarget, poolSize?: number): Promise<Database> {
  if (target === 'pglite') return openDatabase({ dataDir: PGLITE_DATA_DIR });
  const url = postgresUrl();
  await ensurePostgresDatabase(url);
  return openDatabase({ url, ...(poolSize ? { poolSize } : {}) });
}

/** Reads a `--name value` or `--name=value` flag. */
export function flag(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export function hasFlag(args: readonly string[], name: string): boolean {
  return args.includes(`--${name}`);
}
