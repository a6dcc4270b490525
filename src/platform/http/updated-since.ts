import { type AnyColumn, gte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { SortColumn } from './pagination.js';

/**
 * Incremental sync for integrators: `?updatedSince=<ISO 8601>&sort=updatedAt` returns the rows changed
 * at or after an instant, oldest change first, tie-broken by id so cursor pages never skip or repeat a
 * row. A client pages to the end, keeps the largest `updatedAt` it saw, and passes it next time (the
 * bound is inclusive, so the last row seen comes back once more; upsert by id).
 */
export const zUpdatedSince = () =>
  z
    .preprocess((value) => (value === '' ? undefined : value), z.iso.datetime({ offset: true }).optional())
    .describe(
      'Only rows changed at or after this instant (ISO 8601 date-time). For incremental sync, combine ' +
        'with sort=updatedAt and keep the largest updatedAt seen.',
    );

/** The `updated_at >= since` condition, or nothing when the parameter was not given. */
export function updatedSinceFilter(column: AnyColumn, since: string | undefined): SQL | undefined {
  return since === undefined ? undefined : gte(column, new Date(since));
}

/** The keyset sort entry for `updatedAt`, given how to read the timestamp back out of a result row. */
export function updatedAtSort(
  column: AnyColumn,
  read: (row: Record<string, unknown>) => unknown,
): SortColumn {
  return {
    column,
    read: (row) => {
      const value = read(row);
      return value instanceof Date ? value.toISOString() : (value as string);
    },
  };
}
