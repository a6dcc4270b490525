import type { SQL } from 'drizzle-orm';
import type { Executor } from './client.js';

/** Runs raw SQL on either driver and returns its rows (both drivers expose `rows`). */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
